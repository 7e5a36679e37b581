import Claims
import Foundation
import Places
import Testing

/// Wordings met in the fifteenth session's tuning misses.
@Suite struct FifteenthSessionWordingTests {
    /// Strikes referred back ("the strikes") are those of the side that last attacked, wherever
    /// they fell: "Egyptian warplanes struck ISIL targets in Derna. The strikes also hit Sirte."
    @Test func strikesReferredBackAreTheLastAttackersWhereverTheyFell() {
        let found = claims("Egyptian warplanes struck ISIL targets in Derna on Monday. The strikes also hit Sirte.", published: Day(iso: "2015-02-17")!)
        #expect(found.contains("egypt-af attacked gn:87205 2015-02-16..2015-02-16"), "\(found)")
        #expect(found.contains { $0.hasPrefix("egypt-af attacked gn:2210554") }, "\(found)")
        // Three sentences on, the strikes are no longer that side's.
        let later = claims("Egyptian warplanes struck ISIL targets in Derna on Monday. Talks went on. Talks went on. Talks went on. The strikes also hit Sirte.",
                           published: Day(iso: "2015-02-17")!)
        #expect(!later.contains { $0.contains("gn:2210554") }, "\(later)")
    }
}

extension FifteenthSessionWordingTests {
    /// "armed groups from Misrata": groups, like militias, from a town are the force the actors
    /// file names after it.
    @Test func armedGroupsFromATown() {
        let found = claims("The GNC in Tripoli, which was controlled by armed groups from Misrata, met.", published: Day(iso: "2015-01-01")!)
        #expect(found.contains { $0.hasPrefix("misrata controls gn:2210247") }, "\(found)")
    }
}

extension FifteenthSessionWordingTests {
    /// A battle one side opens ("began the battle for Sirte", "announced the final battle for
    /// Tripoli") is its attack; with the other side named, both fight there.
    @Test func aBattleOneSideOpensIsItsAttack() {
        let day = Day(iso: "2019-12-20")!
        #expect(claims("Haftar announced the final battle for Tripoli on Monday.", published: day) == ["lna attacked gn:2210247 2019-12-16..2019-12-16"])
        #expect(claims("Fighters aligned with the GNA began the battle for Sirte in early May.", published: day).contains { $0.hasPrefix("gna attacked gn:2210554") })
        let both = claims("The LNA began the battle for Tripoli against the GNA in April.", published: day)
        #expect(both.contains { $0.hasPrefix("lna contested gn:2210247") } && both.contains { $0.hasPrefix("gna contested gn:2210247") }, "\(both)")
        #expect(claims("The battle for Sirte raged on Monday.", published: day).isEmpty)
    }
}
