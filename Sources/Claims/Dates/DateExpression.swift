/// One date expression found in a sentence, resolved to the days it denotes.
public struct DateExpression: Sendable, Hashable {
    /// What the expression was resolved against.
    public enum Kind: String, Sendable, Hashable {
        /// The text names a day, a month or a year ("on May 18", "in March of this year",
        /// "at the end of May", "in 2016", "2017-03-14"); a missing year comes from the
        /// publication day.
        case explicit
        /// Only relative words, counted from the publication day ("yesterday",
        /// "on Thursday", "last week", "three weeks ago", "late last year").
        case relativeToPublication
        /// Counted from the last event the text dated, the anchor ("the next day",
        /// "10 days later", "in a week and a little", "on the eve of").
        case relativeToEvent
        /// "since …": from the start of what follows "since" up to the publication day.
        case since
        /// A season of a named year ("the summer of 2016"): it dates its own sentence, but three
        /// months are too wide to date the sentences after it.
        case season
    }

    /// The expression as written, leading preposition included ("on March 3 of this year").
    public var text: String
    /// UTF-8 byte offsets of `text` within the sentence.
    public var utf8Range: Range<Int>
    /// The days the expression denotes and how precisely.
    public var interval: DayInterval
    public var kind: Kind

    public init(text: String, utf8Range: Range<Int>, interval: DayInterval, kind: Kind) {
        self.text = text
        self.utf8Range = utf8Range
        self.interval = interval
        self.kind = kind
    }
}
