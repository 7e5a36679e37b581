/// Calendar steps the date resolver takes: first and last days of months, whole
/// months and years added with the day clamped, and year inference for dates
/// written without a year.
extension Day {
    /// The 1st of `month` in `year`.
    static func first(ofMonth month: Int, year: Int) -> Day {
        Day(year: year, month: month, day: 1)!
    }

    /// The last day of `month` in `year`.
    static func last(ofMonth month: Int, year: Int) -> Day {
        Day(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    /// Months since year 0, so that months can be counted across years.
    var monthIndex: Int { year * 12 + month - 1 }

    /// The same day `months` months on (back when negative), clamped to the end of a
    /// shorter month: one month after January 31 is February 28 or 29.
    func adding(months: Int) -> Day {
        let index = monthIndex + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        return Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))!
    }

    /// The same day `years` years on, February 29 becoming February 28 outside leap years.
    func adding(years: Int) -> Day { adding(months: 12 * years) }

    /// The most recent `month`/`day` not after `latest`, looking back up to eight years
    /// (far enough to find a February 29); nil when no such day exists (April 31).
    static func mostRecent(month: Int, day: Int, notAfter latest: Day) -> Day? {
        for year in stride(from: latest.year, through: latest.year - 8, by: -1) {
            if let candidate = Day(year: year, month: month, day: day), candidate <= latest { return candidate }
        }
        return nil
    }

    /// The year of the most recent `month` not after the month of `latest`: in an article
    /// of June 2017, May is May 2017 and December is December 2016.
    static func yearOfMostRecent(month: Int, notAfterMonthOf latest: Day) -> Int {
        month <= latest.month ? latest.year : latest.year - 1
    }

    /// The most recent day strictly before `self` that falls on `weekday` (1 Monday … 7 Sunday).
    func previous(weekday: Int) -> Day {
        let back = (self.weekday - weekday + 7) % 7
        return adding(days: back == 0 ? -7 : -back)
    }

    /// The first day strictly after `self` that falls on `weekday` (1 Monday … 7 Sunday).
    func next(weekday: Int) -> Day {
        let ahead = (weekday - self.weekday + 7) % 7
        return adding(days: ahead == 0 ? 7 : ahead)
    }
}
