import Testing
@testable import Claims

/// Dates counted from the publication day, "since" dates, and dates counted from the
/// anchor. Published 2017-06-25, a Sunday, unless a case says otherwise.
@Suite struct RelativeDateTests {
    static let publication: [DateCase] = [
        when("today", date("today", "2017-06-25", .relativeToPublication)),
        when("The LNA said tonight", date("tonight", "2017-06-25", .relativeToPublication)),
        when("yesterday", date("yesterday", "2017-06-24", .relativeToPublication)),
        when("last night", date("last night", "2017-06-24", .relativeToPublication)),
        when("the day before yesterday", date("the day before yesterday", "2017-06-23", .relativeToPublication)),
        when("on Thursday", date("on Thursday", "2017-06-22", .relativeToPublication)),
        when("last Thursday", date("last Thursday", "2017-06-22", .relativeToPublication)),
        // Published on a Sunday: "on Sunday" is that day, "last Sunday" the week before.
        when("on Sunday", date("on Sunday", "2017-06-25", .relativeToPublication)),
        when("last Sunday", date("last Sunday", "2017-06-18", .relativeToPublication)),
        when("Thursday's strikes", date("Thursday", "2017-06-22", .relativeToPublication)),
        when("on Saturday", date("on Saturday", "2017-06-24", .relativeToPublication)),
        // Published on a Sunday: "over the weekend" is that weekend up to the day; "overnight" the night before.
        when("over the weekend", date("over the weekend", "2017-06-24", "2017-06-25", .week, .relativeToPublication)),
        when("last weekend", date("last weekend", "2017-06-24", "2017-06-25", .week, .relativeToPublication)),
        when("fighting overnight", date("overnight", "2017-06-24", "2017-06-25", .day, .relativeToPublication)),
        when("next Thursday", date("next Thursday", "2017-06-29", .relativeToPublication)),
        when("this week", date("this week", "2017-06-19", "2017-06-25", .week, .relativeToPublication)),
        when("earlier this week", date("earlier this week", "2017-06-19", "2017-06-25", .week, .relativeToPublication)),
        when("last week", date("last week", "2017-06-12", "2017-06-18", .week, .relativeToPublication)),
        when("next week", date("next week", "2017-06-26", "2017-07-02", .week, .relativeToPublication)),
        when("over the past week", date("over the past week", "2017-06-19", "2017-06-25", .week, .relativeToPublication)),
        when("in the past two weeks", date("in the past two weeks", "2017-06-11", "2017-06-25", .week, .relativeToPublication)),
        when("this month", date("this month", "2017-06-01", "2017-06-25", .month, .relativeToPublication)),
        when("earlier this month", date("earlier this month", "2017-06-01", "2017-06-25", .month, .relativeToPublication)),
        when("last month", date("last month", "2017-05-01", "2017-05-31", .month, .relativeToPublication)),
        when("three weeks ago", date("three weeks ago", "2017-06-01", "2017-06-07", .week, .relativeToPublication)),
        when("a week ago", date("a week ago", "2017-06-16", "2017-06-20", .week, .relativeToPublication)),
        when("two days ago", date("two days ago", "2017-06-23", .relativeToPublication)),
        when("10 days ago", date("10 days ago", "2017-06-15", .relativeToPublication)),
        when("twelve days ago", date("twelve days ago", "2017-06-13", .relativeToPublication)),
        when("a month ago", date("a month ago", "2017-05-18", "2017-06-01", .month, .relativeToPublication)),
        when("about a year ago", date("about a year ago", "2016-04-26", "2016-08-24", .year, .relativeToPublication)),
        when("recently", date("recently", "2017-06-11", "2017-06-25", .week, .relativeToPublication)),
        when("the other day", date("the other day", "2017-06-11", "2017-06-25", .week, .relativeToPublication)),
        when("a few days ago", date("a few days ago", "2017-06-18", "2017-06-23", .week, .relativeToPublication)),
        when("a couple of days ago", date("a couple of days ago", "2017-06-21", "2017-06-25", .week, .relativeToPublication)),
        when("in recent days", date("in recent days", "2017-06-11", "2017-06-25", .week, .relativeToPublication)),
    ]

    @Test(arguments: publication) func relativeToPublication(_ row: DateCase) throws { try row.check() }

