import Domain
import Storage
import Testing
import TestSupport

@Suite struct SetupCodeTests {
    static let phone = PhoneNumber("0935111222")!

    func setUp() throws -> (AppDatabase, TemporaryDirectory, Actor) {
        let (database, folder) = try AppDatabase.temporary()
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: "x"), now: 0)
        return (database, folder, Actor(personID: staff.id, address: "10.0.0.7", now: 100))
    }

    @Test func assistedRegistrationIsRecordedAndTheCodeWorksOnce() throws {
        let (database, _, actor) = try setUp()
        let person = try database.registerAssisted(NewPerson(phone: Self.phone, fullName: "Bà Năm", passwordHash: "ignored"),
                                                   codeDigest: "d1", expiresAt: 1000, by: actor)
        #expect(person.registeredBy == actor.personID)
        #expect(try database.personForLogin(phone: Self.phone)?.passwordHash == nil)
        let entry = try #require(try database.auditEntries(entity: "person", id: person.id).first)
        #expect(entry.after?["so_dien_thoai"] == "093****222")
        #expect(try database.redeemSetupCode(phone: Self.phone, codeDigest: "sai", passwordHash: "h", now: 200) == nil)
        #expect(try database.redeemSetupCode(phone: Self.phone, codeDigest: "d1", passwordHash: "h", now: 200)?.id == person.id)
        #expect(try database.personForLogin(phone: Self.phone)?.passwordHash == "h")
        #expect(try database.redeemSetupCode(phone: Self.phone, codeDigest: "d1", passwordHash: "h2", now: 201) == nil, "used once")
    }

    @Test func codesExpireAndResetsEndSessions() throws {
        let (database, _, actor) = try setUp()
        let person = try database.createPerson(NewPerson(phone: Self.phone, fullName: "Ông Sáu", passwordHash: "cu"), now: 0)
        try database.createSession(tokenDigest: "s", personID: person.id, now: 0)
        try database.issueSetupCode(personID: person.id, codeDigest: "d2", expiresAt: 500, by: actor)
        #expect(try database.redeemSetupCode(phone: Self.phone, codeDigest: "d2", passwordHash: "moi", now: 500) == nil, "expired")
        try database.issueSetupCode(personID: person.id, codeDigest: "d3", expiresAt: 900, by: actor)
        #expect(try database.redeemSetupCode(phone: Self.phone, codeDigest: "d3", passwordHash: "moi", now: 600) != nil)
        #expect(try database.countSessions(personID: person.id) == 0)
        #expect(try database.auditEntries(entity: "person", id: person.id).map(\.action) == ["password-reset", "password-reset", "create"])
    }

    @Test func aTakenPhoneIsRefusedAndNothingIsWritten() throws {
        let (database, _, actor) = try setUp()
        let before = try database.auditEntries()
        #expect(throws: PeopleError.phoneTaken) {
            try database.registerAssisted(NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Trùng", passwordHash: nil),
                                          codeDigest: "d", expiresAt: 1, by: actor)
        }
        #expect(try database.auditEntries() == before)
    }
}
