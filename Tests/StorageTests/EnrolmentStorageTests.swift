import Domain
import Storage
import Testing
import TestSupport

@Suite struct EnrolmentStorageTests {
    static func setUp(capacity: Int, residents: Int) throws -> (AppDatabase, TemporaryDirectory, CourseClass, [Person], Actor) {
        let (database, folder) = try AppDatabase.temporary()
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0987000001")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: nil), now: 0)
        let actor = Actor(personID: staff.id, address: "10.0.0.7", now: 1_000)
        let courseClass = try database.createClass(
            CourseClass(id: 0, courseSlug: "phong-chong-lua-dao", title: "Phòng chống lừa đảo", field: .digitalSkills,
                        venue: Venue(kind: .villageHall, name: "Nhà văn hóa thôn Bắc Sơn"), capacity: capacity, pointsPerSession: 2),
            by: actor)
        let people = try (0..<residents).map { index in
            try database.createPerson(NewPerson(phone: PhoneNumber("09120000\(String(format: "%02d", index))")!,
                                                fullName: "Người \(index)", passwordHash: nil), now: 0)
        }
        return (database, folder, courseClass, people, actor)
    }

    static func own(_ person: Person, at now: Int64 = 2_000) -> Actor { Actor(personID: person.id, address: "-", now: now) }

    @Test func seatsFirstThenTheWaitingListInOrderOfArrival() throws {
        let (database, _, courseClass, people, _) = try Self.setUp(capacity: 2, residents: 4)
        let statuses = try people.map { try database.enrol(classID: courseClass.id, personID: $0.id, by: Self.own($0)).status }
        #expect(statuses == [.enrolled, .enrolled, .waiting, .waiting])
        #expect(try database.enrolmentCounts(classID: courseClass.id) == (2, 2))
        let again = try database.enrol(classID: courseClass.id, personID: people[0].id, by: Self.own(people[0]))
        #expect(again.status == .enrolled && again.position == 1, "enrolling twice keeps the first place")
        #expect(try database.enrolments(classID: courseClass.id).map(\.person.id) == people.map(\.id))
    }

    @Test func leavingPromotesTheFirstPersonWaiting() throws {
        let (database, _, courseClass, people, _) = try Self.setUp(capacity: 2, residents: 4)
        for person in people { try database.enrol(classID: courseClass.id, personID: person.id, by: Self.own(person)) }
        try database.leaveClass(classID: courseClass.id, personID: people[1].id, by: Self.own(people[1], at: 3_000))
        let promoted = try #require(try database.enrolment(classID: courseClass.id, personID: people[2].id))
        #expect(promoted.status == .enrolled && promoted.promotedAt == 3_000)
        #expect(try database.enrolment(classID: courseClass.id, personID: people[3].id)?.status == .waiting)
        #expect(try database.enrolmentCounts(classID: courseClass.id) == (2, 1))
    }

    @Test func leavingTheWaitingListPromotesNobody() throws {
        let (database, _, courseClass, people, _) = try Self.setUp(capacity: 1, residents: 3)
        for person in people { try database.enrol(classID: courseClass.id, personID: person.id, by: Self.own(person)) }
        try database.leaveClass(classID: courseClass.id, personID: people[1].id, by: Self.own(people[1]))
        #expect(try database.enrolments(classID: courseClass.id).map(\.enrolment.status) == [.enrolled, .waiting])
    }

    @Test func staffRemovalPromotesAndIsAudited() throws {
        let (database, _, courseClass, people, staff) = try Self.setUp(capacity: 1, residents: 2)
        for person in people { try database.enrol(classID: courseClass.id, personID: person.id, by: Self.own(person)) }
        try database.leaveClass(classID: courseClass.id, personID: people[0].id, by: staff)
        #expect(try database.enrolment(classID: courseClass.id, personID: people[1].id)?.status == .enrolled)
        let log = try database.auditEntries(entity: "class", id: courseClass.id)
        #expect(log.prefix(2).map(\.action) == ["promote", "leave"])
        #expect(log[1].actorName == "Cán Bộ")
    }

    @Test func raisingTheCapacityPromotesAsManyAsFit() throws {
        let (database, _, courseClass, people, staff) = try Self.setUp(capacity: 1, residents: 5)
        for person in people { try database.enrol(classID: courseClass.id, personID: person.id, by: Self.own(person)) }
        var bigger = courseClass
        bigger.capacity = 3
        try database.updateClass(bigger, by: staff)
        #expect(try database.enrolments(classID: courseClass.id).map(\.enrolment.status) == [.enrolled, .enrolled, .enrolled, .waiting, .waiting])
        #expect(try database.enrolment(classID: courseClass.id, personID: people[3].id)?.position == 4)
        var smaller = bigger
        smaller.capacity = 1
        try database.updateClass(smaller, by: staff)
        #expect(try database.enrolmentCounts(classID: courseClass.id) == (3, 2), "lowering the capacity never removes anyone")
    }

    @Test func staffEnrolOnBehalfAndAHouseholdTogether() throws {
        let (database, _, courseClass, people, staff) = try Self.setUp(capacity: 2, residents: 3)
        let household = try database.createHousehold(headName: "Người 0", villageID: nil, address: "", by: staff)
        for person in people { try database.addHouseholdMember(personID: person.id, to: household.id, by: staff) }
        let placed = try database.enrolHousehold(classID: courseClass.id, householdID: household.id, by: staff)
        #expect(placed.map(\.1.status) == [.enrolled, .enrolled, .waiting])
        #expect(placed.allSatisfy { $0.1.registeredBy == staff.personID }, "recorded as assisted")
        let own = try database.enrol(classID: courseClass.id, personID: people[0].id, by: Self.own(people[0]))
        #expect(own.registeredBy == staff.personID, "already enrolled by staff")
    }

    @Test func sessionsMoveAndCancelWithTheirSequence() throws {
        let (database, _, courseClass, _, staff) = try Self.setUp(capacity: 2, residents: 0)
        let sessions = try database.addSessions(classID: courseClass.id, times: [(10_000, 17_200), (20_000, 27_200)], by: staff)
        let moved = try database.moveSession(id: sessions[0].id, startsAt: 11_000, endsAt: 18_200, by: staff)
        #expect(moved.sequence == 1 && moved.startsAt == 11_000)
        let cancelled = try database.cancelSession(id: sessions[1].id, by: staff)
        #expect(cancelled.cancelled && cancelled.sequence == 1)
        #expect(try database.sessions(classID: courseClass.id) == [moved, cancelled])
        let week = try database.schedule(from: 0, to: 100_000)
        #expect(week.map(\.session.id) == sessions.map(\.id))
        #expect(week.allSatisfy { $0.courseClass == courseClass })
        #expect(try database.schedule(from: 0, to: 100_000, field: .agriculture).isEmpty)
        #expect(try database.auditEntries(entity: "session", id: sessions[0].id).first?.action == "move")
    }
}
