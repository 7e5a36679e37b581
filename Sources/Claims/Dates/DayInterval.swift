/// A closed interval of days and how precisely the text dated it.
///
/// `from` never lies after `to`: the initializer swaps them when given in reverse.
public struct DayInterval: Sendable, Hashable, CustomStringConvertible {
    public var from: Day
    public var to: Day
    public var precision: DatePrecision

    /// The days from `from` through `to`; given in reverse order, they are swapped.
    public init(from: Day, to: Day, precision: DatePrecision) {
        if to < from {
            self.from = to
            self.to = from
        } else {
            self.from = from
            self.to = to
        }
        self.precision = precision
    }

    /// The single day `day`, dated to the day.
    public static func day(_ day: Day) -> DayInterval {
        DayInterval(from: day, to: day, precision: .day)
    }

    /// Whether the two intervals share at least one day (precision plays no part).
    public func overlaps(_ other: DayInterval) -> Bool {
        from <= other.to && other.from <= to
    }

    /// `2017-05-18 (day)` for one day, `2017-05-01/2017-05-31 (month)` otherwise.
    public var description: String {
        from == to ? "\(from.iso) (\(precision.rawValue))" : "\(from.iso)/\(to.iso) (\(precision.rawValue))"
    }
}

extension DayInterval {
    /// The interval of days `center − radius … center + radius`.
    static func around(_ center: Day, radius: Int, precision: DatePrecision) -> DayInterval {
        DayInterval(from: center.adding(days: -radius), to: center.adding(days: radius), precision: precision)
    }

    /// The days `first` through `last` of a month, clamped to the month's length.
    static func days(_ first: Int, _ last: Int, month: Int, year: Int, precision: DatePrecision = .month) -> DayInterval {
        let length = Day.daysIn(month: month, year: year)
        return DayInterval(from: Day.first(ofMonth: month, year: year).adding(days: min(first, length) - 1),
                           to: Day.first(ofMonth: month, year: year).adding(days: min(last, length) - 1),
                           precision: precision)
    }

    /// A whole calendar month, dated to the month.
    static func month(_ month: Int, year: Int) -> DayInterval {
        days(1, 31, month: month, year: year)
    }

    /// The months `first` through `last` of a year, dated to the month.
    static func months(_ first: Int, _ last: Int, year: Int, precision: DatePrecision = .month) -> DayInterval {
        DayInterval(from: Day.first(ofMonth: first, year: year), to: Day.last(ofMonth: last, year: year), precision: precision)
    }

    /// A whole calendar year, dated to the year.
    static func year(_ year: Int) -> DayInterval {
        months(1, 12, year: year, precision: .year)
    }
}
