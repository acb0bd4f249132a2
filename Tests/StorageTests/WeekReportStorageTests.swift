import Domain
import Storage
import Testing
import TestSupport

/// The Week report read from a real database, against totals worked out by hand below.
@Suite struct WeekReportStorageTests {
    /// Six residents, a talk with three seats, an open book fair, a cancelled class, and
    /// attendance that must not count: a class outside the Week and last year's event.
    ///
    ///     resident  village  sex  group  born   talk (3 pts)       fair (1 pt)  class (cancelled)
    ///     r0        Bắc Sơn  nữ   1      1970   seat, present      present
    ///     r1        Bắc Sơn  nam  1      1985   seat, late
    ///     r2        Đông     nữ   4      2012   seat, absent
    ///     r3        Đông     nam  3      1960   waiting            present
    ///     r4        –        nữ   –      –                         present
    ///     r5        Bắc Sơn  nữ   2      1999   walk-in, present                seat
    static func fixture() throws -> AppDatabase {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        let bacSon = try database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor)
        let dong = try database.createVillage(name: "Đông", kind: .thon, by: actor)
        try database.createVillage(name: "Tây", kind: .thon, by: actor)
        let facts: [(Int64?, Sex, Int?, Int?)] = [
            (bacSon.id, .female, 1, 1970), (bacSon.id, .male, 1, 1985), (dong.id, .female, 4, 2012), (dong.id, .male, 3, 1960),
            (nil, .female, nil, nil), (bacSon.id, .female, 2, 1999),
        ]
        let r = try facts.enumerated().map { index, fact in
            try database.createPerson(NewPerson(phone: PhoneNumber("091200000\(index)")!, fullName: "Người \(index)", birthYear: fact.3,
                                                sex: fact.1, group: fact.2.flatMap(TargetGroup.init(number:)), villageID: fact.0,
                                                passwordHash: nil), now: 0).id
        }
        let week = try #require(WeekEdition.standard(year: 2026))
        try database.createEdition(StoredEdition(edition: week), by: actor)
        try database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2025))), by: actor)
        let day1 = week.startsOn.unixSeconds(atMinutes: 8 * 60)
        func event(_ title: String, year: Int = 2026, type: EventType, capacity: Int, points: Int, open: Bool = false,
                   at start: Int64) throws -> (classID: Int64, sessionID: Int64) {
            let created = try database.createClass(
                CourseClass(id: 0, courseSlug: nil, title: title, field: .culture, venue: Venue(kind: .centre), capacity: capacity,
                            pointsPerSession: points, event: EventDetails(editionYear: year, type: type, takesRegistration: !open)),
                sessions: [(start, start + 7200)], by: actor)
            return (created.id, try #require(try database.sessions(classID: created.id).first).id)
        }
        let talk = try event("Tọa đàm", type: .talk, capacity: 3, points: 3, at: day1)
        let fair = try event("Hội sách", type: .bookFair, capacity: 5000, points: 1, open: true, at: day1 + 86_400)
        let lesson = try event("Lớp miễn phí", type: .freeClass, capacity: 20, points: 2, at: day1 + 2 * 86_400)
        let lastYear = try event("Năm ngoái", year: 2025, type: .talk, capacity: 20, points: 5, at: day1 - 365 * 86_400)
        let ordinary = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Lớp thường", field: .culture,
                                                            venue: Venue(kind: .centre), capacity: 20, pointsPerSession: 4),
                                                sessions: [(day1, day1 + 3600)], by: actor)
        for person in [r[0], r[1], r[2], r[3]] { try database.enrol(classID: talk.classID, personID: person, by: actor) }
        try database.enrol(classID: lesson.classID, personID: r[5], by: actor)
        try database.cancelSession(id: lesson.sessionID, by: actor)
        for (person, status) in [(r[0], AttendanceStatus.present), (r[1], .late), (r[2], .absent)] {
            try database.recordAttendance(sessionID: talk.sessionID, personID: person, status: status, source: .rollCall, overwrite: true, by: actor)
        }
        try database.recordAttendance(sessionID: talk.sessionID, personID: r[5], status: .present, source: .checkIn, overwrite: false, by: actor)
        for person in [r[0], r[3], r[4]] {
            try database.recordAttendance(sessionID: fair.sessionID, personID: person, status: .present, source: .checkIn, overwrite: false, by: actor)
        }
        try database.recordAttendance(sessionID: lastYear.sessionID, personID: r[2], status: .present, source: .rollCall, overwrite: true, by: actor)
        let ordinarySession = try #require(try database.sessions(classID: ordinary.id).first)
        try database.recordAttendance(sessionID: ordinarySession.id, personID: r[2], status: .present, source: .rollCall, overwrite: true, by: actor)
        return database
    }

    static let afterTheWeek = WeekEdition.standard(year: 2026)!.endsOn.unixSeconds(atMinutes: 24 * 60)

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
}
