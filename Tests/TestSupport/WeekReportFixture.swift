import Domain
import Storage

/// A small Week whose report was worked out by hand: the storage and web tests of the report
/// check their figures against the table below.
public enum WeekReportFixture {
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
    public static func populate(_ database: AppDatabase) throws {
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
        let week = WeekEdition.standard(year: 2026)!
        try database.createEdition(StoredEdition(edition: week), by: actor)
        try database.createEdition(StoredEdition(edition: WeekEdition.standard(year: 2025)!), by: actor)
        let day1 = week.startsOn.unixSeconds(atMinutes: 8 * 60)
        func event(_ title: String, year: Int = 2026, type: EventType, capacity: Int, points: Int, open: Bool = false,
                   at start: Int64) throws -> (classID: Int64, sessionID: Int64) {
            let created = try database.createClass(
                CourseClass(id: 0, courseSlug: nil, title: title, field: .culture, venue: Venue(kind: .centre), capacity: capacity,
                            pointsPerSession: points, event: EventDetails(editionYear: year, type: type, takesRegistration: !open)),
                sessions: [(start, start + 7200)], by: actor)
            return (created.id, try database.sessions(classID: created.id)[0].id)
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
        let ordinarySession = try database.sessions(classID: ordinary.id)[0]
        try database.recordAttendance(sessionID: ordinarySession.id, personID: r[2], status: .present, source: .rollCall, overwrite: true, by: actor)
    }


    /// The day after the 2026 Week, when every event has been held.
    public static let afterTheWeek = WeekEdition.standard(year: 2026)!.endsOn.unixSeconds(atMinutes: 24 * 60)
}
