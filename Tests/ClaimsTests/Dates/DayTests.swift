import Testing
@testable import Claims

/// `Day` and `DayInterval` on their own.
@Suite struct DayTests {
    @Test func ordinalsRoundTripEveryDayOf2014To2021() throws {
        var ordinal = try #require(Day(year: 2014, month: 1, day: 1)).ordinal
        var count = 0
        for year in 2014...2021 {
            for month in 1...12 {
                for dayOfMonth in 1...Day.daysIn(month: month, year: year) {
                    let day = try #require(Day(year: year, month: month, day: dayOfMonth))
                    #expect(day.ordinal == ordinal)
                    #expect(Day(ordinal: ordinal) == day)
                    #expect(Day(iso: day.iso) == day)
                    #expect(day.adding(days: 1) > day)
                    ordinal += 1
                    count += 1
                }
            }
        }
        #expect(count == 8 * 365 + 2)   // 2016 and 2020 are leap years
        #expect(Day(year: 2016, month: 2, day: 29) != nil)
        #expect(Day(year: 2017, month: 2, day: 29) == nil)
    }

    @Test func weekdays() {
        #expect(Day(iso: "2017-06-25")?.weekday == 7)   // Sunday
        #expect(Day(iso: "1970-01-01")?.weekday == 4)   // Thursday
        #expect(Day(iso: "2016-02-29")?.weekday == 1)   // Monday
        #expect(Day(iso: "1969-12-31")?.weekday == 3)   // Wednesday, before the epoch
        let sunday = Day(iso: "2017-06-25")!
        #expect(sunday.previous(weekday: 7).iso == "2017-06-18")
        #expect(sunday.previous(weekday: 4).iso == "2017-06-22")
        #expect(sunday.next(weekday: 7).iso == "2017-07-02")
    }

    @Test func monthsAreAddedWithTheDayClamped() {
        #expect(Day(iso: "2016-01-31")!.adding(months: 1).iso == "2016-02-29")
        #expect(Day(iso: "2017-01-31")!.adding(months: 1).iso == "2017-02-28")
        #expect(Day(iso: "2017-01-15")!.adding(months: -1).iso == "2016-12-15")
        #expect(Day(iso: "2017-03-31")!.adding(months: -13).iso == "2016-02-29")
        #expect(Day(iso: "2016-02-29")!.adding(years: 1).iso == "2017-02-28")
    }

    @Test func intervalsOverlapWhenTheyShareADay() {
        func interval(_ from: String, _ to: String) -> DayInterval {
            DayInterval(from: Day(iso: from)!, to: Day(iso: to)!, precision: .day)
        }
        let may = DayInterval(from: Day(iso: "2017-05-01")!, to: Day(iso: "2017-05-31")!, precision: .month)
        #expect(may.overlaps(interval("2017-05-31", "2017-06-02")))
        #expect(may.overlaps(interval("2017-04-30", "2017-05-01")))
        #expect(may.overlaps(interval("2017-05-10", "2017-05-10")))
        #expect(interval("2017-04-01", "2017-07-01").overlaps(may))
        #expect(!may.overlaps(interval("2017-06-01", "2017-06-30")))
        #expect(!may.overlaps(interval("2017-04-01", "2017-04-30")))
        #expect(DayInterval.day(Day(iso: "2017-05-18")!).overlaps(may))
    }

    @Test func intervalsKeepTheirDaysInOrderAndDescribeThemselves() {
        let reversed = DayInterval(from: Day(iso: "2017-05-31")!, to: Day(iso: "2017-05-01")!, precision: .month)
        #expect(reversed.from.iso == "2017-05-01" && reversed.to.iso == "2017-05-31")
        #expect(reversed.description == "2017-05-01/2017-05-31 (month)")
        #expect(DayInterval.day(Day(iso: "2017-05-18")!).description == "2017-05-18 (day)")
        #expect(DatePrecision.allCases == [.day, .week, .month, .year])
    }
}
