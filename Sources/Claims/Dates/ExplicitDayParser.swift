/// Days written out: "May 18", "18 May", "on 14 March 2017", "March 14, 2017",
/// "the 14th of March", "March 3 of this year", "3 March last year", "2017-03-14",
/// "the 18th of this month", a range within one month ("May 18-20", "18–20 May"), and
/// any of these after a weekday ("Thursday, May 18").
///
/// Without a year, the day is the most recent such day not after publication: "May 18"
/// published 2017-06-25 is 2017-05-18, "December 20" is 2016-12-20, "February 29" is the
/// last February 29 before. Precision day, kind explicit.
enum ExplicitDayParser {
    /// Whether a match can start at `word` (``DateParsers``): a weekday or a month; a
    /// number ("18 May", "2017-03-14") or a "the" before these starts one too.
    static func canStart(with word: DateWord) -> Bool {
        word.weekday != nil || word.month != nil
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        if let iso = isoDate(c, at: start) { return iso }
        var i = start
        if c.word(i)?.weekday != nil {
            i = c.skip(.comma, at: i + 1)
        }
        i = c.skip(.the, at: i)
        return monthFirst(c, at: i).longer(dayFirst(c, at: i))
    }

    /// "2017-03-14": four, two and two digits joined by hyphens with no spaces.
    static func isoDate(_ c: DateParseContext, at i: Int) -> DateMatch? {
        guard c.kind(i) == .number, c.tokens[i].digits == 4, !c.tokens[i].ordinal,
              c.kind(i + 1) == .dash, c.kind(i + 2) == .number, c.kind(i + 3) == .dash, c.kind(i + 4) == .number,
              (i + 1...i + 4).allSatisfy(c.touchesPrevious),
              c.tokens[i + 2].digits == 2, c.tokens[i + 4].digits == 2, !c.tokens[i + 4].ordinal,
              (1900...2100).contains(c.tokens[i].value),
              let day = Day(year: c.tokens[i].value, month: c.tokens[i + 2].value, day: c.tokens[i + 4].value)
        else { return nil }
        return DateMatch(end: i + 5, interval: .day(day), kind: .explicit)
    }

    /// "May 18", "March 14, 2017", "March 3rd of this year", "May 18-20".
    private static func monthFirst(_ c: DateParseContext, at i: Int) -> DateMatch? {
        guard let (month, afterMonth) = c.monthName(i), let first = c.dayNumber(afterMonth) else { return nil }
        var end = afterMonth + 1
        let last = rangeEnd(c, at: &end, after: first)
        return resolve(c, month: month, first: first, last: last, end: end)
    }

    /// "18 May", "14th of March", "14 March 2017", "3 March last year", "18–20 May",
    /// "the 18th of this month", "the 3rd of last month".
    private static func dayFirst(_ c: DateParseContext, at i: Int) -> DateMatch? {
        guard let first = c.dayNumber(i) else { return nil }
        var k = i + 1
        let last = rangeEnd(c, at: &k, after: first)
        k = c.skip(.of, at: k)
        if let (month, afterMonth) = c.monthName(k) {
            return resolve(c, month: month, first: first, last: last, end: afterMonth)
        }
        // "the 18th of this month", "the 3rd of last month"
        guard k > i + 1, c.word(k - 1) == .of, c.word(k + 1) == .month, let offset = c.yearOffset(c.word(k)),
              case let month = c.published.adding(months: offset),
              let firstDay = Day(year: month.year, month: month.month, day: first) else { return nil }
        let lastDay = last.flatMap { Day(year: month.year, month: month.month, day: $0) } ?? firstDay
        return DateMatch(end: k + 2, interval: DayInterval(from: firstDay, to: lastDay, precision: .day), kind: .explicit)
    }

    /// The second day of "18-20" at `k` (a dash, then a later day), moving `k` past it.
    private static func rangeEnd(_ c: DateParseContext, at k: inout Int, after first: Int) -> Int? {
        guard c.kind(k) == .dash, let last = c.dayNumber(k + 1), last > first else { return nil }
        k += 2
        return last
    }

    /// The days once the month is known: a year after `end` if written, else inferred.
    private static func resolve(_ c: DateParseContext, month: Int, first: Int, last: Int?, end: Int) -> DateMatch? {
        let qualifier = c.yearQualifier(end)
        let firstDay: Day?
        if let year = qualifier?.year {
            firstDay = Day(year: year, month: month, day: first)
        } else {
            firstDay = c.dayOf(month: month, day: first)
        }
        guard let firstDay else { return nil }
        let lastDay = last.flatMap { Day(year: firstDay.year, month: month, day: $0) } ?? firstDay
        return DateMatch(end: qualifier?.end ?? end,
                         interval: DayInterval(from: firstDay, to: lastDay, precision: .day),
                         kind: .explicit)
    }
}
