/// What every date parser reads: the sentence's tokens, the publication day and the
/// anchor, with small look-ups over token positions. Positions past either end of the
/// sentence read as "nothing there", so parsers need no bounds checks.
struct DateParseContext: Sendable {
    let tokens: [DateToken]
    let published: Day
    let anchor: DayInterval?
    /// The year a yearly report covers ("Country Reports on Terrorism 2016"): what "the
    /// year" means in it. Nil for other texts.
    var reportedYear: Int? = nil
    /// The sentence has "has" or "have": a duration in it runs up to now (`DurationParser`).
    var perfect = false
    /// The year a narrative has reached: the last year that opened a sentence of the
    /// paragraph ("In 2016, …"). Nil when none did.
    var narrativeYear: Int? = nil

    /// The same sentence without an anchor: what follows "since" runs to the publication
    /// day, so it is never read against the last event.
    var withoutAnchor: DateParseContext {
        DateParseContext(tokens: tokens, published: published, anchor: nil, reportedYear: reportedYear, perfect: perfect, narrativeYear: narrativeYear)
    }

    /// The year of a month written without one: in a narrative, the one nearest the last
    /// event the text dated, when that was a day, week or month ("On 14 July 2014 … In late
    /// July" is July 2014; a month back counts double), never after the publication month; else, in a paragraph whose
    /// narrative a sentence opened with a year ("In 2016, … In December"), that year; else
    /// the most recent.
    func yearOf(month: Int) -> Int {
        let latest = Day.yearOfMostRecent(month: month, notAfterMonthOf: published)
        func index(_ year: Int) -> Int { year * 12 + month - 1 }
        // A year or a longer span (the background of a text: "since the 2011 war") does not
        // place a narrative's months; a year that opened a sentence does.
        guard let anchor, anchor.precision <= .month, anchor.to.ordinal - anchor.from.ordinal <= 31 else {
            if let narrativeYear, index(narrativeYear) <= index(latest) { return narrativeYear }
            // "In January, the LNA launched an offensive in the south" in the report on 2019 (or the article on a battle of 2016): its year.
            if let reportedYear, index(reportedYear) <= index(latest) { return reportedYear }
            return latest
        }
        // A narrative runs forward: a month back counts twice a month ahead ("started in May
        // … regained the city in December" is the December after).
        let reference = anchor.from.year * 12 + anchor.from.month - 1
        func distance(_ year: Int) -> Int { index(year) >= reference ? index(year) - reference : 2 * (reference - index(year)) }
        var best = latest
        for year in (anchor.from.year - 1)...(anchor.from.year + 1) where index(year) <= index(latest) {
            if distance(year) < distance(best) { best = year }
        }
        return best
    }

    /// The day of a month and day written without a year: in the year ``yearOf(month:)``
    /// gives, or the most recent such day when that falls after publication.
    func dayOf(month: Int, day: Int) -> Day? {
        if let candidate = Day(year: yearOf(month: month), month: month, day: day), candidate <= published { return candidate }
        return Day.mostRecent(month: month, day: day, notAfter: published)
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
