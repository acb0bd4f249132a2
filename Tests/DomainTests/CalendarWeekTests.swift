import Domain
import Testing

@Suite struct CalendarWeekTests {
    @Test(arguments: [
        ((2026, 11, 16), (2026, 11, 16)),   // a Monday is its own week's start
        ((2026, 11, 18), (2026, 11, 16)),   // Wednesday
        ((2026, 11, 22), (2026, 11, 16)),   // Sunday ends the week, as Vietnamese calendars print it
        ((2026, 11, 23), (2026, 11, 23)),
        ((2027, 1, 2), (2026, 12, 28)),     // across the new year
        ((2028, 3, 1), (2028, 2, 28)),      // across a leap day
    ])
    func aDayBelongsToTheWeekFromItsMonday(day: (Int, Int, Int), monday: (Int, Int, Int)) throws {
        let date = try #require(LocalDate(year: day.0, month: day.1, day: day.2))
        let week = CalendarWeek(containing: date)
        #expect(week.monday == LocalDate(year: monday.0, month: monday.1, day: monday.2))
        #expect(week.monday.weekday == 1 && week.sunday.weekday == 0)
    }

    @Test func aWeekRunsFromMondayMidnightInVietnamForSevenDays() throws {
        let week = CalendarWeek(containing: try #require(LocalDate(year: 2026, month: 11, day: 18)))
        #expect(week.startsAt == 1_794_762_000, "16/11/2026 00:00 +07 is 15/11 17:00 UTC")
        #expect(week.endsAt - week.startsAt == 7 * 86_400)
        #expect(week.endsAt == week.next.startsAt && week.previous.endsAt == week.startsAt)
        #expect(CalendarWeek(unixSeconds: week.startsAt) == week && CalendarWeek(unixSeconds: week.startsAt - 1) == week.previous)
        #expect(CalendarWeek(unixSeconds: week.endsAt - 1) == week && CalendarWeek(unixSeconds: week.endsAt) == week.next)
        #expect(week.previous < week && week < week.next)
        #expect(week.description == "16/11/2026 – 22/11/2026")
    }
}
