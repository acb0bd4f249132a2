import Domain
import Testing

@Suite struct LocalDateTests {
    @Test(arguments: [
        ("03/03/2026", 2026, 3, 3),
        ("3/3/2026", 2026, 3, 3),
        (" 30/04/2026 ", 2026, 4, 30),
        ("2026-03-03", 2026, 3, 3),
        ("03-03-2026", 2026, 3, 3),
        ("03.03.2026", 2026, 3, 3),
        ("29/02/2028", 2028, 2, 29),
        ("29/02/2000", 2000, 2, 29),
        ("31/12/2026", 2026, 12, 31),
    ])
    func readsDatesAsPeopleWriteThem(text: String, year: Int, month: Int, day: Int) {
        #expect(LocalDate(parsing: text) == LocalDate(year: year, month: month, day: day))
        #expect(LocalDate(parsing: text) != nil)
    }

    @Test(arguments: [
        "31/02/2026", "29/02/2027", "29/02/2100", "31/04/2026", "00/01/2026", "01/13/2026", "03/03/26",
        "2026/03/03", "03/03", "", "hôm nay", "003/03/2026", "+3/03/2026", "03/03-2026", "03/03/2026/1",
        "1899-12-31", "2026-3-3x",
    ])
    func refusesDaysThatDoNotExistOrAreGuesses(text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test(arguments: [
        (2026, 3, 3, 2),     // Tuesday
        (2026, 2, 28, 6),    // Saturday
        (2026, 3, 1, 0),     // Sunday
        (2025, 12, 29, 1),   // Monday
        (2028, 2, 29, 2),    // Tuesday, leap day
        (2100, 3, 1, 1),     // Monday, after a century without 29/02
        (2000, 2, 29, 2),
    ])
    func weekdaysMatchDateText(year: Int, month: Int, day: Int, weekday: Int) throws {
        let date = try #require(LocalDate(year: year, month: month, day: day))
        #expect(date.weekday == weekday)
        #expect(DateText.weekday(unixSeconds: date.unixSeconds(atMinutes: 0)) == weekday)
        #expect(DateText.weekday(unixSeconds: date.unixSeconds(atMinutes: 1439)) == weekday)
    }

    @Test(arguments: [
        ("28/02/2026", 1, "01/03/2026"),
        ("28/02/2028", 1, "29/02/2028"),
        ("29/02/2028", 1, "01/03/2028"),
        ("31/12/2026", 1, "01/01/2027"),
        ("01/01/2027", -1, "31/12/2026"),
        ("03/03/2026", 58, "30/04/2026"),
        ("01/01/2026", 365, "01/01/2027"),
        ("01/01/2028", 366, "01/01/2029"),
        ("03/03/2026", 0, "03/03/2026"),
    ])
    func addsDaysAcrossMonthsAndYears(start: String, days: Int, expected: String) throws {
        let date = try #require(LocalDate(parsing: start))
        #expect(date.adding(days: days).description == expected)
    }

    @Test(arguments: [
        ("03/03/2026", 19 * 60, Int64(1_772_539_200)),
        ("30/04/2026", 21 * 60, 1_777_557_600),
        ("01/01/2026", 0, 1_767_200_400),
        ("31/12/2025", 23 * 60 + 59, 1_767_200_340),
        ("29/02/2028", 7 * 60 + 30, 1_835_397_000),
        ("01/01/1970", 7 * 60, 0),
        ("31/12/2026", 24 * 60, 1_798_736_400),   // midnight ending the year is 01/01/2027 00:00
    ])
    func convertsToUnixSecondsInVietnamTime(text: String, minutes: Int, seconds: Int64) throws {
        let date = try #require(LocalDate(parsing: text))
        #expect(date.unixSeconds(atMinutes: minutes) == seconds)
        if minutes < 1440 {
            #expect(LocalDate(unixSeconds: seconds) == date)
        }
    }

    @Test func printsAndOrders() throws {
        let date = try #require(LocalDate(year: 2026, month: 3, day: 3))
        #expect(date.description == "03/03/2026")
        #expect(date.isoText == "2026-03-03")
        let newYear = try #require(LocalDate(year: 2027, month: 1, day: 1))
        #expect(date < date.adding(days: 1))
        #expect(newYear.adding(days: -1) < newYear)
        #expect(date < newYear)
    }
}

@Suite struct LocalTimeTests {
    @Test(arguments: [
        ("19:00", 1140), ("7:30", 450), ("07:30", 450), ("19h", 1140), ("19h30", 1170), ("19H30", 1170),
        ("7h05", 425), (" 19h 30 ", 1170), ("0:00", 0), ("23:59", 1439), ("23h59", 1439),
    ])
    func readsTimesAsPeopleWriteThem(text: String, minutes: Int) {
        #expect(LocalTime(parsing: text)?.minutes == minutes)
    }

    @Test(arguments: ["24:00", "19:60", "19:5", "19h5", "19:", "19", "", "7 giờ", "h30", "1900", "19:00:00", "-1:00", "19h30h"])
    func refusesTimesThatAreNotClear(text: String) {
        #expect(LocalTime(parsing: text) == nil)
    }

    @Test func printsAsTwentyFourHourTime() throws {
        #expect(LocalTime(minutes: 450)?.description == "07:30")
        #expect(LocalTime(minutes: 1170)?.description == "19:30")
        #expect(LocalTime(minutes: 1440) == nil)
        #expect(LocalTime(minutes: -1) == nil)
        #expect(try #require(LocalTime(parsing: "7h")) < #require(LocalTime(parsing: "19:00")))
    }
}
