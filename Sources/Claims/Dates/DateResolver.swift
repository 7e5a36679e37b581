import Places
/// Finds and resolves the date expressions of one English sentence.
///
/// The sentence is scanned once into tokens (`DateTokenizer`). At every token each
/// parser family tries to match, optionally after a leading "on", "in", "at",
/// "during", "over" or "throughout" which then belongs to the expression's text:
/// `ExplicitDayParser`, `MonthYearParser`, `PartOfPeriodParser`,
/// `PublicationRelativeParser`, `EventRelativeParser`, `ReportedYearParser`, `SinceParser`,
/// `DurationParser`. The longest match
/// from each start is a candidate; candidates are then taken longest first (in UTF-8
/// bytes; the earlier one on a tie), dropping any that overlaps one already taken.
///
/// Other prepositions ("by", "until", "from", "before", "after", "between") stay outside
/// the text and the expression denotes the date they point at: "between May 18 and May
/// 20" gives two expressions, one for each day. A range written within one month
/// ("May 18-20") is one expression.
///
/// Within the sentence, each expression other than a "since" becomes the anchor of the
/// ones after it: in "took Sirte on May 18 and Jufra the next day", "the next day" is
/// May 19 whatever `anchor` was passed. Expressions relative to an event with no anchor
/// at all are left out.
public enum DateResolver {
    /// The head words of the vocabulary, packed as the text's words are: a sentence with none of them and no figure has no date.
    static let headWordKeys: WordKeySet = WordKeySet(DateWord.allCases.filter(\.isHead).map { WordKey($0.rawValue) })

    /// Every date expression in `sentence`, in order of appearance, without overlaps (longest wins).
    /// - published: the article's publication day.
    /// - anchor: the interval of the last event dated earlier in the text, for "the next day", "10 days later", "in a week and a little".
    /// - reportedYear: the year a yearly report covers, for "during the year" and "by year's end" (``Article/reportedYear``).
    /// - narrativeYear: the year that opened a sentence earlier in the paragraph ("In 2016, …"), for months without a year when no event dated to the month precedes.
    public static func expressions(in sentence: String, published: Day, anchor: DayInterval?, reportedYear: Int? = nil,
                                   narrativeYear: Int? = nil) -> [DateExpression] {
        expressions(in: sentence, tokens: DateTokenizer.tokens(of: sentence), published: published, anchor: anchor,
                    reportedYear: reportedYear, narrativeYear: narrativeYear)
    }

    /// The same for a sentence whose words have been found already (see
    /// ``DateTokenizer/tokens(of:words:wordOffset:)``), which spares reading them again.
    /// - wordOffset: where the sentence starts in the text that the words' UTF-8 ranges count in.
    static func expressions(in sentence: String, words: SentenceWords, wordOffset: Int, published: Day, anchor: DayInterval?,
                            reportedYear: Int? = nil, narrativeYear: Int? = nil) -> [DateExpression] {
        expressions(in: sentence, tokens: DateTokenizer.tokens(of: sentence, words: words, wordOffset: wordOffset), published: published,
                    anchor: anchor, reportedYear: reportedYear, narrativeYear: narrativeYear)
    }

