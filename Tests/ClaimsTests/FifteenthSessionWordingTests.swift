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
    /// A town's forces as the news names them after the noun ("armed groups from Misrata"):
    /// derived from the actors' names of the form "Misrata forces".
    @Test func aTownsForcesNamedAfterTheNoun() {
        let found = claims("The GNC in Tripoli, which was controlled by armed groups from Misrata, met.", published: Day(iso: "2015-01-01")!)
        #expect(found.contains { $0.hasPrefix("misrata controls gn:2210247") }, "\(found)")
        let names = ActorRegistry.townForceNames(extractor.actors.actors)
        #expect(names["misrata"]?.contains("militiamen from Misrata") == true && names["zintan"]?.contains("fighters from Zintan") == true)
    }
}
