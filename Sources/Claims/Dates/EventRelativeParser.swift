/// Dates counted from the anchor, the last event the text dated (kind relativeToEvent).
/// Without an anchor they are skipped, except "on the eve of" a written day.
///
/// - "the next/following day" (or morning, night…), "the day after": anchor.to + 1 (day).
/// - "the day before", "the previous day", "the night before": anchor.from − 1 (day).
/// - "the eve of": anchor.from − 1; "the eve of May 18": May 17 (explicit).
/// - "the same day", "that day", "later that day": the anchor itself.
/// - "two days later", "10 days after", "after two days": anchor.from + n (day);
///   "two days earlier/before": anchor.from − n. Weeks, months and years, approximate
///   and vague counts as in `QuantityPhrase.interval`: "a week later" +7 ±2 (week),
///   "about ten days later" +10 ±2 (week), "a month later" ±7 days (month),
///   "a week and a half later" +7…+14 (week).
/// - "in a week", "within a week", "in a week and a little": anchor.from + 7…+14 (week),
///   and in general +7n…+7n+7 for n weeks; "in two days" is "two days later". Not when
///   "of" follows ("after two days of fighting", "in two weeks of clashes"): a duration.
/// - "the following weeks", "the next few weeks": anchor.to + 1…+42; "the following
///   months": anchor.to + 1 to five months on (month).
/// - "the following/next week": anchor.to + 1…+7 (week); "the following month/year" and
///   "the previous month/year": the calendar month (month) or year (year) after or before
///   the anchor's; "that month", "that year", "the same month": the anchor's own;
///   "later that month/year": anchor.to to the end of that month or year.
enum EventRelativeParser {
    /// Whether a match can start at `word` (``DateParsers``): a word of the cases below,
    /// or what starts a count ("two days later"); a number or a "the" before these starts one too.
    static func canStart(with word: DateWord) -> Bool {
        if QuantityPhrase.canStart(with: word) { return true }
        switch word {
        case .eve, .next, .following, .coming, .previous, .preceding, .day, .night, .same, .that, .later, .inWord, .within, .after:
            return true
        default:
            return false
        }
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        let i = c.skip(.the, at: start)
        let hadThe = i > start
        if c.word(i) == .eve, c.word(i + 1) == .of {
            if let day = ExplicitDayParser.match(c, at: i + 2) {
                return DateMatch(end: day.end, interval: .day(day.interval.from.adding(days: -1)), kind: .explicit)
            }
            guard let anchor = c.anchor else { return nil }
            return found(.day(anchor.from.adding(days: -1)), end: i + 2)
        }
        guard let anchor = c.anchor else { return nil }
        switch c.word(i) {
        case .next, .following, .coming:
            guard c.word(i) == .following || hadThe else { return nil }
            // "in the following months", "over the next few weeks": a span after the anchor.
            let plural = c.word(i + 1) == .few ? i + 2 : i + 1
            if c.word(plural) == .weeks {
                return found(DayInterval(from: anchor.to.adding(days: 1), to: anchor.to.adding(days: 42), precision: .month), end: plural + 1)
            }
            if c.word(plural) == .months {
                return found(DayInterval(from: anchor.to.adding(days: 1), to: anchor.to.adding(months: 5), precision: .month), end: plural + 1)
            }
            guard c.word(i) != .coming else { return nil }
            return neighbour(c, anchor, at: i + 1, direction: 1)
        case .previous, .preceding:
            return neighbour(c, anchor, at: i + 1, direction: -1)
        case .day, .night:
            guard hadThe else { return nil }
            switch c.word(i + 1) {
            case .after: return found(.day(anchor.to.adding(days: 1)), end: i + 2)
            case .before, .earlier: return found(.day(anchor.from.adding(days: -1)), end: i + 2)
            default: return nil
            }
        case .same, .that:
            return same(c, anchor, at: c.skip(.same, at: i + 1))
        case .later:
            guard c.word(i + 1) == .that else { return nil }
            return rest(c, anchor, at: i + 2)
        case .inWord, .within:
            return within(c, anchor, at: i + 1)
        case .after:
            guard let phrase = QuantityPhrase.parse(c, at: i + 1), c.word(phrase.end) != .of else { return nil }
            return found(phrase.interval(from: anchor.from, direction: 1), end: phrase.end)
        default:
            guard let phrase = QuantityPhrase.parse(c, at: i) else { return nil }
            switch c.word(phrase.end) {
            case .later, .after, .afterwards, .afterward:
                return found(phrase.interval(from: anchor.from, direction: 1), end: phrase.end + 1)
            case .earlier, .before, .previously, .prior:
                return found(phrase.interval(from: anchor.from, direction: -1), end: phrase.end + 1)
            default:
                return nil
            }
        }
    }

