import Testing
@testable import Claims

/// Days, months and years the text names, parts of them, and the year inferred when
/// the text leaves it out. Published 2017-06-25 unless a case says otherwise.
@Suite struct ExplicitDateTests {
    static let days: [DateCase] = [
        when("The LNA entered the town on May 18.", date("on May 18", "2017-05-18", .explicit)),
        when("May 18 saw the heaviest fighting.", date("May 18", "2017-05-18", .explicit)),
        when("Clashes broke out on 18 May near the airport.", date("on 18 May", "2017-05-18", .explicit)),
        when("The deal was signed on 14 March 2017 in Cairo.", date("on 14 March 2017", "2017-03-14", .explicit)),
        when("The deal was signed March 14, 2017, in Cairo.", date("March 14, 2017", "2017-03-14", .explicit)),
        when("Forces withdrew on the 14th of March.", date("on the 14th of March", "2017-03-14", .explicit)),
        when("Forces withdrew 14th of March.", date("14th of March", "2017-03-14", .explicit)),
        when("The airport was shelled on March 3 of this year.", date("on March 3 of this year", "2017-03-03", .explicit)),
        when("The airport was shelled 3 March last year.", date("3 March last year", "2016-03-03", .explicit)),
        when("The airport was shelled on March 3 of last year.", date("on March 3 of last year", "2016-03-03", .explicit)),
        when("The council met on 2017-03-14 in Tobruk.", date("on 2017-03-14", "2017-03-14", .explicit)),
        when("Logged 2017-03-14T10:00Z by the monitor.", date("2017-03-14", "2017-03-14", .explicit)),
        when("The town fell on March 3rd.", date("on March 3rd", "2017-03-03", .explicit)),
        when("Dec. 5, 2016 was calm.", date("Dec. 5, 2016", "2016-12-05", .explicit)),
        when("Fighting erupted on Thursday, May 18, in Benghazi.", date("on Thursday, May 18", "2017-05-18", .explicit)),
        when("It was published the same day, June 25.", date("June 25", "2017-06-25", .explicit)),
        when("ON MAY 18 , THE LNA ADVANCED.", date("ON MAY 18", "2017-05-18", .explicit)),
        when("on  the   14th  of  March", date("on  the   14th  of  March", "2017-03-14", .explicit)),
        when("Fighting raged May 18-20 around the port.", date("May 18-20", "2017-05-18", "2017-05-20", .day, .explicit)),
        when("Fighting raged 18–20 May around the port.", date("18–20 May", "2017-05-18", "2017-05-20", .day, .explicit)),
        when("on the 18th of this month", date("on the 18th of this month", "2017-06-18", .explicit)),
        when("the 3rd of last month", date("the 3rd of last month", "2017-05-03", .explicit)),
        // A day the month lacks is no day; the month alone remains.
        when("No such day as April 31 or 2017-02-30 or February 29, 2017.",
             date("April", "2017-04-01", "2017-04-30", .month, .explicit),
             date("February", "2017-02-01", "2017-02-28", .month, .explicit)),
    ]

    @Test(arguments: days) func explicitDays(_ row: DateCase) throws { try row.check() }

    static let yearInference: [DateCase] = [
        // The most recent such day not after publication.
        when("December 20", date("December 20", "2016-12-20", .explicit)),
        when("on June 26", date("on June 26", "2016-06-26", .explicit)),
        when("on June 25", date("on June 25", "2017-06-25", .explicit)),
        when("on December 30", published: "2017-01-03", date("on December 30", "2016-12-30", .explicit)),
        when("on January 2", published: "2017-01-03", date("on January 2", "2017-01-02", .explicit)),
        when("on January 5", published: "2017-01-03", date("on January 5", "2016-01-05", .explicit)),
        when("in December", published: "2017-01-03", date("in December", "2016-12-01", "2016-12-31", .month, .explicit)),
        when("in January", published: "2017-01-03", date("in January", "2017-01-01", "2017-01-31", .month, .explicit)),
        when("last December", published: "2017-01-03", date("last December", "2016-12-01", "2016-12-31", .month, .explicit)),
        when("in late December", published: "2017-01-03", date("in late December", "2016-12-21", "2016-12-31", .month, .explicit)),
        when("yesterday", published: "2017-01-01", date("yesterday", "2016-12-31", .relativeToPublication)),
        when("on Friday", published: "2017-01-01", date("on Friday", "2016-12-30", .relativeToPublication)),
        when("this week", published: "2017-01-03", date("this week", "2016-12-28", "2017-01-03", .week, .relativeToPublication)),
        when("last week", published: "2017-01-03", date("last week", "2016-12-21", "2016-12-27", .week, .relativeToPublication)),
        when("earlier this month", published: "2017-01-03", date("earlier this month", "2017-01-01", "2017-01-03", .month, .relativeToPublication)),
        when("last month", published: "2017-01-03", date("last month", "2016-12-01", "2016-12-31", .month, .relativeToPublication)),
        when("a month ago", published: "2017-01-03", date("a month ago", "2016-11-26", "2016-12-10", .month, .relativeToPublication)),
        when("two weeks ago", published: "2017-01-03", date("two weeks ago", "2016-12-17", "2016-12-23", .week, .relativeToPublication)),
        when("at the end of last year", published: "2017-01-03",
             date("at the end of last year", "2016-12-01", "2016-12-31", .month, .relativeToPublication)),
    ]

