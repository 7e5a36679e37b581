/// A counted span of time: "two days", "10 days", "a week", "about ten days",
/// "a week and a half", "a week and a little", "a few days", "a couple of weeks",
/// "three months or so", "days" alone (as vague as "a few"); and where it lands when
/// counted from a day.
struct QuantityPhrase: Sendable {
    /// The count: 1 for "a"/"an", 2 for "a couple of"; the lower end of a vague count.
    var count: Int
    var unit: TimeUnit
    /// "a few", "several": two to seven days, or two to four weeks, months or years.
    var vague = false
    /// "about", "around", "nearly", "some", "a couple of", "or so", "more than" …
    var approximate = false
    /// "and a half", "and a little", "and a bit", "or more": up to one unit more.
    var extended = false
    /// The token after the phrase.
    var end: Int

    /// Whether a phrase can start at `word`: a word of ``qualifiers(_:at:)``, "a"/"an", a
    /// vague count, a plural unit alone, a number word; a number written in digits starts one too.
    static func canStart(with word: DateWord) -> Bool {
        if word.cardinal != nil { return true }
        switch word {
        case .about, .around, .nearly, .almost, .approximately, .roughly, .someWord, .over, .more, .less, .at, .just, .only,
             .a, .an, .couple, .few, .several, .days, .weeks, .months, .years:
            return true
        default:
            return false
        }
    }

    /// The phrase starting at `i`, or nil. `allowArticle` admits "a"/"an" as one
    /// ("a week later"); "the last two weeks" has a count but never "the last a week".
    static func parse(_ c: DateParseContext, at i: Int, allowArticle: Bool = true) -> QuantityPhrase? {
        var (k, approximate) = qualifiers(c, at: i)
        var count = 0
        var vague = false
        var extended = false
        var articled = false
        if allowArticle, c.word(k) == .a || c.word(k) == .an {
            articled = true
            k += 1
        }
        switch c.word(k) {
        case .couple:
            count = 2
            approximate = true
            k = c.skip(.of, at: k + 1)
        case .few, .several:
            count = 2
            vague = true
            k += 1
        default:
            if articled {
                count = 1
            } else if !approximate, let word = c.word(k), word == .days || word == .weeks || word == .months || word == .years {
                // "days later", "weeks ago": as vague as "a few".
                count = 2
                vague = true
            } else if let value = c.word(k)?.cardinal ?? c.countNumber(k) {
                count = value
                k += 1
                // "two and a half weeks"
                if let after = fraction(c, at: k) {
                    extended = true
                    k = after
                }
            } else {
                return nil
            }
        }
        guard let unit = c.word(k)?.unit else { return nil }
        k += 1
        if let after = fraction(c, at: k) {
            extended = true
            k = after
        } else if c.word(k) == .or, c.word(k + 1) == .so {
            approximate = true
            k += 2
        } else if c.word(k) == .or, c.word(k + 1) == .more {
            extended = true
            k += 2
        }
        return QuantityPhrase(count: count, unit: unit, vague: vague, approximate: approximate, extended: extended, end: k)
    }

    /// Past the words before a count at `i` ("about", "more than", "at least", "just",
    /// "only"), and whether they made it approximate.
    private static func qualifiers(_ c: DateParseContext, at i: Int) -> (end: Int, approximate: Bool) {
        var k = i
        var approximate = false
        while true {
            switch c.word(k) {
            case .about, .around, .nearly, .almost, .approximately, .roughly, .someWord, .over:
                k += 1
                approximate = true
            case .more where c.word(k + 1) == .than, .less where c.word(k + 1) == .than, .at where c.word(k + 1) == .least:
                k += 2
                approximate = true
            case .just, .only:
                k += 1
            default:
                return (k, approximate)
            }
        }
    }

    /// The end of "and a half", "and a little", "and a bit" at `i`, or nil.
    private static func fraction(_ c: DateParseContext, at i: Int) -> Int? {
        guard c.word(i) == .and, c.word(i + 1) == .a else { return nil }
        switch c.word(i + 2) {
        case .half, .little, .bit: return i + 3
        default: return nil
        }
    }

    /// `base` moved by `count` units, forward (`direction` +1) or back (−1).
    func step(_ base: Day, by count: Int, direction: Int) -> Day {
        switch unit {
        case .day: base.adding(days: direction * count)
        case .week: base.adding(days: direction * 7 * count)
        case .month: base.adding(months: direction * count)
        case .year: base.adding(years: direction * count)
        }
    }

    /// Where the span lands counted from `base`, forward ("later") or back ("ago").
    ///
    /// An exact count of days is that day (precision day); other counts of days are
    /// ±2 days around it (week). Weeks are ±2 days for one week, ±3 for more (week);
    /// months ±7 days (month); years ±60 days (year). Vague counts ("a few") span two to
    /// seven days or two to four of the unit; extended ones ("a week and a half") the
    /// count to one unit more.
    func interval(from base: Day, direction: Int) -> DayInterval {
        let precision: DatePrecision = switch unit {
        case .day: vague || approximate || extended ? .week : .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
        if vague {
            return DayInterval(from: step(base, by: 2, direction: direction),
                               to: step(base, by: unit == .day ? 7 : 4, direction: direction), precision: precision)
        }
        if extended {
            return DayInterval(from: step(base, by: count, direction: direction),
                               to: step(base, by: count + 1, direction: direction), precision: precision)
        }
        let center = step(base, by: count, direction: direction)
        switch unit {
        case .day: return approximate ? .around(center, radius: 2, precision: .week) : .day(center)
        case .week: return .around(center, radius: count == 1 ? 2 : 3, precision: .week)
        case .month: return .around(center, radius: 7, precision: .month)
        case .year: return .around(center, radius: 60, precision: .year)
        }
    }
}
