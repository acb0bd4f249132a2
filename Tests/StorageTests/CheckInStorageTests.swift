import Credentials
import Domain
import Storage
import Testing
import TestSupport

@Suite struct CheckInStorageTests {
    /// A class with three sessions: 19:00–21:00 at `start`, one a day later, and a cancelled one at `start`.
    static func setUp() throws -> (AppDatabase, TemporaryDirectory, [ClassSession], Actor) {
        let (database, folder) = try AppDatabase.temporary()
        let actor = Actor.system(now: 1_000)
        let courseClass = try database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Chuyên đề", field: .health, venue: Venue(kind: .centre, name: ""),
                        capacity: 30, pointsPerSession: 1), by: actor)
        let start: Int64 = 1_790_000_000
        let sessions = try database.addSessions(classID: courseClass.id, times: [
            (start, start + 7_200), (start + 86_400, start + 86_400 + 7_200), (start, start + 3_600),
        ], by: actor)
        try database.cancelSession(id: sessions[2].id, by: actor)
        return (database, folder, sessions, actor)
    }

    @Test func secretIsMadeOnceAndKept() throws {
        let (database, _, sessions, _) = try Self.setUp()
        let first = try database.checkInSecret(sessionID: sessions[0].id)
        #expect(try database.checkInSecret(sessionID: sessions[0].id) == first)
        #expect(try database.checkInSecret(sessionID: sessions[1].id) != first)
        #expect(throws: ClassError.notFound) { try database.checkInSecret(sessionID: 9_999) }
    }

    /// The window's edges as `CheckInWindow.decide` draws them: open at start − 30 min, closed at end + 15 min.
    @Test(arguments: [(-1_801, false), (-1_800, true), (0, true), (7_200 + 899, true), (7_200 + 900, false)] as [(Int64, Bool)])
    func openSessionsAreThoseWhoseWindowContainsNow(offset: Int64, open: Bool) throws {
        let (database, _, sessions, _) = try Self.setUp()
        let found = try database.sessionsOpenForCheckIn(now: sessions[0].startsAt + offset, window: .standard)
        #expect(found.map(\.id) == (open ? [sessions[0].id] : []), "the cancelled session and tomorrow's never appear")
    }

    @Test func arrivalsListThoseWhoCameLatestFirst() throws {
        let (database, _, sessions, actor) = try Self.setUp()
        let names = ["Lò Văn Mười", "Hà Thị Lan", "Vi Văn Tú"]
        let people = try names.enumerated().map { index, name in
            try database.createPerson(NewPerson(phone: PhoneNumber("091200000\(index)")!, fullName: name, passwordHash: nil), now: 0)
        }
        let statuses: [AttendanceStatus] = [.present, .absent, .late]
        for (index, person) in people.enumerated() {
            let at = Actor(personID: actor.personID, address: "-", now: 2_000 + Int64(index))
            try database.recordAttendance(sessionID: sessions[0].id, personID: person.id, status: statuses[index], source: .checkIn,
                                          overwrite: false, by: at)
        }
        let arrivals = try database.arrivals(sessionID: sessions[0].id)
        #expect(arrivals.map(\.name) == ["Vi Văn Tú", "Lò Văn Mười"])
        #expect(arrivals.map(\.status) == [.late, .present] && arrivals.map(\.recordedAt) == [2_002, 2_000])
        #expect(try database.arrivals(sessionID: sessions[1].id).isEmpty)
    }
}
