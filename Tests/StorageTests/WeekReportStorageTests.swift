import Domain
import Storage
import Testing
import TestSupport

/// The Week report read from a real database, against totals worked out by hand from the
/// table in `WeekReportFixture`.
@Suite struct WeekReportStorageTests {
    static let afterTheWeek = WeekReportFixture.afterTheWeek

    static func fixture() throws -> AppDatabase {
        let (database, _) = try AppDatabase.temporary()
        try WeekReportFixture.populate(database)
        return database
    }

    @Test func theTotalsAreThoseWorkedOutByHand() throws {
        let report = try #require(try Self.fixture().weekReport(year: 2026, now: Self.afterTheWeek))
        #expect(report.events.map(\.title) == ["Tọa đàm", "Hội sách", "Lớp miễn phí"])
        #expect(report.planned.count == 2 && report.held.count == 2 && report.cancelledCount == 1)
        #expect(report.seats == 4 && report.waiting == 1, "three seats at the talk, one in the cancelled class; r3 waits")
        #expect(report.attendances == 6 && report.participantCount == 5 && report.walkIns == 4)
        #expect(report.pointsAwarded == 3 + 1 + 3 + 1 + 1 + 1, "talk: r0 3, r1 late 1, r5 3; fair: 1 each")
        let talk = report.events[0]
        #expect([talk.count(.present), talk.count(.late), talk.count(.excused), talk.count(.absent)] == [2, 1, 0, 1])
        #expect(talk.seated.count == 3 && talk.waiting.count == 1 && talk.walkIns == 1)
    }

    @Test func theBreakdownsAreThoseWorkedOutByHand() throws {
        let report = try #require(try Self.fixture().weekReport(year: 2026, now: Self.afterTheWeek))
        #expect(report.byVillage.map(\.key) == ["Bắc Sơn", "Đông", "Tây", nil])
        #expect(report.byVillage.map(\.people) == [3, 1, 0, 1] && report.byVillage.map(\.attendances) == [4, 1, 0, 1])
        #expect(report.bySex.map(\.people) == [2, 3, 0] && report.bySex.map(\.attendances) == [2, 4, 0])
        #expect(report.byGroup.map(\.people) == [2, 1, 1, 0, 1] && report.byGroup.map(\.attendances) == [3, 1, 1, 0, 1])
        #expect(report.byAgeBand.map(\.people) == [0, 1, 1, 1, 1, 1] && report.byAgeBand.map(\.attendances) == [0, 1, 1, 2, 1, 1])
    }

    @Test func beforeTheWeekNothingIsHeldAndAnUnknownYearHasNoReport() throws {
        let database = try Self.fixture()
        let before = try #require(try database.weekReport(year: 2026, now: 0))
        #expect(before.held.isEmpty && before.planned.count == 2)
        #expect(try database.weekReport(year: 2027, now: 0) == nil)
        #expect(try database.weekReport(year: 2025, now: Self.afterTheWeek)?.attendances == 1)
    }

    /// A demo install started after the Week shows a report with people in it; one started
    /// before shows the programme only, and never attendance at an event still to come.
    @Test func theDemoWeekHasParticipantsOnceItHasPassed() throws {
        let (before, _) = try AppDatabase.temporary()
        try before.loadDemoData(now: 0)
        #expect(try before.weekReport(year: 2026, now: 0)?.attendances == 0)
        #expect(try before.countPeople().isEmpty || before.countPeople().values.allSatisfy { $0 == 0 })

        let (after, _) = try AppDatabase.temporary()
        try after.loadDemoData(now: Self.afterTheWeek)
        let report = try #require(try after.weekReport(year: 2026, now: Self.afterTheWeek))
        #expect(report.held.count == 15 && report.participantCount == 48)
        #expect(report.attendances > 100 && report.walkIns > 0 && report.pointsAwarded > 0)
        #expect(report.events.allSatisfy { $0.participants.count >= 10 }, "every event had people")
        #expect(report.byVillage.allSatisfy { $0.key != nil }, "every demo resident has a village")
        #expect(report.events.allSatisfy { $0.waiting.isEmpty }, "no demo event overflows")

        let (during, _) = try AppDatabase.temporary()
        let thirdDay = WeekEdition.standard(year: 2026)!.startsOn.adding(days: 2).unixSeconds(atMinutes: 12 * 60)
        try during.loadDemoData(now: thirdDay)
        let partial = try #require(try during.weekReport(year: 2026, now: thirdDay))
        #expect(partial.events.filter { $0.startsAt >= thirdDay }.allSatisfy { $0.marks.isEmpty })
        #expect(partial.held.allSatisfy { !$0.marks.isEmpty })
    }
}
