import Testing
@testable import Claims

/// A yearly report's "the year": the year its title names, not the year it was published; a
/// duration in the perfect: a span up to publication.
@Suite struct ReportedYearAndDurationTests {
    func expressions(_ sentence: String, reportedYear: Int?) -> [(String, String, String, DatePrecision)] {
        DateResolver.expressions(in: sentence, published: Day(iso: "2017-07-19")!, anchor: nil, reportedYear: reportedYear)
            .map { ($0.text, $0.interval.from.iso, $0.interval.to.iso, $0.interval.precision) }
    }

    @Test func theYearOfAReportIsTheYearItCovers() {
        let during = expressions("ISIS lost Sirte during the year.", reportedYear: 2016)
        #expect(during.count == 1 && during[0] == ("during the year", "2016-01-01", "2016-12-31", .year))
        let end = expressions("Many fighters were driven out by year’s end.", reportedYear: 2016)
        #expect(end.count == 1 && end[0] == ("year’s end", "2016-12-01", "2016-12-31", .month))
        let dashed = expressions("It was retaken at year-end.", reportedYear: 2016)
        #expect(dashed.count == 1 && dashed[0].1 == "2016-12-01" && dashed[0].2 == "2016-12-31")
        let partOf = expressions("It fell at the end of the year.", reportedYear: 2016)
        #expect(partOf.count == 1 && partOf[0].1.hasPrefix("2016-") && partOf[0].2 == "2016-12-31", "\(partOf)")
        // A written year is that year; "the year before" is not the report's.
        #expect(expressions("in the year 2014", reportedYear: 2016).allSatisfy { $0.1.hasPrefix("2014") })
        #expect(expressions("the year before", reportedYear: 2016).allSatisfy { !$0.0.hasSuffix("the year") })
    }

    /// "In January, …" in the report on 2016 (published in 2017): January of the year reported,
    /// not the January before publication; a month after publication in that year stays the latest.
    @Test func aMonthAloneInAReportIsInTheYearReported() {
        let january = expressions("In January, the LNA launched an offensive in the south.", reportedYear: 2016)
        #expect(january.count == 1 && january[0].1 == "2016-01-01" && january[0].2 == "2016-01-31", "\(january)")
        let plain = expressions("In January, the LNA launched an offensive in the south.", reportedYear: nil)
        #expect(plain.count == 1 && plain[0].1 == "2017-01-01", "\(plain)")
    }

    /// Without a report's year, "during the year" is the year the text tells (here, with no
    /// anchor, the publication's); "the end of the year" is unchanged.
    @Test func withoutAReportedYearTheYearIsTheTexts() {
        let during = expressions("ISIS lost Sirte during the year.", reportedYear: nil)
        #expect(during.count == 1 && during[0].1 == "2017-01-01" && during[0].2 == "2017-12-31", "\(during)")
        let partOf = expressions("It fell at the end of the year.", reportedYear: nil)
        #expect(partOf.count == 1 && partOf[0].2 == "2017-12-31")
    }

    @Test func theReportedYearComesFromTheTitle() throws {
        func year(_ title: String) throws -> Int? {
            try Article.parse("---\ntitle: \(title)\npublished: 2017-07-19\n---\nText.", file: "t", id: "t", published: nil).reportedYear
        }
        #expect(try year("Country Report on Terrorism 2016 - Chapter 2 - Libya") == 2016)
        #expect(try year("2016 in Libya") == 2016)
        #expect(try year("Battle of Benghazi (2014–present)") == nil)
        #expect(try year("2016–19 West Libya clashes") == nil)
        #expect(try year("Libya: 2014 and 2016 compared") == nil)
        #expect(try year("The 2020 ceasefire talks") == nil)   // after publication
        #expect(try year("Libyan Forces Claim to Take Key Town") == nil)
    }

    /// A duration in a sentence in the perfect runs up to publication ("have been battling
    /// for more than a year"); in a past narrative it is no date ("fought for three days").
    @Test func durationsInThePerfectRunUpToPublication() {
        let published = Day(iso: "2020-05-18")!
        func spans(_ sentence: String) -> [(String, String)] {
            DateResolver.expressions(in: sentence, published: published, anchor: nil).map { ($0.interval.from.iso, $0.interval.to.iso) }
        }
        let year = spans("Both sides have been battling for Tripoli for more than a year.")
        #expect(year.count == 1 && year[0] == ("2019-05-18", "2020-05-18"), "\(year)")
        let months = spans("Fighting has been centered in the suburbs for several months.")
        #expect(months.count == 1 && months[0] == ("2020-01-18", "2020-05-18"), "\(months)")
        #expect(spans("They fought for three days.").isEmpty)
        let days = DateResolver.expressions(in: "The militia has fought for two days.", published: Day(iso: "2017-06-25")!, anchor: nil)
        #expect(days.map { "\($0.interval.from.iso)/\($0.interval.to.iso) \($0.kind)" } == ["2017-06-23/2017-06-25 since"])
    }

    /// A span of years written with a dash: "in 2014–2016", "in 2014-15".
    @Test func yearSpans() {
        func span(_ sentence: String) -> [String] {
            DateResolver.expressions(in: sentence, published: Day(iso: "2019-06-30")!, anchor: nil).map { "\($0.interval.from.iso)/\($0.interval.to.iso)" }
        }
        #expect(span("The LNA held Derna in 2014–2016.") == ["2014-01-01/2016-12-31"])
        #expect(span("The LNA held Derna in 2014-15.") == ["2014-01-01/2015-12-31"])
        #expect(span("The LNA held Derna in 2014.") == ["2014-01-01/2014-12-31"])
        // A date written with dashes stays a day.
        #expect(span("The council met on 2017-03-14.") == ["2017-03-14/2017-03-14"])
    }
}
