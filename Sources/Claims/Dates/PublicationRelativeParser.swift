/// Dates counted from the publication day P (kind relativeToPublication):
///
/// - "today", "tonight", "this morning/afternoon/evening": P (day); "overnight": P−1…P (day).
/// - "over the weekend", "last weekend", "this weekend": the last Saturday and Sunday before P (week).
/// - "yesterday", "last night": P−1; "the day before yesterday": P−2; "tomorrow": P+1;
///   "the day after tomorrow": P+2 (day).
/// - "Thursday", "on Thursday", "last Thursday", "this Thursday": the most recent
///   Thursday strictly before P; "next Thursday": the first one strictly after (day).
/// - "this week" and "the past week" P−6…P, "last week" P−13…P−7, "next week"
///   P+1…P+7 (week).
/// - "this month" the 1st…P, "the past month" one month back…P, "last month" and
///   "next month" the whole month (month).
/// - "this year" January 1…P, "the past year" one year back…P, "last year" and
///   "next year" the whole year (year).
/// - "the past/last two weeks", "the past few days": from that far back to P ("few" is
///   seven days or four weeks, months, years); days and weeks have precision week,
///   months month, years year.
/// - "next" and "previous" after "the" ("the next week", "the previous year") count
///   from the anchor instead (`EventRelativeParser`).
/// - "recently", "lately", "the other day", "in recent days": P−14…P (week);
///   "recent weeks" P−42…P (month), "recent months" P−180…P (year).
/// - "two days ago" P−2 (day), "three weeks ago" P−21 ±3 (week), "a month ago" ±7 days
///   (month), "a few days ago" P−7…P−2 (week): see `QuantityPhrase.interval`.
enum PublicationRelativeParser {
    /// Whether a match can start at `word` (``DateParsers``): a weekday, a word of the
    /// cases below, or what starts a count ("two days ago"); a number or a "the" before
    /// these starts one too.
    static func canStart(with word: DateWord) -> Bool {
        if word.weekday != nil || QuantityPhrase.canStart(with: word) { return true }
        switch word {
        case .today, .tonight, .overnight, .weekend, .yesterday, .tomorrow, .day, .other, .recently, .lately, .recent,
             .next, .previous, .this, .last, .past, .coming:
            return true
        default:
            return false
        }
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        let i = c.skip(.the, at: start)
        let p = c.published
        func day(_ offset: Int, end: Int) -> DateMatch {
            DateMatch(end: end, interval: .day(p.adding(days: offset)), kind: .relativeToPublication)
        }
        func span(_ from: Int, _ to: Int, _ precision: DatePrecision, end: Int) -> DateMatch {
            DateMatch(end: end, interval: DayInterval(from: p.adding(days: from), to: p.adding(days: to), precision: precision),
                      kind: .relativeToPublication)
        }
        guard let word = c.word(i) else { return ago(c, at: i) }
        if let weekday = word.weekday {
            guard i == start else { return nil }   // "the Sunday …" is a name, not a date
            // A bare weekday in news is the latest such day, the day of publication included
            // ("officials said Wednesday" in a story of Wednesday); "last Wednesday" is before it.
            let day = p.weekday == weekday ? p : p.previous(weekday: weekday)
            return DateMatch(end: i + 1, interval: .day(day), kind: .relativeToPublication)
        }
        switch word {
        case .today, .tonight:
            return day(0, end: i + 1)
        case .overnight:
            // The night before the day of the text.
            return span(-1, 0, .day, end: i + 1)
        case .weekend:
            return weekend(c, end: i + 1)
        case .yesterday:
            return day(-1, end: i + 1)
        case .tomorrow:
            return day(1, end: i + 1)
        case .day:
            if c.word(i + 1) == .before, c.word(i + 2) == .yesterday { return day(-2, end: i + 3) }
            if c.word(i + 1) == .after, c.word(i + 2) == .tomorrow { return day(2, end: i + 3) }
            return nil
        case .other:
            return c.word(i + 1) == .day ? span(-14, 0, .week, end: i + 2) : nil
        case .recently, .lately:
            return span(-14, 0, .week, end: i + 1)
        case .recent:
            switch c.word(i + 1) {
            case .days: return span(-14, 0, .week, end: i + 2)
            case .weeks: return span(-42, 0, .month, end: i + 2)
            case .months: return span(-180, 0, .year, end: i + 2)
            default: return nil
            }
        case .next, .previous:
            // "the next week", "the previous year" count from the anchor (`EventRelativeParser`).
            return c.word(i - 1) == .the ? nil : relative(c, word, at: i)
        case .this, .last, .past, .coming:
            return relative(c, word, at: i)
        default:
            return ago(c, at: i)
        }
    }

