import Claims
import Testing

/// Wordings found in the tuning texts' misses and by probing common phrasings, in the
/// session that added the eighth round of held-out texts, written as general rules.
@Suite struct EighthRoundWordingTests {
    let day = Day(iso: "2016-08-03")!

    /// "…, and Haftar's forces withdrew from Tarhuna": a comma, "and" and a named side open a
    /// clause of their own; the side named earlier in the sentence is not the one that withdrew.
    @Test func aCommaAndASideOpenAClause() {
        let found = claims("GNA fighters rallied with Turkish support in Misrata, and Haftar's forces withdrew from Tarhuna on Monday.", published: day)
        #expect(found.contains("lna lost gn:2210221 2016-08-01..2016-08-01"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("gna lost") || $0.hasPrefix("turkey-af lost") }, "\(found)")
        // A list of places after ", and" is no new clause: the LNA took all three.
        let list = claims("The LNA captured Hun, Sokna, and Waddan on Monday.", published: day)
        #expect(list.filter { $0.hasPrefix("lna captured") }.count == 3, "\(list)")
    }

    /// "U.S. airstrikes in Sirte": a side whose name ends in a noun of striking attacks the
    /// place after it; a side's strikes named by a bare acronym did already.
    @Test func aSideWhoseNameEndsInStrikes() {
        for sentence in ["The U.S. airstrikes in Sirte killed dozens of militants on Monday.",
                         "American airstrikes against ISIL in Sirte went on on Monday."] {
            let found = claims(sentence, published: day)
            #expect(found.contains("usa-af attacked gn:2210554 2016-08-01..2016-08-01"), "\(sentence): \(found)")
        }
        // "Backed by U.S. airstrikes, GNA forces advanced in Sirte": a backer strikes nothing named here.
        let backed = claims("Backed by U.S. airstrikes, GNA forces advanced in Sirte on Monday.", published: day)
        #expect(!backed.contains { $0.hasPrefix("usa-af") }, "\(backed)")
    }
}
