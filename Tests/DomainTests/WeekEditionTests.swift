import Domain
import Testing

@Suite struct WeekEditionTests {
    static func day(_ text: String) throws -> LocalDate { try #require(LocalDate(parsing: text)) }

    static func edition(_ first: String, _ last: String) throws -> WeekEdition {
        let startsOn = try day(first)
        return WeekEdition(year: startsOn.year, startsOn: startsOn, endsOn: try day(last))
    }

    /// An event as staff type it: a day, and start and end as minutes after midnight.
    static func event(_ text: String, _ start: Int, _ end: Int) throws -> (startsAt: Int64, endsAt: Int64) {
        let date = try day(text)
        return (date.unixSeconds(atMinutes: start), date.unixSeconds(atMinutes: end))
    }

    static func minutesOfDay(_ seconds: Int64) -> Int {
        Int((seconds - DateText.startOfDay(unixSeconds: seconds)) / 60)
    }

    @Test func standardIsFirstToSeventhOctober() throws {
        let edition = try #require(WeekEdition.standard(year: 2026, theme: "Chủ đề"))
        #expect(edition == WeekEdition(year: 2026, startsOn: try Self.day("01/10/2026"),
                                       endsOn: try Self.day("07/10/2026"), theme: "Chủ đề"))
        #expect(edition.dayCount == 7)
        #expect(edition.days.map(\.description) == [
            "01/10/2026", "02/10/2026", "03/10/2026", "04/10/2026", "05/10/2026", "06/10/2026", "07/10/2026",
        ])
        #expect(throws: Never.self) { try edition.validate() }
        #expect(WeekEdition.standard(year: 10_000) == nil)
    }

    @Test(arguments: [
        ("01/10/2026", "07/10/2026", 2026, nil),
        ("02/10/2023", "08/10/2023", 2023, nil),            // the 2023 dates
        ("28/09/2026", "04/10/2026", 2026, nil),            // across a month end
        ("01/10/2026", "03/10/2026", 2026, nil),            // 3 days, the shortest
        ("01/10/2026", "14/10/2026", 2026, nil),            // 14 days, the longest
        ("01/10/2026", "02/10/2026", 2026, WeekEditionError.dayCountOutOfRange(2)),
        ("01/10/2026", "01/10/2026", 2026, .dayCountOutOfRange(1)),
        ("01/10/2026", "15/10/2026", 2026, .dayCountOutOfRange(15)),
        ("01/10/2026", "07/11/2026", 2026, .dayCountOutOfRange(38)),   // a mistyped month
        ("07/10/2026", "01/10/2026", 2026, .endsBeforeStarts),
        ("01/10/2026", "07/10/2026", 2025, .yearMismatch),
        ("29/12/2026", "04/01/2027", 2026, nil),            // the year is the first day's
    ] as [(String, String, Int, WeekEditionError?)])
    func validatesTheDays(first: String, last: String, year: Int, problem: WeekEditionError?) throws {
        let edition = WeekEdition(year: year, startsOn: try Self.day(first), endsOn: try Self.day(last))
        let found: WeekEditionError?
        do {
            try edition.validate()
            found = nil
        } catch {
            found = error
        }
        #expect(found == problem)
    }

    @Test func problemsAreExplainedInBothLanguages() {
        let problems: [WeekEditionError] = [.yearMismatch, .endsBeforeStarts, .dayCountOutOfRange(2)]
        #expect(problems.allSatisfy { !$0.message.isEmpty && !$0.englishMessage.isEmpty })
        #expect(WeekEditionError.dayCountOutOfRange(2).message == "Tuần lễ dài 2 ngày; hãy chọn từ 3 đến 14 ngày.")
    }

    @Test(arguments: [
        ("27/09/2026", 0, nil),
        ("28/09/2026", 0, 1),                 // midnight that starts the first day
        ("30/09/2026", 19 * 60, 3),
        ("01/10/2026", 7 * 60 + 30, 4),       // across the month end
        ("04/10/2026", 1439, 7),              // last minute of the last day
        ("05/10/2026", 0, nil),               // midnight after the last day
    ] as [(String, Int, Int?)])
    func dayNumberCountsFromTheFirstDay(text: String, minutes: Int, number: Int?) throws {
        let edition = try Self.edition("28/09/2026", "04/10/2026")
        #expect(edition.dayNumber(of: try Self.day(text).unixSeconds(atMinutes: minutes)) == number)
    }

    @Test func dayNumberOfAnEditionWhoseDaysAreRefusedIsNil() throws {
        let backwards = try Self.edition("07/10/2026", "01/10/2026")
        #expect(backwards.dayNumber(of: try Self.day("07/10/2026").unixSeconds(atMinutes: 0)) == nil)
        #expect(backwards.days.isEmpty)
    }

    /// (old edition, new edition, event day, expected day after cloning).
    @Test(arguments: [
        ("28/09/2026", "04/10/2026", "30/09/2026", "06/10/2026", "28/09/2026", "30/09/2026"),
        ("28/09/2026", "04/10/2026", "30/09/2026", "06/10/2026", "30/09/2026", "02/10/2026"),
        ("28/09/2026", "04/10/2026", "30/09/2026", "06/10/2026", "04/10/2026", "06/10/2026"),
        ("01/10/2022", "07/10/2022", "02/10/2023", "08/10/2023", "01/10/2022", "02/10/2023"),
        ("01/10/2022", "07/10/2022", "02/10/2023", "08/10/2023", "07/10/2022", "08/10/2023"),
        ("02/10/2023", "08/10/2023", "01/10/2024", "07/10/2024", "02/10/2023", "01/10/2024"),
        ("01/10/2027", "07/10/2027", "01/10/2028", "07/10/2028", "05/10/2027", "05/10/2028"),   // 366 days
        ("01/10/2028", "07/10/2028", "01/10/2029", "07/10/2029", "05/10/2028", "05/10/2029"),   // 365 days
        ("26/02/2028", "03/03/2028", "25/02/2029", "03/03/2029", "29/02/2028", "28/02/2029"),   // leap day
        ("26/02/2028", "03/03/2028", "25/02/2029", "03/03/2029", "01/03/2028", "01/03/2029"),
        ("30/09/2026", "06/10/2026", "28/09/2026", "04/10/2026", "06/10/2026", "04/10/2026"),   // earlier
    ])
    func cloningMovesEveryEventByWholeDays(oldFirst: String, oldLast: String, newFirst: String, newLast: String,
                                           eventDay: String, expectedDay: String) throws {
        let old = try Self.edition(oldFirst, oldLast)
        let new = try Self.edition(newFirst, newLast)
        let times = [(0, 60), (7 * 60 + 30, 11 * 60), (13 * 60 + 45, 17 * 60), (19 * 60, 1440), (23 * 60 + 59, 1440)]
        let events = try times.map { try Self.event(eventDay, $0.0, $0.1) }
        let moved = old.shifted(events, to: new)
        let expected = try times.map { try Self.event(expectedDay, $0.0, $0.1) }
        #expect(moved.map(\.startsAt) == expected.map(\.startsAt))
        #expect(moved.map(\.endsAt) == expected.map(\.endsAt))
        #expect(moved.map { LocalDate(unixSeconds: $0.startsAt).description } == times.map { _ in expectedDay })
        #expect(moved.map { Self.minutesOfDay($0.startsAt) } == times.map(\.0), "local time of day is kept")
        #expect(moved.map { new.dayNumber(of: $0.startsAt) } == events.map { old.dayNumber(of: $0.startsAt) })
    }

    @Test func cloningOntoTheSameDaysChangesNothing() throws {
        let edition = try Self.edition("01/10/2026", "07/10/2026")
        let events = [try Self.event("03/10/2026", 450, 600)]
        let moved = edition.shifted(events, to: edition)
        #expect(moved.map(\.startsAt) == events.map(\.startsAt))
        #expect(edition.shifted([], to: edition).isEmpty)
    }
}
