import Domain
import Testing

@Suite struct ReportPeriodTests {
    static let today = LocalDate(year: 2026, month: 11, day: 22)!

    static func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    /// (tu, den, nam) as typed → the period, as "from–to".
    @Test(arguments: [
        ("", "", "", "01/01/2026–31/12/2026"),
        ("", "", "2025", "01/01/2025–31/12/2025"),
        (" ", " ", " 2025 ", "01/01/2025–31/12/2025"),
        ("1/3/2026", "31/3/2026", "", "01/03/2026–31/03/2026"),
        ("01.03.2026", "2026-03-31", "2030", "01/03/2026–31/03/2026"),
        ("3/2026", "", "", "01/03/2026–31/12/2026"),
        ("", "3/2026", "", "01/01/2026–31/03/2026"),
        ("2026-03", "2026-04", "", "01/03/2026–30/04/2026"),
        ("2/2028", "2/2028", "", "01/02/2028–29/02/2028"),
        ("2025", "2026", "", "01/01/2025–31/12/2026"),
        ("2022", "2026", "", "01/01/2022–31/12/2026"),
        ("15/11/2026", "15/11/2026", "", "15/11/2026–15/11/2026"),
    ])
    func periodsAreReadLeniently(from: String, to: String, year: String, expected: String) throws {
        let period = try ReportPeriod.chosen(from: from, to: to, year: year, today: Self.today)
        #expect("\(period.from)–\(period.to)" == expected)
    }

    @Test(arguments: [
        ("31/02/2026", "", "", ReportPeriodError.unreadable("31/02/2026")),
        ("", "", "26", .unreadable("26")),
        ("", "", "hai", .unreadable("hai")),
        ("13/2026", "", "", .unreadable("13/2026")),
        ("1/2/3/2026", "", "", .unreadable("1/2/3/2026")),
        ("1/12/2026", "1/1/2026", "", .reversed),
        ("2021", "2026", "", .tooLong),
    ])
    func aPeriodThatCannotBeReadSaysWhy(from: String, to: String, year: String, expected: ReportPeriodError) {
        #expect(throws: expected) { try ReportPeriod.chosen(from: from, to: to, year: year, today: Self.today) }
    }

    @Test func monthsAreThoseThePeriodTouchesInVietnamTime() throws {
        let period = try #require(ReportPeriod(from: Self.day("15/11/2026"), to: Self.day("10/02/2027")))
        #expect(period.months.map(\.description) == ["11/2026", "12/2026", "01/2027", "02/2027"])
        #expect(period.calendarYear == nil && ReportPeriod.year(2026)?.calendarYear == 2026)
        let december = period.months[1]
        #expect(december.startsAt == Self.day("01/12/2026").unixSeconds(atMinutes: 0))
        #expect(december.endsAt == Self.day("01/01/2027").unixSeconds(atMinutes: 0))
        #expect(period.startsAt == Self.day("15/11/2026").unixSeconds(atMinutes: 0))
        #expect(period.endsAt == Self.day("11/02/2027").unixSeconds(atMinutes: 0), "the last day is included")
        #expect(ReportPeriod.year(9999)?.months.last?.endsAt == ReportPeriod.year(9999)?.endsAt)
    }
}
