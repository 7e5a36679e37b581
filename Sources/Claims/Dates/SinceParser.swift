/// "since …": from the start of what follows up to the publication day P (kind since,
/// with the precision of what follows). "since the end of last year" is December 1 of
/// last year…P (month), "since September 2016" 2016-09-01…P (month), "since May 18"
/// that day…P (day), "since 2014" 2014-01-01…P (year), "since last week" P−13…P (week).
/// "since then" runs from the anchor's first day (skipped without an anchor). What
/// follows "since" is read without the anchor, so "since the beginning of the year" is
/// the publication year. "ever since" is the same. Skipped when what follows starts
/// after P.
enum SinceParser {
    /// Whether a match can start at `word` (``DateParsers``): "since" or "ever".
    static func canStart(with word: DateWord) -> Bool {
        word == .since || word == .ever
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        let i = c.skip(.ever, at: start)
        guard c.word(i) == .since else { return nil }
        let p = c.published
        if c.word(i + 1) == .then {
            guard let anchor = c.anchor, anchor.from <= p else { return nil }
            return DateMatch(end: i + 2, interval: DayInterval(from: anchor.from, to: p, precision: anchor.precision), kind: .since)
        }
        let plain = c.withoutAnchor
        let inner = ExplicitDayParser.match(plain, at: i + 1)
            .longer(MonthYearParser.match(plain, at: i + 1))
            .longer(PartOfPeriodParser.match(plain, at: i + 1))
            .longer(PublicationRelativeParser.match(plain, at: i + 1))
        guard let inner, inner.interval.from <= p else { return nil }
        return DateMatch(end: inner.end, interval: DayInterval(from: inner.interval.from, to: p, precision: inner.interval.precision),
                         kind: .since)
    }
}
