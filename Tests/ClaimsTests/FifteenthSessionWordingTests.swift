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
