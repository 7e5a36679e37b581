import Testing
@testable import Claims

/// Whole sentences: numbers and words that are not dates, several expressions in one
/// sentence, the anchor carried along a sentence, odd spacing and case.
@Suite struct SentenceDateTests {
    static let nonDates: [DateCase] = [
        when("18 soldiers were killed near the airport."),
        when("The 12 Brigade lost 150 military vehicles."),
        when("The LNA may attack Tripoli."),
        when("It may be that the talks fail."),
        when("may 18 soldiers return?"),
        when("Thousands march on Tripoli."),
        when("March on Tripoli, the commander urged."),
        when("Theresa May met Serraj in London."),
        when("In the May offensive the LNA lost ground."),
        when("The 2015 Skhirat agreement created the GNA."),
        when("Some 1,200 fighters and 2.5 tonnes of ammunition arrived on the 12th."),
        when("A 4x4 convoy crossed during the 1990s."),
        // "The militia has fought for two days" is now a span up to publication (`DurationParser`, ReportedYearTests).
        when("The militia fought for two days."),
    ]

    @Test(arguments: nonDates) func wordsThatAreNotDates(_ row: DateCase) throws { try row.check() }

    static let sentences: [DateCase] = [
        // Two days, two expressions (a range within one month is one).
        when("Fighting raged between May 18 and May 20 near Sirte.",
             date("May 18", "2017-05-18", .explicit), date("May 20", "2017-05-20", .explicit)),
        when("The LNA, which may attack soon, took Jufra on May 18 after it said in March of this year that it would.",
             date("on May 18", "2017-05-18", .explicit), date("in March of this year", "2017-03-01", "2017-03-31", .month, .explicit)),
        // Each expression anchors the ones after it.
        when("The LNA took Sirte on May 18 and Jufra the next day, and Hun two days later.",
             date("on May 18", "2017-05-18", .explicit), date("the next day", "2017-05-19", .relativeToEvent),
             date("two days later", "2017-05-21", .relativeToEvent)),
        when("Forces advanced on Thursday and withdrew the next day.", anchor: "2016-01-01",
             date("on Thursday", "2017-06-22", .relativeToPublication), date("the next day", "2017-06-23", .relativeToEvent)),
        // "since" does not become the anchor.
        when("Held since 2014, the town fell on May 18; a week later it was retaken.",
             date("since 2014", "2014-01-01", "2017-06-25", .year, .since), date("on May 18", "2017-05-18", .explicit),
             date("a week later", "2017-05-23", "2017-05-27", .week, .relativeToEvent)),
        // Longest wins: "the day before yesterday" over "the day before" and "yesterday".
        when("They left the day before yesterday.", anchor: "2017-05-10",
             date("the day before yesterday", "2017-06-23", .relativeToPublication)),
        when("In  May ,  the   LNA", date("In  May", "2017-05-01", "2017-05-31", .month, .explicit)),
        when("Le 18 mai — on 18 May — the LNA", date("on 18 May", "2017-05-18", .explicit)),
        when("« مايو » on May 18", date("on May 18", "2017-05-18", .explicit)),
    ]

    @Test(arguments: sentences) func severalExpressionsInASentence(_ row: DateCase) throws { try row.check() }

    @Test func utf8RangesCountBytes() throws {
        let sentence = "Ajdābiyā fell — on May 18."
        let expression = try #require(DateResolver.expressions(in: sentence, published: Day(iso: "2017-06-25")!, anchor: nil).first)
        let start = sentence.utf8.count - "on May 18.".utf8.count
        #expect(expression.utf8Range == start..<(start + "on May 18".utf8.count))
    }
}
