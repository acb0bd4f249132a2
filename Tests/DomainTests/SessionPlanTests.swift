import Domain
import Testing

@Suite struct SessionPlanTests {
    /// Weekdays, first and last day typed, then the count and the first and last session's day.
    @Test(arguments: [
        // The issue's own example: every Tuesday and Thursday from 03/03/2026 to 30/04/2026.
        ([2, 4], "03/03/2026", "30/04/2026", 18, "03/03/2026", "30/04/2026"),
        // Across the end of February (28/02/2026 is a Saturday).
        ([0, 1], "28/02/2026", "02/03/2026", 2, "01/03/2026", "02/03/2026"),
        // Across the new year, Monday to Friday.
        ([1, 2, 3, 4, 5], "29/12/2025", "02/01/2026", 5, "29/12/2025", "02/01/2026"),
        // Leap day 2028 is a Tuesday.
        ([2], "27/02/2028", "01/03/2028", 1, "29/02/2028", "29/02/2028"),
        // A range of one day.
        ([2], "03/03/2026", "03/03/2026", 1, "03/03/2026", "03/03/2026"),
        // Every day of one week.
        ([0, 1, 2, 3, 4, 5, 6], "02/03/2026", "08/03/2026", 7, "02/03/2026", "08/03/2026"),
        // Tuesday and Thursday for the whole of 2026, which begins and ends on a Thursday.
        ([2, 4], "01/01/2026", "31/12/2026", 105, "01/01/2026", "31/12/2026"),
        // Three a week for a year stays under the limit.
        ([1, 3, 5], "01/01/2026", "31/12/2026", 156, "02/01/2026", "30/12/2026"),
    ] as [(Set<Int>, String, String, Int, String, String)])
    func createsEverySessionInDateOrder(weekdays: Set<Int>, from: String, through: String, count: Int,
                                        first: String, last: String) throws {
        let plan = SessionPlan(weekdays: weekdays, startMinutes: 19 * 60, endMinutes: 21 * 60,
                               from: try #require(LocalDate(parsing: from)), through: try #require(LocalDate(parsing: through)))
        let sessions = try plan.occurrences()
        #expect(sessions.count == count)
        #expect(sessions.first?.startsAt == (try #require(LocalDate(parsing: first))).unixSeconds(atMinutes: 19 * 60))
        #expect(sessions.last?.startsAt == (try #require(LocalDate(parsing: last))).unixSeconds(atMinutes: 19 * 60))
        #expect(sessions.allSatisfy { $0.endsAt - $0.startsAt == 2 * 3600 })
        #expect(sessions.allSatisfy { weekdays.contains(DateText.weekday(unixSeconds: $0.startsAt)) })
        #expect(sessions.allSatisfy { DateText.dayAndTime(unixSeconds: $0.startsAt).hasSuffix(" 19:00") })
        #expect(zip(sessions, sessions.dropFirst()).allSatisfy { $0.startsAt < $1.startsAt })
    }

    @Test func theIssueExampleStartsAndEndsAtTheRightMoments() throws {
        let plan = SessionPlan(weekdays: [2, 4], startMinutes: 19 * 60, endMinutes: 21 * 60,
                               from: try #require(LocalDate(parsing: "03/03/2026")),
                               through: try #require(LocalDate(parsing: "30/04/2026")))
        let sessions = try plan.occurrences()
        #expect(sessions.first?.startsAt == 1_772_539_200)
        #expect(sessions.first?.endsAt == 1_772_546_400)
        #expect(sessions.last?.startsAt == 1_777_550_400)
        #expect(sessions.last?.endsAt == 1_777_557_600)
        #expect(sessions.map { DateText.day(unixSeconds: $0.startsAt) }.prefix(4)
            == ["03/03/2026", "05/03/2026", "10/03/2026", "12/03/2026"])
    }

    /// Weekdays, start and end minutes, first and last day, the limit, and the refusal.
    @Test(arguments: [
        ([2], 1140, 1140, "03/03/2026", "30/04/2026", 200, SessionPlanError.endNotAfterStart),
        ([2], 1260, 1140, "03/03/2026", "30/04/2026", 200, .endNotAfterStart),
        ([2], -1, 1140, "03/03/2026", "30/04/2026", 200, .timeOutsideDay),
        ([2], 1140, 1441, "03/03/2026", "30/04/2026", 200, .timeOutsideDay),
        ([2], 1140, 1260, "30/04/2026", "03/03/2026", 200, .fromAfterThrough),
        ([], 1140, 1260, "03/03/2026", "30/04/2026", 200, .noWeekday),
        ([0], 1140, 1260, "03/03/2026", "07/03/2026", 200, .noOccurrence),
        ([7], 1140, 1260, "03/03/2026", "30/04/2026", 200, .noOccurrence),
        ([0, 1, 2, 3, 4, 5, 6], 1140, 1260, "01/01/2026", "31/12/2026", 200, .tooMany(limit: 200)),
        ([0, 1, 2, 3, 4, 5, 6], 1140, 1260, "01/01/2026", "20/07/2026", 200, .tooMany(limit: 200)),
        ([2, 4], 1140, 1260, "03/03/2026", "30/04/2062", 200, .tooMany(limit: 200)),
        ([2, 4], 1140, 1260, "03/03/2026", "30/04/2026", 17, .tooMany(limit: 17)),
    ] as [(Set<Int>, Int, Int, String, String, Int, SessionPlanError)])
    func refusesPlansThatMakeNoSenseOrTooMuch(weekdays: Set<Int>, start: Int, end: Int, from: String, through: String,
                                              limit: Int, error: SessionPlanError) throws {
        let plan = SessionPlan(weekdays: weekdays, startMinutes: start, endMinutes: end,
                               from: try #require(LocalDate(parsing: from)), through: try #require(LocalDate(parsing: through)))
        #expect(throws: error) { try plan.occurrences(limit: limit) }
    }

    @Test func theLimitItselfIsAllowed() throws {
        let from = try #require(LocalDate(parsing: "01/01/2026"))
        let plan = SessionPlan(weekdays: Set(0...6), startMinutes: 7 * 60, endMinutes: 8 * 60,
                               from: from, through: from.adding(days: 199))
        #expect(try plan.occurrences().count == 200)
        #expect(throws: SessionPlanError.tooMany(limit: 199)) { try plan.occurrences(limit: 199) }
    }

    @Test func makesOneSession() throws {
        let day = try #require(LocalDate(parsing: "12/10/2026"))
        let session = try SessionPlan.single(on: day, startMinutes: 14 * 60, endMinutes: 16 * 60)
        #expect(DateText.dayAndTime(unixSeconds: session.startsAt) == "12/10/2026 14:00")
        #expect(DateText.dayAndTime(unixSeconds: session.endsAt) == "12/10/2026 16:00")
        #expect(throws: SessionPlanError.endNotAfterStart) {
            try SessionPlan.single(on: day, startMinutes: 16 * 60, endMinutes: 14 * 60)
        }
        let lastOfYear = try SessionPlan.single(on: try #require(LocalDate(parsing: "31/12/2026")),
                                                startMinutes: 22 * 60, endMinutes: 24 * 60)
        #expect(DateText.dayAndTime(unixSeconds: lastOfYear.endsAt) == "01/01/2027 00:00")
    }

    @Test func everyRefusalSaysWhyInBothLanguages() {
        let errors: [SessionPlanError] = [.timeOutsideDay, .endNotAfterStart, .fromAfterThrough, .noWeekday,
                                          .noOccurrence, .tooMany(limit: 200)]
        #expect(Set(errors.map(\.message)).count == errors.count)
        #expect(Set(errors.map(\.englishMessage)).count == errors.count)
        #expect(SessionPlanError.tooMany(limit: 200).message.contains("200 buổi"))
        #expect(SessionPlanError.endNotAfterStart.message == "Giờ kết thúc phải sau giờ bắt đầu.")
    }
}