    private static func found(_ interval: DayInterval, end: Int) -> DateMatch {
        DateMatch(end: end, interval: interval, kind: .relativeToEvent)
    }

    /// After "next/following" (`direction` +1) or "previous/preceding" (−1): a part of a
    /// day, "week", "month" or "year".
    private static func neighbour(_ c: DateParseContext, _ anchor: DayInterval, at i: Int, direction: Int) -> DateMatch? {
        switch c.word(i) {
        case .day, .morning, .afternoon, .evening, .night:
            return found(.day(direction > 0 ? anchor.to.adding(days: 1) : anchor.from.adding(days: -1)), end: i + 1)
        case .week:
            let interval = direction > 0
                ? DayInterval(from: anchor.to.adding(days: 1), to: anchor.to.adding(days: 7), precision: .week)
                : DayInterval(from: anchor.from.adding(days: -7), to: anchor.from.adding(days: -1), precision: .week)
            return found(interval, end: i + 1)
        case .month:
            let month = (direction > 0 ? anchor.to : anchor.from).adding(months: direction)
            return found(.month(month.month, year: month.year), end: i + 1)
        case .year:
            return found(.year((direction > 0 ? anchor.to : anchor.from).year + direction), end: i + 1)
        default:
            return nil
        }
    }

    /// After "the same" / "that (same)": the anchor's day, month or year.
    private static func same(_ c: DateParseContext, _ anchor: DayInterval, at i: Int) -> DateMatch? {
        switch c.word(i) {
        case .day, .night, .morning, .afternoon, .evening:
            return found(anchor, end: i + 1)
        case .month:
            return found(.month(anchor.from.month, year: anchor.from.year), end: i + 1)
        case .year:
            return found(.year(anchor.from.year), end: i + 1)
        default:
            return nil
        }
    }

    /// After "later that": the rest of the anchor's day, month or year.
    private static func rest(_ c: DateParseContext, _ anchor: DayInterval, at i: Int) -> DateMatch? {
        let last = anchor.to
        switch c.word(i) {
        case .day, .night, .morning, .afternoon, .evening:
            return found(anchor, end: i + 1)
        case .month:
            return found(DayInterval(from: last, to: .last(ofMonth: last.month, year: last.year), precision: .month), end: i + 1)
        case .year:
            return found(DayInterval(from: last, to: .last(ofMonth: 12, year: last.year), precision: .year), end: i + 1)
        default:
            return nil
        }
    }

    /// After "in" or "within": weeks land from the count to one week more ("in a week and
    /// a little" is anchor.from + 7…+14); other units as with "later".
    private static func within(_ c: DateParseContext, _ anchor: DayInterval, at i: Int) -> DateMatch? {
        guard let phrase = QuantityPhrase.parse(c, at: i), c.word(phrase.end) != .of else { return nil }
        guard phrase.unit == .week, !phrase.vague else {
            return found(phrase.interval(from: anchor.from, direction: 1), end: phrase.end)
        }
        let from = anchor.from.adding(days: 7 * phrase.count)
        return found(DayInterval(from: from, to: from.adding(days: 7), precision: .week), end: phrase.end)
    }
}
