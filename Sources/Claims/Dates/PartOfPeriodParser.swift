/// Parts of months and years: "at the end of May", "the beginning/start of June",
/// "early June", "mid-June", "the middle of June", "late June", "the first half of
/// June", "at the end of last year", "late last year", "early this year", "mid-2016",
/// "earlier this week/month/year", "later this month", "earlier today", "the first (second,
/// last) week of June" (days 1–7, 8–14, the last seven; precision week).
///
/// Of a month: beginning, start and early are days 1–10; middle and mid 11–20; end and
/// late 21 to the last day; first half 1–15, second half 16 to the last day.
/// Of a year: beginning is January, end December, early January–March, mid May–August,
/// late October–December, the halves January–June and July–December; all precision month.
/// "Earlier this week/month/year" runs from the start of the week (P−6), month or year to
/// the publication day P with the precision of the unit; "later …" from P to its end.
/// Kind explicit when the month or year is named, else that of the period's reference.
enum PartOfPeriodParser {
    enum Part {
        case beginning, middle, end, firstHalf, secondHalf, early, late
        case earlier, later
        /// "the first week of June", "the second week of June", "the last week of June".
        case firstWeek, secondWeek, lastWeek
    }

    /// Whether a match can start at `word` (``DateParsers``): a word of ``part(_:at:)``;
    /// a "the" before one starts one too.
    static func canStart(with word: DateWord) -> Bool {
        switch word {
        case .early, .late, .mid, .earlier, .later, .end, .beginning, .start, .middle, .first, .second, .last: true
        default: false
        }
    }

    static func match(_ c: DateParseContext, at start: Int) -> DateMatch? {
        guard let (part, afterPart) = part(c, at: c.skip(.the, at: start)) else { return nil }
        if part == .earlier || part == .later { return sinceOrUntilPublication(c, part: part, at: afterPart) }
        let k = c.skip(.the, at: afterPart)
        if let (year, month, end, kind) = c.monthReference(k) {
            let length = Day.daysIn(month: month, year: year)
            let (first, last, precision): (Int, Int, DatePrecision)
            switch part {
            case .beginning, .early: (first, last, precision) = (1, 10, .month)
            case .middle: (first, last, precision) = (11, 20, .month)
            case .end, .late: (first, last, precision) = (21, 31, .month)
            case .firstHalf: (first, last, precision) = (1, 15, .month)
            case .secondHalf, .earlier, .later: (first, last, precision) = (16, 31, .month)
            case .firstWeek: (first, last, precision) = (1, 7, .week)
            case .secondWeek: (first, last, precision) = (8, 14, .week)
            case .lastWeek: (first, last, precision) = (length - 6, length, .week)
            }
            return DateMatch(end: end, interval: .days(first, last, month: month, year: year, precision: precision), kind: kind)
        }
        if let (year, end, kind) = c.yearReference(k) {
            let (first, last): (Int, Int)
            switch part {
            case .beginning: (first, last) = (1, 1)
            case .early: (first, last) = (1, 3)
            case .middle: (first, last) = (5, 8)
            case .late: (first, last) = (10, 12)
            case .end: (first, last) = (12, 12)
            case .firstHalf: (first, last) = (1, 6)
            case .secondHalf, .earlier, .later: (first, last) = (7, 12)
            case .firstWeek, .secondWeek, .lastWeek: return nil
            }
            return DateMatch(end: end, interval: .months(first, last, year: year), kind: kind)
        }
        return nil
    }

    /// The part word(s) at `i` and where the period after them starts: "end of",
    /// "beginning of", "start of", "middle of", "first half of", "early", "late",
    /// "mid", "mid-", "earlier", "later".
    private static func part(_ c: DateParseContext, at i: Int) -> (Part, Int)? {
        switch c.word(i) {
        case .early: return (.early, c.skip(.dash, at: i + 1))
        case .late: return (.late, c.skip(.dash, at: i + 1))
        case .mid: return (.middle, c.skip(.dash, at: i + 1))
        case .earlier: return (.earlier, i + 1)
        case .later: return (.later, i + 1)
        case .end, .beginning, .start, .middle:
            guard c.word(i + 1) == .of else { return nil }
            let part: Part = switch c.word(i) {
            case .end: .end
            case .middle: .middle
            default: .beginning
            }
            return (part, i + 2)
        case .first, .second:
            if c.word(i + 1)?.unit == .week, c.word(i + 2) == .of { return (c.word(i) == .first ? .firstWeek : .secondWeek, i + 3) }
            guard c.word(i + 1) == .half, c.word(i + 2) == .of else { return nil }
            return (c.word(i) == .first ? .firstHalf : .secondHalf, i + 3)
        case .last:
            guard c.word(i + 1)?.unit == .week, c.word(i + 2) == .of else { return nil }
            return (.lastWeek, i + 3)
        default:
            return nil
        }
    }

    /// "earlier this week/month/year", "earlier today", "earlier in the week" and their "later" counterparts.
    private static func sinceOrUntilPublication(_ c: DateParseContext, part: Part, at i: Int) -> DateMatch? {
        let p = c.published
        if c.word(i) == .today {
            return DateMatch(end: i + 1, interval: .day(p), kind: .relativeToPublication)
        }
        // "earlier in the week", "later in the week": the week of the last day the text dated, else of publication.
        if c.word(i) == .inWord, c.word(i + 1) == .the, c.word(i + 2) == .week {
            let base = c.anchor.flatMap { $0.precision == .day && $0.from <= p ? $0.from : nil } ?? p
            let interval = part == .earlier ? DayInterval(from: base.adding(days: -6), to: base, precision: .week)
                : DayInterval(from: base, to: min(p, base.adding(days: 6)), precision: .week)
            return DateMatch(end: i + 3, interval: interval, kind: c.anchor == nil ? .relativeToPublication : .relativeToEvent)
        }
        guard c.word(i) == .this, let unit = c.word(i + 1)?.unit else { return nil }
        let interval: DayInterval
        switch (unit, part == .earlier) {
        case (.day, _): return nil
        case (.week, true): interval = DayInterval(from: p.adding(days: -6), to: p, precision: .week)
        case (.week, false): interval = DayInterval(from: p, to: p.adding(days: 6), precision: .week)
        case (.month, true): interval = DayInterval(from: .first(ofMonth: p.month, year: p.year), to: p, precision: .month)
        case (.month, false): interval = DayInterval(from: p, to: .last(ofMonth: p.month, year: p.year), precision: .month)
        case (.year, true): interval = DayInterval(from: .first(ofMonth: 1, year: p.year), to: p, precision: .year)
        case (.year, false): interval = DayInterval(from: p, to: .last(ofMonth: 12, year: p.year), precision: .year)
        }
        return DateMatch(end: i + 2, interval: interval, kind: .relativeToPublication)
    }
}
