/// How precisely a text dated an event: the unit the writer had in mind, not the
/// length of the interval it resolves to.
/// Ordered from the finest to the coarsest: `max` of two precisions is the coarser.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A named or counted day: "on May 18", "yesterday", "two days later".
    case day
    /// Within a week or two: "last week", "three weeks ago", "recently", "about ten days later".
    case week
    /// A month or a part of one: "in May", "at the end of May", "late last year", "a month ago".
    case month
    /// A year or a span of months told only by its year: "in 2016", "last year", "earlier this year".
    case year
}

extension DatePrecision {
    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