    static let since: [DateCase] = [
        when("The LNA has held it since the end of last year.",
             date("since the end of last year", "2016-12-01", "2017-06-25", .month, .since)),
        when("since September 2016", date("since September 2016", "2016-09-01", "2017-06-25", .month, .since)),
        when("since May 18", date("since May 18", "2017-05-18", "2017-06-25", .day, .since)),
        when("since 2014", date("since 2014", "2014-01-01", "2017-06-25", .year, .since)),
        when("since March", date("since March", "2017-03-01", "2017-06-25", .month, .since)),
        when("since last week", date("since last week", "2017-06-12", "2017-06-25", .week, .since)),
        when("since yesterday", date("since yesterday", "2017-06-24", "2017-06-25", .day, .since)),
        when("ever since early June", date("ever since early June", "2017-06-01", "2017-06-25", .month, .since)),
        // What follows "since" ignores the anchor: "the year" is the publication year.
        when("since the beginning of the year", anchor: "2016-05-10",
             date("since the beginning of the year", "2017-01-01", "2017-06-25", .month, .since)),
        when("since then", anchor: "2017-05-10", date("since then", "2017-05-10", "2017-06-25", .day, .since)),
        when("since then"),
    ]

    @Test(arguments: since) func sinceRunsToPublication(_ row: DateCase) throws { try row.check() }

    static let event: [DateCase] = [
        when("the next day", anchor: "2017-05-10", date("the next day", "2017-05-11", .relativeToEvent)),
        when("the following day", anchor: "2017-05-10", date("the following day", "2017-05-11", .relativeToEvent)),
        when("the day before", anchor: "2017-05-10", date("the day before", "2017-05-09", .relativeToEvent)),
        when("the previous day", anchor: "2017-05-10", date("the previous day", "2017-05-09", .relativeToEvent)),
        when("two days later", anchor: "2017-05-10", date("two days later", "2017-05-12", .relativeToEvent)),
        when("10 days later", anchor: "2017-05-10", date("10 days later", "2017-05-20", .relativeToEvent)),
        when("a week later", anchor: "2017-05-10", date("a week later", "2017-05-15", "2017-05-19", .week, .relativeToEvent)),
        when("in a week", anchor: "2017-05-10", date("in a week", "2017-05-17", "2017-05-24", .week, .relativeToEvent)),
        when("within a week", anchor: "2017-05-10", date("within a week", "2017-05-17", "2017-05-24", .week, .relativeToEvent)),
        when("The town fell in a week and a little.", anchor: "2017-05-10",
             date("in a week and a little", "2017-05-17", "2017-05-24", .week, .relativeToEvent)),
        when("a week and a half later", anchor: "2017-05-10",
             date("a week and a half later", "2017-05-17", "2017-05-24", .week, .relativeToEvent)),
        when("about ten days later", anchor: "2017-05-10",
             date("about ten days later", "2017-05-18", "2017-05-22", .week, .relativeToEvent)),
        when("a month later", anchor: "2017-05-10", date("a month later", "2017-06-03", "2017-06-17", .month, .relativeToEvent)),
        when("on the eve of the offensive", anchor: "2017-05-10", date("on the eve of", "2017-05-09", .relativeToEvent)),
        when("on the eve of May 18", date("on the eve of May 18", "2017-05-17", .explicit)),
        when("the same day", anchor: "2017-05-10", date("the same day", "2017-05-10", .relativeToEvent)),
        when("the following week", anchor: "2017-05-10",
             date("the following week", "2017-05-11", "2017-05-17", .week, .relativeToEvent)),
        when("two days before the attack", anchor: "2017-05-10", date("two days before", "2017-05-08", .relativeToEvent)),
        when("after two days of fighting", anchor: "2017-05-10"),
        // A multi-day anchor: "next" counts from its last day, counts from its first.
        when("the next day", anchor: "2017-05-10/2017-05-12", date("the next day", "2017-05-13", .relativeToEvent)),
        when("two days later", anchor: "2017-05-10/2017-05-12", date("two days later", "2017-05-12", .relativeToEvent)),
        when("the day before", anchor: "2017-05-10/2017-05-12", date("the day before", "2017-05-09", .relativeToEvent)),
        // No anchor: skipped.
        when("the next day"),
        when("10 days later"),
        when("in a week and a little"),
        when("on the eve of the offensive"),
    ]

    @Test(arguments: event) func relativeToEvent(_ row: DateCase) throws { try row.check() }
}
