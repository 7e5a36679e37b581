import Claims
import Testing

/// Who loses what is taken back: a place "recaptured" was the other side's.
@Suite struct InferredLoserTests {
    let day = Day(iso: "2020-06-30")!

    /// The loser is the actor the text has named most other than the taker and its
    /// allies (Turkey sides with the GNA in 2020, so the LNA loses).
    @Test func aRecapturedPlaceIsLostByTheOtherSide() {
        let found = claims("""
            The LNA attacked Tripoli in April 2020. The GNA and Turkish forces defended Tripoli; Turkish drones struck LNA positions. \
            With the support of Turkish drones, GNA forces recaptured the coastal towns of Sorman and Sabratha on 13 April.
            """, published: day)
        #expect(found.contains("gna captured gn:2212771 2020-04-13..2020-04-13"), "\(found)")
        #expect(found.contains("lna lost gn:2212771 2020-04-13..2020-04-13") && found.contains("lna lost gn:2210560 2020-04-13..2020-04-13"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("turkey-af lost") }, "\(found)")
    }

    /// A loser the sentence names is the loser; a plain capture infers none; a text that
    /// named no other actor has no other side.
    @Test func aNamedLoserOrAPlainCaptureInfersNothing() {
        let named = claims("The LNA attacked Sirte. The GNA recaptured Sirte from ISIL on 13 April.", published: day)
        #expect(named.contains("isil lost gn:2210554 2020-04-13..2020-04-13") && !named.contains { $0.hasPrefix("lna lost") }, "\(named)")
        let plain = claims("The LNA attacked Tripoli. The GNA captured Sabratha on 13 April.", published: day)
        #expect(!plain.contains { $0.hasPrefix("lna lost") }, "\(plain)")
        let alone = claims("The GNA recaptured Sabratha on 13 April.", published: day)
        #expect(alone == ["gna captured gn:2212771 2020-04-13..2020-04-13"], "\(alone)")
    }

    /// A place the text spoke of before with another side at it is left to what the text
    /// said of it: the most-named side (here the GNA) is not made its loser.
    @Test func aPlaceWithAHistoryInTheTextIsLeftToIt() {
        let found = claims("""
            The GNA and its allies met in Tripoli; the GNA condemned the LNA. \
            On 3 March the BDB attacked Ras Lanuf. Ten days later, the LNA regained control of Ras Lanuf.
            """, published: Day(iso: "2017-06-25")!)
        #expect(found.contains("lna captured gn:2212984 2017-03-13..2017-03-13"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("gna lost") }, "\(found)")
    }

    /// A lede that takes "a major airbase" "from rival forces" before any name: the base is
    /// the one the next sentence names, and the rival is the other side the text names most.
    @Test func anUnnamedBaseTakenFromRivals() {
        let found = claims("""
            Forces loyal to Libya's internationally recognized government have seized a major airbase south of Tripoli from rival forces on Monday.

            The GNA has complete control of al-Watiya airbase. It is a setback for Khalifa Haftar and his Libyan National Army (LNA).
            """, published: Day(iso: "2020-05-19")!)
        #expect(found.contains("gna captured oa:HL77 2020-05-18..2020-05-18"), "\(found)")
        #expect(found.contains("lna lost oa:HL77 2020-05-18..2020-05-18"), "\(found)")
        // Without a facility named next, "a base" stays unnamed.
        let unnamed = claims("The GNA seized a major airbase from rival forces on Monday. The LNA said nothing.", published: Day(iso: "2020-05-19")!)
        #expect(unnamed.isEmpty, "\(unnamed)")
    }
}
