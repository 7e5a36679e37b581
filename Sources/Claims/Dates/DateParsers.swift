/// The parser families of ``DateResolver``, as a set: which of them can match from a
/// token. Most start tokens are small words of the vocabulary ("of", "to", "and", "a")
/// that only one or two families ever start with, so the resolver asks only those rather
/// than running every parser at every token (done for speed: a parser call costs a few
/// hundred instructions, a look at the token a few).
///
/// Each family declares the words it can start with (its `canStart(with:)`); the sets are
/// supersets — a family listed may still find nothing — so dispatching through them
/// finds exactly what running every family would.
struct DateParsers: OptionSet {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let explicitDay = DateParsers(rawValue: 1 << 0)
    static let monthYear = DateParsers(rawValue: 1 << 1)
    static let partOfPeriod = DateParsers(rawValue: 1 << 2)
    static let publicationRelative = DateParsers(rawValue: 1 << 3)
    static let eventRelative = DateParsers(rawValue: 1 << 4)
    static let reportedYear = DateParsers(rawValue: 1 << 5)
    static let since = DateParsers(rawValue: 1 << 6)
    static let duration = DateParsers(rawValue: 1 << 7)

    /// The families that can start at a number: a day, a year, an ISO date, a count of time.
    static let startingWithNumber: DateParsers = [.explicitDay, .monthYear, .publicationRelative, .eventRelative]

    /// The families that read past a leading "the" ("the 14th of March", "the end of May",
    /// "the next day"): at "the" they can match whatever they can match at the token after it.
    static let skippingThe: DateParsers = [.explicitDay, .monthYear, .partOfPeriod, .publicationRelative, .eventRelative]

    /// The families that can start at a vocabulary word, without a "the" before it.
    init(startingWith word: DateWord) {
        var parsers: DateParsers = []
        if ExplicitDayParser.canStart(with: word) { parsers.insert(.explicitDay) }
        if MonthYearParser.canStart(with: word) { parsers.insert(.monthYear) }
        if PartOfPeriodParser.canStart(with: word) { parsers.insert(.partOfPeriod) }
        if PublicationRelativeParser.canStart(with: word) { parsers.insert(.publicationRelative) }
        if EventRelativeParser.canStart(with: word) { parsers.insert(.eventRelative) }
        if ReportedYearParser.canStart(with: word) { parsers.insert(.reportedYear) }
        if SinceParser.canStart(with: word) { parsers.insert(.since) }
        if DurationParser.canStart(with: word) { parsers.insert(.duration) }
        self = parsers
    }

    /// The families that can start at a token: a number's, a vocabulary word's, none for
    /// other tokens (no family matches from a word outside the vocabulary or a mark).
    init(startingWith token: DateToken) {
        if token.kind == .number {
            self = Self.startingWithNumber
        } else if let word = token.word {
            self.init(startingWith: word)
        } else {
            self = []
        }
    }

    /// The families that can start at token `i`: those of the token, and at "the" those
    /// that skip it and can start at the token after.
    init(startingAt i: Int, in tokens: [DateToken]) {
        guard i < tokens.count else { self = []; return }
        self.init(startingWith: tokens[i])
        if tokens[i].word == .the, i + 1 < tokens.count {
            formUnion(DateParsers(startingWith: tokens[i + 1]).intersection(Self.skippingThe))
        }
    }
}
