/// Pieces several parsers share: a month name, the year written after a date, and a
/// reference to a whole month or year ("May 2017", "last month", "this year").
extension DateParseContext {
    /// A month name at `i` and the token after it (after the period of "Dec."), or nil.
    /// "May", "March" and the abbreviations count only when capitalized; whether their
    /// context makes them months is for the caller (`monthNameStandsAlone`).
    func monthName(_ i: Int) -> (month: Int, end: Int)? {
        guard let word = word(i), let month = word.month else { return nil }
        if word.isAmbiguousMonth && !tokens[i].capitalized { return nil }
        var end = i + 1
        if word.isMonthAbbreviation, kind(end) == .period, touchesPrevious(end) { end += 1 }
        return (month, end)
    }

    /// Whether the month name at `i` is a month with neither day nor year after it:
    /// always for unambiguous names, and for "May", "March" and abbreviations only after
    /// a word such as in, since, of, until, by, early, late, mid, last, this or next, or
    /// after another month and "and", "or", "to" ("April and May").
    func monthNameStandsAlone(_ i: Int) -> Bool {
        guard let word = word(i), word.isAmbiguousMonth else { return true }
        return wordBefore(i)?.licensesMonth ?? false || continuesList(i) { monthName($0) != nil }
    }

    /// Token `i` follows "and", "or" or "to" right after what `isDate` accepts: the
    /// second of "April and May", "from 2014 to 2016".
    func continuesList(_ i: Int, _ isDate: (Int) -> Bool) -> Bool {
        switch word(i - 1) {
        case .and, .or, .to: isDate(i - 2)
        default: false
        }
    }

    /// The year written after a day or month at `i`: ", 2017", "2017", "of 2017",
    /// "of this year", "this year", "of the current year", "last year", "of next year".
    /// `numeric` tells a written year from one counted from the publication day.
    func yearQualifier(_ i: Int) -> (year: Int, end: Int, numeric: Bool)? {
        let afterComma = skip(.comma, at: i)
        if let year = yearNumber(afterComma) { return (year, afterComma + 1, true) }
        var k = skip(.of, at: i)
        if k > i, let year = yearNumber(k) { return (year, k + 1, true) }
        k = skip(.the, at: k)
        guard word(k + 1) == .year, let offset = yearOffset(word(k)) else { return nil }
        return (published.year + offset, k + 2, false)
    }

    /// The years a relative word counts from the publication year: this/current 0,
    /// last/past/previous −1, next/coming +1.
    func yearOffset(_ word: DateWord?) -> Int? {
        switch word {
        case .this, .current: 0
        case .last, .past, .previous: -1
        case .next, .coming: 1
        default: nil
        }
    }

    /// A whole month at `i`, for parts of months ("end of May", "early last month"):
    /// a month name with or without a year, "this/last/next month", or "the month"
    /// (the anchor's month when there is an anchor, else the publication month).
    func monthReference(_ i: Int) -> (year: Int, month: Int, end: Int, kind: DateExpression.Kind)? {
        if let (month, end) = monthName(i) {
            if let qualifier = yearQualifier(end) {
                return (qualifier.year, month, qualifier.end, .explicit)
            }
            guard monthNameStandsAlone(i) else { return nil }
            return (yearOf(month: month), month, end, .explicit)
        }
        if word(i + 1) == .month, let offset = yearOffset(word(i)) {
            let day = published.adding(months: offset)
            return (day.year, day.month, i + 2, .relativeToPublication)
        }
        if word(i) == .month {
            if let anchor { return (anchor.from.year, anchor.from.month, i + 1, .relativeToEvent) }
            return (published.year, published.month, i + 1, .relativeToPublication)
        }
        return nil
    }

    /// A whole year at `i`, for parts of years ("end of 2016", "late last year"):
    /// a written year, "this/last/next year", or "the year" (in a yearly report the year it
    /// covers; else the anchor's year when there is an anchor, else the publication year).
    func yearReference(_ i: Int) -> (year: Int, end: Int, kind: DateExpression.Kind)? {
        if let year = yearNumber(i) { return (year, i + 1, .explicit) }
        if word(i + 1) == .year, let offset = yearOffset(word(i)) {
            return (published.year + offset, i + 2, .relativeToPublication)
        }
        if word(i) == .year {
            if let reportedYear { return (reportedYear, i + 1, .explicit) }
            if let anchor { return (anchor.from.year, i + 1, .relativeToEvent) }
            return (published.year, i + 1, .relativeToPublication)
        }
        return nil
    }
}