    @Test(arguments: yearInference) func yearsAreInferredAcrossYearBoundaries(_ row: DateCase) throws { try row.check() }

    static let leapYears: [DateCase] = [
        when("on February 29", published: "2016-03-05", date("on February 29", "2016-02-29", .explicit)),
        when("on February 29", published: "2019-01-10", date("on February 29", "2016-02-29", .explicit)),
        when("February 29", date("February 29", "2016-02-29", .explicit)),
        when("on 29 February 2016", date("on 29 February 2016", "2016-02-29", .explicit)),
        when("in late February 2016", date("in late February 2016", "2016-02-21", "2016-02-29", .month, .explicit)),
        when("at the end of February", date("at the end of February", "2017-02-21", "2017-02-28", .month, .explicit)),
        when("last month", published: "2016-03-05", date("last month", "2016-02-01", "2016-02-29", .month, .relativeToPublication)),
        when("a week ago", published: "2016-03-05", date("a week ago", "2016-02-25", "2016-02-29", .week, .relativeToPublication)),
        when("on Friday", published: "2016-03-05", date("on Friday", "2016-03-04", .relativeToPublication)),
        when("a month later", anchor: "2016-01-31", date("a month later", "2016-02-22", "2016-03-07", .month, .relativeToEvent)),
    ]

    @Test(arguments: leapYears) func leapDays(_ row: DateCase) throws { try row.check() }

    static let monthAndYearCases: [DateCase] = [
        when("In May, the LNA advanced.", date("In May", "2017-05-01", "2017-05-31", .month, .explicit)),
        when("in June", date("in June", "2017-06-01", "2017-06-30", .month, .explicit)),
        when("The truce of May 2017 held.", date("May 2017", "2017-05-01", "2017-05-31", .month, .explicit)),
        when("in March of this year", date("in March of this year", "2017-03-01", "2017-03-31", .month, .explicit)),
        when("in May last year", date("in May last year", "2016-05-01", "2016-05-31", .month, .explicit)),
        when("last March", date("last March", "2017-03-01", "2017-03-31", .month, .explicit)),
        when("last March", published: "2017-03-15", date("last March", "2016-03-01", "2016-03-31", .month, .explicit)),
        when("last March", published: "2017-02-10", date("last March", "2016-03-01", "2016-03-31", .month, .explicit)),
        when("next May", date("next May", "2018-05-01", "2018-05-31", .month, .explicit)),
        when("in September 2016", date("in September 2016", "2016-09-01", "2016-09-30", .month, .explicit)),
        when("in Sept. 2016", date("in Sept. 2016", "2016-09-01", "2016-09-30", .month, .explicit)),
        when("in 2016", date("in 2016", "2016-01-01", "2016-12-31", .year, .explicit)),
        when("this year", date("this year", "2017-01-01", "2017-06-25", .year, .relativeToPublication)),
        when("last year", date("last year", "2016-01-01", "2016-12-31", .year, .relativeToPublication)),
        when("the last year's offensive", date("the last year", "2016-01-01", "2016-12-31", .year, .relativeToPublication)),
        when("earlier this year", date("earlier this year", "2017-01-01", "2017-06-25", .year, .relativeToPublication)),
        when("between April and May", date("April", "2017-04-01", "2017-04-30", .month, .explicit),
             date("May", "2017-05-01", "2017-05-31", .month, .explicit)),
        when("from 2014 to 2016", date("2014", "2014-01-01", "2014-12-31", .year, .explicit),
             date("2016", "2016-01-01", "2016-12-31", .year, .explicit)),
        when("until May", date("May", "2017-05-01", "2017-05-31", .month, .explicit)),
        // A month before another of a named year is of that year, or of the year before when later in the calendar.
        when("between March and June 2016", date("March", "2016-03-01", "2016-03-31", .month, .explicit),
             date("June 2016", "2016-06-01", "2016-06-30", .month, .explicit)),
        when("from November to February 2016", date("November", "2015-11-01", "2015-11-30", .month, .explicit),
             date("February 2016", "2016-02-01", "2016-02-29", .month, .explicit)),
    ]

