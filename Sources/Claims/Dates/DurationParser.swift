/// A duration up to the publication day P, read in a sentence in the perfect (kind since):
/// "has been fighting for several months" is P − 2…4 months … P, "have been battling for
/// Tripoli for more than a year" P − 1 year … P, "has held the town for two weeks" P − 14
/// days … P (precision week for days and weeks, month, year). Only the perfect makes it a
/// span up to now ("fought for three days in May" is none): `perfect` says whether the
/// sentence has "has" or "have" (``DateResolver/expressions(in:published:anchor:reportedYear:)``).
enum DurationParser {
    /// Whether a match can start at `word` (``DateParsers``): "for".
    static func canStart(with word: DateWord) -> Bool {
        word == .forWord
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        guard c.perfect, c.word(start) == .forWord, let phrase = QuantityPhrase.parse(c, at: start + 1) else { return nil }
        let p = c.published
        let back = phrase.vague ? (phrase.unit == .day ? 7 : 4) : phrase.count + (phrase.extended ? 1 : 0)
        let precision: DatePrecision = switch phrase.unit {
        case .day, .week: .week
        case .month: .month
        case .year: .year
        }
        return DateMatch(end: phrase.end, interval: DayInterval(from: phrase.step(p, by: back, direction: -1), to: p, precision: precision),
                         kind: .since)
    }
}
