import Claims
import Testing

/// Wordings found in the eighth round of held-out texts once they became tuning texts (the
/// fourteenth session), written as general rules.
@Suite struct FourteenthSessionWordingTests {
    let day = Day(iso: "2019-08-20")!

    /// "Haftar's forces had captured Murzuq on 22 February 2019, but had later withdrawn from
    /// the town": the clause "but" opens has no subject and shares the one before; "later"
    /// puts it after the date before, up to the text.
    @Test func aClauseAfterButSharesTheSubjectAndLaterFollowsTheDateBefore() {
        let found = claims("Haftar's forces had captured Murzuq earlier on 22 February 2019 as part of the Southern Libya offensive, but had later withdrawn from the town.",
                           published: day)
        #expect(found.contains("lna captured gn:2214603 2019-02-22..2019-02-22"), "\(found)")
        #expect(found.contains("lna lost gn:2214603 2019-02-23..2019-08-20"), "\(found)")
        // (A clause with a subject of its own keeps it: Tebu fighters, not the LNA, took the town.)
        let own = claims("The LNA captured Murzuq on 22 February 2019, but Tebu fighters later retook the town.", published: day)
        #expect(!own.contains { $0.hasPrefix("lna captured gn:2214603 2019-02-23") }, "\(own)")
        #expect(own.contains { $0.hasPrefix("tebu captured gn:2214603 2019-02-23") }, "\(own)")
        // (A clause with a date of its own keeps its date.)
        let dated = claims("The LNA captured Murzuq on 22 February 2019, but later withdrew from the town in June.", published: day)
        #expect(dated.contains("lna lost gn:2214603 2019-06-01..2019-06-30"), "\(dated)")
    }
}