    @Test(arguments: monthAndYearCases) func monthsAndYears(_ row: DateCase) throws { try row.check() }

    static let parts: [DateCase] = [
        when("at the end of May", date("at the end of May", "2017-05-21", "2017-05-31", .month, .explicit)),
        when("at the beginning of June", date("at the beginning of June", "2017-06-01", "2017-06-10", .month, .explicit)),
        when("at the start of June", date("at the start of June", "2017-06-01", "2017-06-10", .month, .explicit)),
        when("in early June", date("in early June", "2017-06-01", "2017-06-10", .month, .explicit)),
        when("in the early June", date("in the early June", "2017-06-01", "2017-06-10", .month, .explicit)),
        when("mid-June", date("mid-June", "2017-06-11", "2017-06-20", .month, .explicit)),
        when("in mid June", date("in mid June", "2017-06-11", "2017-06-20", .month, .explicit)),
        when("in the middle of June", date("in the middle of June", "2017-06-11", "2017-06-20", .month, .explicit)),
        when("in late June", date("in late June", "2017-06-21", "2017-06-30", .month, .explicit)),
        when("in late May", date("in late May", "2017-05-21", "2017-05-31", .month, .explicit)),
        when("the second half of May", date("the second half of May", "2017-05-16", "2017-05-31", .month, .explicit)),
        when("at the end of May of last year", date("at the end of May of last year", "2016-05-21", "2016-05-31", .month, .explicit)),
        when("at the end of last year", date("at the end of last year", "2016-12-01", "2016-12-31", .month, .relativeToPublication)),
        when("late last year", date("late last year", "2016-10-01", "2016-12-31", .month, .relativeToPublication)),
        when("early this year", date("early this year", "2017-01-01", "2017-03-31", .month, .relativeToPublication)),
        when("late last month", date("late last month", "2017-05-21", "2017-05-31", .month, .relativeToPublication)),
        when("in early 2015", date("in early 2015", "2015-01-01", "2015-03-31", .month, .explicit)),
        when("mid-2016", date("mid-2016", "2016-05-01", "2016-08-31", .month, .explicit)),
        when("in the first half of 2016", date("in the first half of 2016", "2016-01-01", "2016-06-30", .month, .explicit)),
        when("in the first week of March 2016", date("in the first week of March 2016", "2016-03-01", "2016-03-07", .week, .explicit)),
        when("during the second week of May", date("during the second week of May", "2017-05-08", "2017-05-14", .week, .explicit)),
        when("in the last week of February 2016", date("in the last week of February 2016", "2016-02-23", "2016-02-29", .week, .explicit)),
        when("at the end of 2016", date("at the end of 2016", "2016-12-01", "2016-12-31", .month, .explicit)),
        when("at the end of the month", date("at the end of the month", "2017-06-21", "2017-06-30", .month, .relativeToPublication)),
        when("at the end of the month", anchor: "2016-05-10",
             date("at the end of the month", "2016-05-21", "2016-05-31", .month, .relativeToEvent)),
        when("later this month", date("later this month", "2017-06-25", "2017-06-30", .month, .relativeToPublication)),
        when("earlier today", date("earlier today", "2017-06-25", .relativeToPublication)),
    ]

    @Test(arguments: parts) func partsOfMonthsAndYears(_ row: DateCase) throws { try row.check() }
}