    /// "this/last/next/past" followed by a weekday, a part of the day, a unit, or a count.
    private static func relative(_ c: DateParseContext, _ relation: DateWord, at i: Int) -> DateMatch? {
        let p = c.published
        let next = c.word(i + 1)
        if let weekday = next?.weekday {
            let day = relation == .next || relation == .coming ? p.next(weekday: weekday) : p.previous(weekday: weekday)
            return DateMatch(end: i + 2, interval: .day(day), kind: .relativeToPublication)
        }
        if relation == .this, next == .morning || next == .afternoon || next == .evening {
            return DateMatch(end: i + 2, interval: .day(p), kind: .relativeToPublication)
        }
        if relation == .this || relation == .last || relation == .past, next == .weekend {
            return weekend(c, end: i + 2)
        }
        if relation == .last, next == .night {
            return DateMatch(end: i + 2, interval: .day(p.adding(days: -1)), kind: .relativeToPublication)
        }
        if relation == .past || relation == .last, let rolling = rollingSpan(c, at: i + 1) {
            return rolling
        }
        guard let unit = next?.unit, next == .week || next == .month || next == .year else { return nil }
        let interval: DayInterval
        switch (relation, unit) {
        case (.this, .week), (.past, .week):
            interval = DayInterval(from: p.adding(days: -6), to: p, precision: .week)
        case (.last, .week), (.previous, .week):
            interval = DayInterval(from: p.adding(days: -13), to: p.adding(days: -7), precision: .week)
        case (.next, .week), (.coming, .week):
            interval = DayInterval(from: p.adding(days: 1), to: p.adding(days: 7), precision: .week)
        case (.this, .month):
            interval = DayInterval(from: .first(ofMonth: p.month, year: p.year), to: p, precision: .month)
        case (.past, .month):
            interval = DayInterval(from: p.adding(months: -1), to: p, precision: .month)
        case (_, .month):
            let month = p.adding(months: relation == .next || relation == .coming ? 1 : -1)
            interval = .month(month.month, year: month.year)
        case (.this, .year):
            interval = DayInterval(from: .first(ofMonth: 1, year: p.year), to: p, precision: .year)
        case (.past, .year):
            interval = DayInterval(from: p.adding(years: -1), to: p, precision: .year)
        case (_, .year):
            interval = .year(p.year + (relation == .next || relation == .coming ? 1 : -1))
        default:
            return nil
        }
        return DateMatch(end: i + 2, interval: interval, kind: .relativeToPublication)
    }

    /// "over the weekend", "last weekend", "this weekend": the last Saturday and Sunday before
    /// P (up to P when P falls on one of them); precision week.
    private static func weekend(_ c: DateParseContext, end: Int) -> DateMatch {
        let p = c.published
        let saturday = p.weekday == 6 ? p : p.previous(weekday: 6)
        let to = min(saturday.adding(days: 1), p)
        return DateMatch(end: end, interval: DayInterval(from: saturday, to: to, precision: .week), kind: .relativeToPublication)
    }

    /// "the past/last two weeks", "the past few days", "the last three months": from
    /// that far back up to P.
    private static func rollingSpan(_ c: DateParseContext, at i: Int) -> DateMatch? {
        guard let phrase = QuantityPhrase.parse(c, at: i, allowArticle: false) else { return nil }
        let p = c.published
        let count = phrase.vague ? (phrase.unit == .day ? 7 : 4) : phrase.count + (phrase.extended ? 1 : 0)
        let from = phrase.step(p, by: count, direction: -1)
        let precision: DatePrecision = switch phrase.unit {
        case .day, .week: .week
        case .month: .month
        case .year: .year
        }
        return DateMatch(end: phrase.end, interval: DayInterval(from: from, to: p, precision: precision), kind: .relativeToPublication)
    }

    /// "two days ago", "a few weeks ago", "about a month ago"; "it has been about six weeks since"
    /// (what follows "since" happened that long before publication).
    private static func ago(_ c: DateParseContext, at i: Int) -> DateMatch? {
        guard let phrase = QuantityPhrase.parse(c, at: i),
              c.word(phrase.end) == .ago || c.word(phrase.end) == .since && c.word(i - 1) == .been else { return nil }
        return DateMatch(end: phrase.end + 1, interval: phrase.interval(from: c.published, direction: -1), kind: .relativeToPublication)
    }
}
