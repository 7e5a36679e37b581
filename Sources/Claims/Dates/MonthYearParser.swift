/// Whole named months, seasons and years: "in May", "May 2017", "in March of this year", "the summer of 2016",
/// "May last year", "last March", "next May", "this March", "in September 2016",
/// "in 2016", "since 2014" (the "since" itself is `SinceParser`'s).
///
/// A month without a year is the most recent such month not after the publication
/// month; "last March" is the most recent March strictly before it, "next May" the
/// first May after it. Months have precision month, years precision year; kind explicit.
/// A bare four-digit number is a year only after a word such as in, since, of, until,
/// by, from, early, late or mid, or after another year and "and", "or", "to" ("from 2014
/// to 2016"); "the 2016 agreement" is not dated by it.
enum MonthYearParser {
    /// Whether a match can start at `word` (``DateParsers``): "last", "next" or "this"
    /// before a month, a season or a month; a number (a year) or a "the" before these starts one too.
    static func canStart(with word: DateWord) -> Bool {
        word == .last || word == .next || word == .this || word.season != nil || word.month != nil
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        let i = c.skip(.the, at: start)
        if let relative = relativeMonth(c, at: i) { return relative }
        // "in the summer of 2016", "in spring 2017": the season's months, only with its year ("the fall of Sirte" is none).
        if let season = c.word(i)?.season {
            let yearAt = c.word(i + 1) == .of ? i + 2 : i + 1
            guard let year = c.yearNumber(yearAt) else { return nil }
            let interval = DayInterval(from: DayInterval.month(season.first, year: year).from, to: DayInterval.month(season.last, year: year).to,
                                       precision: .month)
            return DateMatch(end: yearAt + 1, interval: interval, kind: .season)
        }
        if let (month, afterMonth) = c.monthName(i) {
            if let qualifier = c.yearQualifier(afterMonth) {
                return DateMatch(end: qualifier.end, interval: .month(month, year: qualifier.year), kind: .explicit)
            }
            guard c.monthNameStandsAlone(i) else { return nil }
            // "between March and June 2016", "from March to June 2016": a month before another of a named year
            // is of that year (of the year before when it comes later in the calendar: "from November to February 2016").
            if let link = c.word(afterMonth), link == .and || link == .to, let (endMonth, afterEnd) = c.monthName(afterMonth + 1),
               let qualifier = c.yearQualifier(afterEnd) {
                return DateMatch(end: afterMonth, interval: .month(month, year: month <= endMonth ? qualifier.year : qualifier.year - 1), kind: .explicit)
            }
            let year = c.yearOf(month: month)
            return DateMatch(end: afterMonth, interval: .month(month, year: year), kind: .explicit)
        }
        if let year = c.yearNumber(i), c.wordBefore(i)?.licensesYear == true || c.continuesList(i, { c.yearNumber($0) != nil }) {
            // "in 2014–2016", "in 2014-15": a span of years written with a dash.
            if c.kind(i + 1) == .dash, c.kind(i + 2) == .number, c.touchesPrevious(i + 1), c.touchesPrevious(i + 2), !c.tokens[i + 2].ordinal,
               c.kind(i + 3) != .dash {
                let written = c.tokens[i + 2]
                let last = written.digits == 4 ? written.value : written.digits == 2 ? year / 100 * 100 + written.value : 0
                if last > year, last <= year + 20, let to = Day(year: last, month: 12, day: 31), let from = Day(year: year, month: 1, day: 1) {
                    return DateMatch(end: i + 3, interval: DayInterval(from: from, to: to, precision: .year), kind: .explicit)
                }
            }
            return DateMatch(end: i + 1, interval: .year(year), kind: .explicit)
        }
        return nil
    }

    /// "last March", "next May", "this March".
    private static func relativeMonth(_ c: DateParseContext, at i: Int) -> DateMatch? {
        guard let relation = c.word(i), relation == .last || relation == .next || relation == .this,
              let (month, end) = c.monthName(i + 1) else { return nil }
        let published = c.published
        let year: Int
        switch relation {
        case .last: year = month < published.month ? published.year : published.year - 1
        case .next: year = month > published.month ? published.year : published.year + 1
        default: year = published.year
        }
        return DateMatch(end: end, interval: .month(month, year: year), kind: .explicit)
    }
}
