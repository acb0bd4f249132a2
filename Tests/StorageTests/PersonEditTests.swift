import Domain
import Storage
import Testing
import TestSupport

@Suite struct PersonEditTests {
    static let phone = PhoneNumber("0912345678")!

    static func resident(_ database: AppDatabase) throws -> Person {
        try database.createPerson(NewPerson(phone: phone, fullName: "Lò Thị Mai", birthYear: 1990, passwordHash: "h",
                                            ethnicity: "Thái", citizenID: CitizenID("001190000123")), now: 100, address: "10.0.0.5")
    }

    @Test func registeringOpensTheRecordsHistoryWithMaskedFields() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        let entries = try database.auditEntries(entity: "person", id: person.id)
        #expect(entries.count == 1)
        let created = try #require(entries.first)
        #expect(created.action == "create" && created.actorID == person.id && created.address == "10.0.0.5")
        #expect(created.after?["so_dien_thoai"] == "091****678")
        #expect(created.after?["cccd"] == "*********123")
        #expect(created.after?["dan_toc"] == "***")
        let text = "\(entries)"
        #expect(!text.contains("0912345678") && !text.contains("001190000123") && !text.contains("Thái"))
    }

    @Test func anEditRecordsOnlyWhatChangedMasked() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0987000111")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: nil), now: 0)
        var edited = person
        edited.fullName = "Lò Thị Mai Anh"
        edited.citizenID = CitizenID("001190000456")
        edited.ethnicity = "Tày"
        let saved = try database.updatePerson(edited, by: Actor(personID: staff.id, address: "10.0.0.9", now: 200))
        #expect(saved == edited)
        #expect(try database.person(id: person.id) == edited)
        let update = try #require(try database.auditEntries(entity: "person", id: person.id).first)
        #expect(update.action == "update" && update.actorName == "Cán Bộ")
        #expect(update.before == ["ho_ten": "Lò Thị Mai", "cccd": "*********123", "dan_toc": "***"])
        #expect(update.after == ["ho_ten": "Lò Thị Mai Anh", "cccd": "*********456", "dan_toc": "***"],
                "a changed ethnicity shows as changed without saying what it is")
        // The search and the sort follow the new name.
        let (found, _) = try database.residents(PeopleFilter(terms: ["anh"]), limit: 10, offset: 0)
        #expect(found.map(\.id) == [person.id])
    }

    @Test func savingWithoutChangesLogsNothing() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        try database.updatePerson(person, by: Actor(personID: person.id, address: "-", now: 300))
        #expect(try database.auditEntries(entity: "person", id: person.id).count == 1)
    }

    @Test func aPhoneTakenByAnotherAccountChangesNothing() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        let other = try database.createPerson(NewPerson(phone: PhoneNumber("0987000111")!, fullName: "B", passwordHash: nil), now: 0)
        var edited = person
        edited.phone = other.phone
        edited.fullName = "Đổi tên"
        #expect(throws: PeopleError.phoneTaken) {
            try database.updatePerson(edited, by: Actor(personID: person.id, address: "-", now: 300))
        }
        #expect(try database.person(id: person.id) == person)
        #expect(try database.auditEntries(entity: "person", id: person.id).count == 1)
    }

    @Test func changingThePasswordEndsEveryOtherSession() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        for token in ["here", "lost-phone", "old-tablet"] { try database.createSession(tokenDigest: token, personID: person.id, now: 0) }
        try database.changePassword(personID: person.id, passwordHash: "new", keepingSession: "here",
                                    by: Actor(personID: person.id, address: "-", now: 10))
        #expect(try database.passwordHash(personID: person.id) == "new")
        #expect(try database.sessionPerson(tokenDigest: "here", now: 11)?.id == person.id)
        #expect(try database.sessionPerson(tokenDigest: "lost-phone", now: 11) == nil)
        let entry = try #require(try database.auditEntries(entity: "person", id: person.id).first)
        #expect(entry.action == "password-change" && entry.before == nil && entry.after == nil)
    }
}
