@testable import Claims
import Places
import Testing

/// Wordings of yearly reports: a government named by description, a date inside a
/// relative clause, a holder and its taker in one sentence.
@Suite struct ReportWordingTests {
    /// "Sirte was Da'esh's stronghold for most of the year, but a government-aligned
    /// operation that started in May regained the city in December": in 2016 the government
    /// is the GNA; "started in May" dates the operation, not the taking; December follows
    /// May; and the holder the sentence names loses the city.
    /// A nationality adjective describes the place noun after it whatever the country
    /// ("the eastern Libyan coastal city", "the Syrian border town", "an Iraqi city"); a
    /// name in capitals or a short word does not.
    @Test func nationalityAdjectivesDescribePlaces() {
        let words = NameFolding.textWords("Libyan Syrian Sudanese Iraqi Ukrainian LNA Haftar town")
        #expect(words.map(Triggers.describesPlace) == [true, true, true, true, true, false, false, false])
        let found = claims("The LNA captured the eastern Libyan coastal city of Derna on Monday.", published: Day(iso: "2019-06-20")!)
        #expect(found == ["lna captured gn:87205 2019-06-17..2019-06-17"], "\(found)")
    }

    @Test func aStrongholdRegainedLaterThatYear() throws {
        let text = """
            ---
            title: Libya 2016 Human Rights Report
            published: 2017-03-03
            ---
            Sirte was Da'esh's stronghold for most of the year, but a government-aligned Libyan military operation that started in May regained the city in December.
            """
        let article = try Article.parse(text, file: "t.txt", id: "t", published: nil)
        let found = extractor.extract(article).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id) \($0.interval.from.iso)..\($0.interval.to.iso)" }
        #expect(found.contains("gna captured gn:2210554 2016-12-01..2016-12-31"), "\(found)")
        #expect(found.contains("isil lost gn:2210554 2016-12-01..2016-12-31"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("lna") }, "\(found)")
    }

    /// A month back from the last dated event counts double: after May, "December" is the
    /// December after, unless that is after publication.
    @Test func narrativesRunForward() {
        let after = DateResolver.expressions(in: "It started in May and ended in December.", published: Day(iso: "2017-03-03")!,
                                             anchor: .month(5, year: 2016))
        #expect(after.map { $0.interval.from.iso } == ["2016-05-01", "2016-12-01"], "\(after.map { $0.interval.from.iso })")
        let before = DateResolver.expressions(in: "It had started in January.", published: Day(iso: "2017-03-03")!, anchor: .month(2, year: 2016))
        #expect(before.map { $0.interval.from.iso } == ["2016-01-01"])
        let published = DateResolver.expressions(in: "It ended in December.", published: Day(iso: "2016-06-30")!, anchor: .month(5, year: 2016))
        #expect(published.map { $0.interval.from.iso } == ["2015-12-01"])
    }

    /// In the report on a year, a seat described ("the Tobruk-based House of
    /// Representatives", "the Tripoli-based faction") holds in that year, even in a
    /// sentence dated earlier.
    @Test func seatsDescribedHoldInTheYearReported() throws {
        func found(_ body: String, year: Int = 2016) throws -> [String] {
            let article = try Article.parse("---\ntitle: Libya \(year) Human Rights Report\npublished: \(year + 1)-03-03\n---\n" + body, file: "t.txt", id: "t", published: nil)
            return extractor.extract(article).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id) \($0.interval.from.iso)..\($0.interval.to.iso)" }
        }
        let elected = try found("Citizens elected the Tobruk-based House of Representatives (HoR) in free and fair elections in June 2014.")
        #expect(elected == ["hor controls gn:81302 2016-01-01..2016-12-31"], "\(elected)")
        let faction = try found("In 2015, the conflict between the internationally recognized government in Tobruk and the Tripoli-based faction went on.", year: 2015)
        #expect(faction.contains("gns controls gn:2210247 2015-01-01..2015-12-31") && faction.contains("hor controls gn:81302 2015-01-01..2015-12-31"), "\(faction)")
    }

    /// In a report on a year, an undated state holds over the year; in a narrative titled by
    /// a year ("Battle of Sirte (2016)"), it takes the last event's date as before.
    @Test func undatedStatesOfAReportHoldOverItsYear() throws {
        func found(_ title: String) throws -> [String] {
            let text = "---\ntitle: \(title)\npublished: 2020-03-11\n---\nOn April 4, the LNA attacked Tripoli. LNA-aligned forces controlled most of eastern Libya, while the GNA controlled Tripoli."
            let article = try Article.parse(text, file: "t.txt", id: "t", published: nil)
            return extractor.extract(article).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id) \($0.interval.from.iso)..\($0.interval.to.iso)" }
        }
        #expect(try found("Country Reports on Human Rights Practices for 2019 - Libya").contains("gna controls gn:2210247 2019-01-01..2019-12-31"))
        #expect(try found("Battle of Tripoli (2019)").contains("gna controls gn:2210247 2019-04-04..2019-04-04"))
        // "Gharyan, which had served as the LNA's forward operating base".
        let served = claims("In June GNA-aligned forces recaptured Gharyan, which had served as the LNA's forward operating base.", published: Day(iso: "2020-03-11")!)
        #expect(served.contains { $0.hasPrefix("lna controls gn:2217362") }, "\(served)")
    }
}
