import Domain
import Storage
import Testing
import TestSupport

@Suite struct PeopleStorageTests {
    static let phone = PhoneNumber("0912345678")!

    @Test func createsAndFindsAPersonByPhone() throws {
        let (database, _) = try AppDatabase.temporary()
        let created = try database.createPerson(NewPerson(phone: Self.phone, fullName: "Nguyễn Thị Hoa", birthYear: 1980,
                                                          sex: .female, group: TargetGroup(number: 1), passwordHash: "h"), now: 1000)
        let (found, hash) = try #require(try database.personForLogin(phone: Self.phone))
        #expect(found == created)
        #expect(hash == "h")
        #expect(found.consentAt == 1000)
        #expect(try database.person(id: created.id) == created)
        #expect(try database.countPeople() == [.resident: 1])
    }

    @Test func aPhoneNumberHasOneAccount() throws {
        let (database, _) = try AppDatabase.temporary()
        _ = try database.createPerson(NewPerson(phone: Self.phone, fullName: "A", passwordHash: nil), now: 1)
        #expect(throws: PeopleError.phoneTaken) {
            try database.createPerson(NewPerson(phone: Self.phone, fullName: "B", passwordHash: nil), now: 2)
        }
    }

    @Test func sessionsExpireWhenIdleOrOld() throws {
        let (database, _) = try AppDatabase.temporary()
        let resident = try database.createPerson(NewPerson(phone: Self.phone, fullName: "A", passwordHash: nil), now: 0)
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0987654321")!, fullName: "B", role: .staff, passwordHash: nil), now: 0)
        try database.createSession(tokenDigest: "r", personID: resident.id, now: 0)
        try database.createSession(tokenDigest: "s", personID: staff.id, now: 0)
        let day: Int64 = 24 * 3600
        #expect(try database.sessionPerson(tokenDigest: "r", now: 13 * day)?.id == resident.id)
        #expect(try database.sessionPerson(tokenDigest: "s", now: 13 * 3600) == nil, "staff sessions end after 12 idle hours")
        // Kept alive by use every 13 days, a resident's session still ends at 60 days.
        for moment in stride(from: 26 * day, through: 52 * day, by: Int64.Stride(13 * day)) {
            #expect(try database.sessionPerson(tokenDigest: "r", now: moment) != nil)
        }
        #expect(try database.sessionPerson(tokenDigest: "r", now: 61 * day) == nil)
        #expect(try database.countSessions(personID: resident.id) == 0)
    }

    @Test func signingOutEverywhereEndsEverySession() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try database.createPerson(NewPerson(phone: Self.phone, fullName: "A", passwordHash: nil), now: 0)
        for token in ["a", "b", "c"] { try database.createSession(tokenDigest: token, personID: person.id, now: 0) }
        #expect(try database.deleteSessions(personID: person.id) == 3)
        #expect(try database.sessionPerson(tokenDigest: "a", now: 1) == nil)
    }
}
