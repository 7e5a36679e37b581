/// What every date parser reads: the sentence's tokens, the publication day and the
/// anchor, with small look-ups over token positions. Positions past either end of the
/// sentence read as "nothing there", so parsers need no bounds checks.
struct DateParseContext: Sendable {
    let tokens: [DateToken]
    let published: Day
    let anchor: DayInterval?

    /// The same sentence without an anchor: what follows "since" runs to the publication
    /// day, so it is never read against the last event.
    var withoutAnchor: DateParseContext {
        DateParseContext(tokens: tokens, published: published, anchor: nil)
    }

    func word(_ i: Int) -> DateWord? {
        i >= 0 && i < tokens.count ? tokens[i].word : nil
    }

    func kind(_ i: Int) -> DateToken.Kind? {
        i >= 0 && i < tokens.count ? tokens[i].kind : nil
    }

    /// `i + 1` when token `i` is `word`, else `i`: skips an optional word.
    func skip(_ word: DateWord, at i: Int) -> Int {
        self.word(i) == word ? i + 1 : i
    }

    /// `i + 1` when token `i` is a mark of `kind`, else `i`.
    func skip(_ kind: DateToken.Kind, at i: Int) -> Int {
        self.kind(i) == kind ? i + 1 : i
    }

    /// Token `i` touches token `i − 1` with no space between ("2017-03", "mid-June").
    func touchesPrevious(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && tokens[i].start == tokens[i - 1].end
    }

    /// A day of the month, 1 … 31, in one or two digits, ordinal or not ("18", "03", "14th").
    func dayNumber(_ i: Int) -> Int? {
        guard kind(i) == .number, tokens[i].digits <= 2, (1...31).contains(tokens[i].value) else { return nil }
        return tokens[i].value
    }

    /// A year written in four digits, 1900 … 2100, not ordinal.
    func yearNumber(_ i: Int) -> Int? {
        guard kind(i) == .number, tokens[i].digits == 4, !tokens[i].ordinal, (1900...2100).contains(tokens[i].value) else { return nil }
        return tokens[i].value
    }

    /// A count written in digits, 1 … 999, not ordinal ("10 days later").
    func countNumber(_ i: Int) -> Int? {
        guard kind(i) == .number, tokens[i].digits <= 3, !tokens[i].ordinal, (1...999).contains(tokens[i].value) else { return nil }
        return tokens[i].value
    }

    /// The word before token `i`, looking past one dash ("mid-May").
    func wordBefore(_ i: Int) -> DateWord? {
        kind(i - 1) == .dash ? word(i - 2) : word(i - 1)
    }
}

/// What one parser found from a start token: where it ends (exclusive) and what it means.
struct DateMatch: Sendable {
    var end: Int
    var interval: DayInterval
    var kind: DateExpression.Kind
}

extension Optional where Wrapped == DateMatch {
    /// The longer of two matches from the same start; the first on a tie.
    func longer(_ other: DateMatch?) -> DateMatch? {
        guard let self else { return other }
        guard let other else { return self }
        return other.end > self.end ? other : self
    }
}
