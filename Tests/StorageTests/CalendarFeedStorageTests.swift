import Domain
import Storage
import Testing
import TestSupport

@Suite struct CalendarFeedStorageTests {
    /// Stand-ins for SHA-256 digests: storage keeps whatever digest it is given.
    static let first = String(repeating: "a1", count: 32)
    static let second = String(repeating: "b2", count: 32)

    static func setUp() throws -> (AppDatabase, TemporaryDirectory, [Person]) {
        let (database, folder) = try AppDatabase.temporary()
        let people = try (1...2).map {
            try database.createPerson(NewPerson(phone: PhoneNumber("091200000\($0)")!, fullName: "Người \($0)", passwordHash: nil), now: 0)
        }
        return (database, folder, people)
    }

    @Test func aFeedIsFoundByItsDigestOnly() throws {
        let (database, _, people) = try Self.setUp()
        #expect(try !database.hasCalendarFeed(personID: people[0].id))
        try database.createCalendarFeed(personID: people[0].id, tokenDigest: Self.first, now: 1_000)
        #expect(try database.hasCalendarFeed(personID: people[0].id))
        #expect(try !database.hasCalendarFeed(personID: people[1].id))
        #expect(try database.personForCalendarFeed(tokenDigest: Self.first)?.id == people[0].id)
        #expect(try database.personForCalendarFeed(tokenDigest: Self.second) == nil)
    }

    @Test func aNewFeedReplacesTheOldOne() throws {
        let (database, _, people) = try Self.setUp()
        try database.createCalendarFeed(personID: people[0].id, tokenDigest: Self.first, now: 1_000)
        try database.createCalendarFeed(personID: people[0].id, tokenDigest: Self.second, now: 2_000)
        #expect(try database.personForCalendarFeed(tokenDigest: Self.first) == nil, "the old address stops working")
        #expect(try database.personForCalendarFeed(tokenDigest: Self.second)?.id == people[0].id)
        #expect(try database.hasCalendarFeed(personID: people[0].id))
    }

    @Test func revokingEndsTheFeedAndIsHarmlessTwice() throws {
        let (database, _, people) = try Self.setUp()
        try database.createCalendarFeed(personID: people[0].id, tokenDigest: Self.first, now: 1_000)
        try database.createCalendarFeed(personID: people[1].id, tokenDigest: Self.second, now: 1_000)
        try database.revokeCalendarFeed(personID: people[0].id)
        try database.revokeCalendarFeed(personID: people[0].id)
        #expect(try database.personForCalendarFeed(tokenDigest: Self.first) == nil)
        #expect(try !database.hasCalendarFeed(personID: people[0].id))
        #expect(try database.personForCalendarFeed(tokenDigest: Self.second)?.id == people[1].id, "another person's feed stays")
    }

    /// Seats count, waiting places do not; other classes and sessions outside the window are left out.
    @Test func theSeatedScheduleHasOnlyThePersonsSeatsInTheWindow() throws {
        let (database, _, people) = try Self.setUp()
        let actor = Actor.system(now: 1_000)
        func open(_ title: String, capacity: Int) throws -> CourseClass {
            try database.createClass(CourseClass(id: 0, courseSlug: nil, title: title, field: .health, venue: Venue(kind: .centre),
                                                 capacity: capacity), by: actor)
        }
        let seated = try open("Sơ cứu", capacity: 5), full = try open("Dinh dưỡng", capacity: 1), other = try open("Khác", capacity: 5)
        let inside = try database.addSessions(classID: seated.id, times: [(10_000, 13_600), (20_000, 23_600), (90_000, 93_600)], by: actor)
        try database.addSessions(classID: full.id, times: [(10_000, 13_600)], by: actor)
        try database.addSessions(classID: other.id, times: [(10_000, 13_600)], by: actor)
        try database.cancelSession(id: inside[1].id, by: actor)
        try database.enrol(classID: seated.id, personID: people[0].id, by: actor)
        try database.enrol(classID: full.id, personID: people[1].id, by: actor)
        try database.enrol(classID: full.id, personID: people[0].id, by: actor)

        let entries = try database.seatedSchedule(personID: people[0].id, from: 10_000, to: 90_000)
        #expect(entries.map(\.session.id) == [inside[0].id, inside[1].id])
        #expect(entries.map(\.courseClass.title) == ["Sơ cứu", "Sơ cứu"])
        #expect(entries[1].session.cancelled && entries[1].session.sequence == 1)
        #expect(try database.seatedSchedule(personID: people[1].id, from: 0, to: 100_000).map(\.courseClass.id) == [full.id])
    }
}