    private static func expressions(in sentence: String, tokens: [DateToken], published: Day, anchor: DayInterval?, reportedYear: Int?,
                                    narrativeYear: Int?) -> [DateExpression] {
        guard tokens.contains(where: { $0.kind == .number || $0.word?.isHead == true }) else { return [] }
        // Spans are found with some anchor, so that expressions needing one are seen (and
        // win over what they contain) even when the anchor comes from this very sentence.
        // "has"/"have" are no words of the vocabulary (they would be looked at everywhere); the perfect is seen once here.
        let perfect = tokens.contains { $0.word == .forWord } && Self.hasPerfect(sentence)
        let search = DateParseContext(tokens: tokens, published: published, anchor: anchor ?? .day(published), reportedYear: reportedYear,
                                      perfect: perfect, narrativeYear: narrativeYear)
        var candidates: [(start: Int, match: DateMatch)] = []
        // Every expression starts with a number or a word of the date vocabulary.
        // ("been" is read only before a time elapsed: "it has been six weeks since"; no expression starts with it.)
        for i in tokens.indices where tokens[i].kind == .number || tokens[i].kind == .word && tokens[i].word != nil && tokens[i].word != .been {
            if let match = candidate(search, at: i), match.end > i { candidates.append((i, match)) }
        }
        guard !candidates.isEmpty else { return [] }

        func length(_ candidate: (start: Int, match: DateMatch)) -> Int {
            tokens[candidate.match.end - 1].end - tokens[candidate.start].start
        }
        var taken: [(start: Int, match: DateMatch)] = []
        // Longest first. (Sorted in place: `sorted` copied the array first; the order is the same.)
        candidates.sort { length($0) != length($1) ? length($0) > length($1) : $0.start < $1.start }
        for candidate in candidates where !taken.contains(where: { $0.start < candidate.match.end && candidate.start < $0.match.end }) {
            taken.append(candidate)
        }
        taken.sort { $0.start < $1.start }

        let utf8 = sentence.utf8
        var current = anchor
        var expressions: [DateExpression] = []
        expressions.reserveCapacity(taken.count)
        for (start, found) in taken {
            var match = found
            if current != search.anchor {
                let context = DateParseContext(tokens: tokens, published: published, anchor: current, reportedYear: reportedYear, perfect: perfect,
                                               narrativeYear: narrativeYear)
                guard let rematch = candidate(context, at: start), rematch.end > start, rematch.end <= found.end else { continue }
                match = rematch
            }
            if match.kind != .since { current = match.interval }
            let range = tokens[start].start..<tokens[match.end - 1].end
            let text = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
            expressions.append(DateExpression(text: text, utf8Range: range, interval: match.interval, kind: match.kind))
        }
        return expressions
    }

    /// Whether a sentence has the word "has" or "have" (any case).
    static func hasPerfect(_ sentence: String) -> Bool {
        var text = sentence
        return text.withUTF8 { bytes in
            func lower(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] | 0x20 : 0 }
            func letter(_ i: Int) -> Bool { i >= 0 && i < bytes.count && lower(i) >= 0x61 && lower(i) <= 0x7A }
            for i in bytes.indices where lower(i) == 0x68 && !letter(i - 1) && lower(i + 1) == 0x61 {
                if lower(i + 2) == 0x73 && !letter(i + 3) { return true }                          // has
                if lower(i + 2) == 0x76 && lower(i + 3) == 0x65 && !letter(i + 4) { return true }  // have
            }
            return false
        }
    }

    /// The longest match starting at token `i`, with or without a leading preposition.
    private static func candidate(_ c: DateParseContext, at i: Int) -> DateMatch? {
        var best = longestMatch(c, at: i)
        if c.tokens[i].word?.isLeadingPreposition == true {
            best = best.longer(longestMatch(c, at: i + 1, prepositionBefore: true))
        }
        return best
    }

    /// The longest match of any parser family at token `i`. After a leading preposition
    /// "since" cannot follow ("in since May").
    ///
    /// Only the families that can start at the token are run (``DateParsers``, for speed);
    /// the others would find nothing. They are tried in a fixed order, the first winning a tie.
    private static func longestMatch(_ c: DateParseContext, at i: Int, prepositionBefore: Bool = false) -> DateMatch? {
        var parsers = DateParsers(startingAt: i, in: c.tokens)
        if prepositionBefore { parsers.subtract([.since, .duration]) }
        guard !parsers.isEmpty else { return nil }
        var best: DateMatch?
        if parsers.contains(.explicitDay) { best = best.longer(ExplicitDayParser.match(c, at: i)) }
        if parsers.contains(.monthYear) { best = best.longer(MonthYearParser.match(c, at: i)) }
        if parsers.contains(.partOfPeriod) { best = best.longer(PartOfPeriodParser.match(c, at: i)) }
        if parsers.contains(.publicationRelative) { best = best.longer(PublicationRelativeParser.match(c, at: i)) }
        if parsers.contains(.eventRelative) { best = best.longer(EventRelativeParser.match(c, at: i)) }
        if parsers.contains(.reportedYear) { best = best.longer(ReportedYearParser.match(c, at: i)) }
        if parsers.contains(.since) { best = best.longer(SinceParser.match(c, at: i)) }
        if parsers.contains(.duration) { best = best.longer(DurationParser.match(c, at: i)) }
        return best
    }
}
