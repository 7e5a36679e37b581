/// The year a yearly report covers, named without its number (kind explicit): in
/// "Country Reports on Terrorism 2016", "during the year" and "throughout the year" are
/// 2016 (year), "by year's end" and "at year-end" its December (month). Matches only
/// when the context has a reported year (``DateParseContext/reportedYear``); "the end of
/// the year" is `PartOfPeriodParser`'s, through ``DateParseContext/yearReference(_:)``.
enum ReportedYearParser {
    /// Whether a match can start at `word` (``DateParsers``): "year" ("year's end") or "the" ("the year").
    static func canStart(with word: DateWord) -> Bool {
        word == .year || word == .the
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        // With no report's year, "during the year" and "throughout the year" are the year the text is telling: its
        // narrative year, else the anchor's, else the publication's.
        let told = [.during, .throughout].contains(c.word(start - 1)) && c.word(start) == .the && c.word(start + 1) == .year
            ? c.narrativeYear ?? c.anchor?.from.year ?? c.published.year : nil
        guard let year = c.reportedYear ?? told else { return nil }
        // "year's end", "year-end": the apostrophe's "s" is a word of its own.
        if c.word(start) == .year {
            var i = start + 1
            if c.kind(i) == .word, c.word(i) == nil, c.tokens[i].end - c.tokens[i].start == 1 { i += 1 } else { i = c.skip(.dash, at: i) }
            if i > start + 1, c.word(i) == .end {
                return DateMatch(end: i + 1, interval: .month(12, year: year), kind: .explicit)
            }
        }
        // "the year", not "the year 2016" (a written year) nor "the year before".
        guard c.word(start) == .the, c.word(start + 1) == .year, c.yearNumber(start + 2) == nil,
              c.word(start + 2) != .before, c.word(start + 2) != .after else { return nil }
        return DateMatch(end: start + 2, interval: .year(year), kind: .explicit)
    }
}
