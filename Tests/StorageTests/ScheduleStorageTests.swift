import Domain
import Storage
import Testing
import TestSupport

/// The public schedule reads one week at a time: only that week's sessions, and where the
/// nearest sessions before and after it are, under the same filters.
@Suite struct ScheduleStorageTests {
    /// 16–22 November 2026.
    static let week = CalendarWeek(containing: LocalDate(year: 2026, month: 11, day: 16)!)

    static func at(_ week: CalendarWeek, day: Int, minutes: Int) -> (startsAt: Int64, endsAt: Int64) {
        let start = week.monday.adding(days: day).unixSeconds(atMinutes: minutes)
        return (start, start + 7_200)
    }

    /// A digital-skills class in one village and a farming class in another: sessions the week
    /// before, at both edges of the week, and after it (one of them cancelled).
    static func setUp() throws -> (AppDatabase, TemporaryDirectory, digital: [ClassSession], farming: [ClassSession]) {
        let (database, folder) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        let north = try database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor)
        let south = try database.createVillage(name: "Nam Sơn", kind: .thon, by: actor)
        let digital = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "VNeID", field: .digitalSkills,
                                                           venue: Venue(kind: .villageHall), villageID: north.id, capacity: 30), by: actor)
        let farming = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Nuôi gà", field: .agriculture,
                                                           venue: Venue(kind: .villageHall), villageID: south.id, capacity: 30), by: actor)
        let digitalSessions = try database.addSessions(classID: digital.id, times: [
            at(week.previous, day: 3, minutes: 19 * 60),  // Thursday before
            at(week, day: 0, minutes: 0),                 // Monday 00:00, the week's first moment
            at(week, day: 6, minutes: 23 * 60 + 59),      // Sunday 23:59, its last minute
            at(week.next, day: 0, minutes: 0),            // next Monday 00:00: the next week
        ], by: actor)
        let farmingSessions = try database.addSessions(classID: farming.id, times: [
            at(week, day: 2, minutes: 8 * 60),
            at(week.next, day: 1, minutes: 8 * 60),
            at(week.next.next, day: 1, minutes: 8 * 60),
        ], by: actor)
        try database.cancelSession(id: farmingSessions[1].id, by: actor)
        return (database, folder, digitalSessions, farmingSessions)
    }

    @Test func aWeekHoldsItsOwnSessionsOnlyInTimeOrder() throws {
        let (database, _, digital, farming) = try Self.setUp()
        let shown = try database.schedule(week: Self.week)
        #expect(shown.week == Self.week)
        #expect(shown.entries.map(\.session.id) == [digital[1].id, farming[0].id, digital[2].id])
        #expect(shown.previousStart == digital[0].startsAt)
        #expect(shown.nextStart == digital[3].startsAt)
    }

    @Test func theNearestSessionsFollowTheFiltersAndSkipCancelledOnes() throws {
        let (database, _, _, farming) = try Self.setUp()
        let farmingOnly = try database.schedule(week: Self.week, field: .agriculture)
        #expect(farmingOnly.entries.map(\.session.id) == [farming[0].id])
        #expect(farmingOnly.previousStart == nil, "the class before is not a farming one")
        #expect(farmingOnly.nextStart == farming[2].startsAt, "the cancelled session next week is no reason to go there")
        #expect(farmingOnly.nextBusyWeek == Self.week.next.next)
        let cancelledWeek = try database.schedule(week: Self.week.next, field: .agriculture)
        #expect(cancelledWeek.entries.map(\.session.cancelled) == [true], "a cancelled session still shows in its week")
        let village = try #require(try database.villages().first { $0.name == "Bắc Sơn" })
        let north = try database.schedule(week: Self.week.next.next, villageID: village.id)
        #expect(north.entries.isEmpty && north.nextStart == nil && north.previousStart != nil)
        #expect(try database.schedule(week: Self.week, villageID: village.id, field: .agriculture).entries.isEmpty)
    }
}
