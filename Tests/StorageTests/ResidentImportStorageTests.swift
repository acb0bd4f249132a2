import Domain
import Storage
import Testing
import TestSupport

@Suite struct ResidentImportStorageTests {
    static let file: [UInt8] = Array("\u{FEFF}Họ tên;SĐT\r\n".utf8) + [0x00, 0xFF, 0x0D]

    func setUp() throws -> (AppDatabase, TemporaryDirectory, Actor) {
        let (database, folder) = try AppDatabase.temporary()
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: "x"), now: 0)
        return (database, folder, Actor(personID: staff.id, address: "10.0.0.7", now: 10_000))
    }

    /// `count` residents with phones 0930000001, 0930000002, …
    static func residents(_ count: Int, villageID: Int64? = nil) -> [PersonDetails] {
        (1...count).map { number in
            PersonDetails(phone: PhoneNumber("093\(String(10_000_000 + number).dropFirst())")!, fullName: "Người Dân \(number)",
                             birthYear: 1970 + number % 40, sex: .female, group: TargetGroup(number: 1 + number % 4),
                             villageID: villageID, householdHead: "Chủ Hộ \(number)", ethnicity: "Kinh",
                             citizenID: CitizenID("001203456\(String(1000 + number % 1000).dropFirst())"))
        }
    }

    func counts(_ database: AppDatabase) throws -> (people: Int, audit: Int) {
        (try database.countPeople().values.reduce(0, +), try database.auditEntries(limit: 100_000).count)
    }

    @Test func aCommitWritesEveryRowAndItsAuditRow() throws {
        let (database, _, actor) = try setUp()
        let village = try database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor)
        let pendingID = try database.stageImport(fileName: "danh sách.csv", content: Self.file, by: actor)
        let imported = Self.residents(3, villageID: village.id)
        let people = try database.importResidents(imported, pendingID: pendingID, by: actor)
        #expect(people.count == 3)
        for (person, resident) in zip(people, imported) {
            #expect(try database.person(id: person.id) == person)
            #expect(person.phone == resident.phone && person.fullName == resident.fullName && person.villageID == village.id)
            #expect(person.citizenID == resident.citizenID && person.householdHead == resident.householdHead)
            #expect(person.role == .resident && person.registeredBy == actor.personID && person.consentAt == actor.now)
            #expect(try database.personForLogin(phone: person.phone)?.passwordHash == nil)
            let entries = try database.auditEntries(entity: "person", id: person.id)
            #expect(entries.map(\.action) == ["import"])
            #expect(entries.first?.after?["so_dien_thoai"] == "093****" + person.phone.digits.suffix(3))
            #expect(entries.first?.actorName == "Cán Bộ")
        }
        #expect(try database.pendingImport(id: pendingID, personID: try #require(actor.personID)) == nil)
        #expect(try database.existingPhones().isSuperset(of: imported.map(\.phone.digits)))
        #expect(throws: ImportError.pendingImportGone, "a second click saves nothing") {
            try database.importResidents(imported, pendingID: pendingID, by: actor)
        }
    }

    @Test func aPhoneTakenSinceThePreviewWritesNothing() throws {
        let (database, _, actor) = try setUp()
        let pendingID = try database.stageImport(fileName: "a.csv", content: Self.file, by: actor)
        let imported = Self.residents(5)
        _ = try database.createPerson(NewPerson(phone: imported[3].phone, fullName: "Tự Đăng Ký", passwordHash: "h"), now: 9_000)
        let before = try counts(database)
        #expect(throws: ImportError.phonesTaken([imported[3].phone.digits])) {
            try database.importResidents(imported, pendingID: pendingID, by: actor)
        }
        #expect(try counts(database) == before)
        #expect(try database.pendingImport(id: pendingID, personID: try #require(actor.personID)) != nil, "staff can preview again")
    }

    @Test func aPhoneTwiceInTheConfirmedListWritesNothing() throws {
        let (database, _, actor) = try setUp()
        let pendingID = try database.stageImport(fileName: "a.csv", content: Self.file, by: actor)
        let imported = Self.residents(2)
        let before = try counts(database)
        #expect(throws: ImportError.phonesTaken([imported[0].phone.digits])) {
            try database.importResidents(imported + [imported[0]], pendingID: pendingID, by: actor)
        }
        #expect(try counts(database) == before)
    }

    @Test func tenThousandRowsCommitAllOrNothing() throws {
        let (database, _, actor) = try setUp()
        let imported = Self.residents(10_000)
        // The last phone is taken: the check runs before the first insert, in the same transaction.
        _ = try database.createPerson(NewPerson(phone: imported[9_999].phone, fullName: "Đã Có", passwordHash: nil), now: 1)
        var pendingID = try database.stageImport(fileName: "lon.csv", content: Self.file, by: actor)
        #expect(throws: ImportError.phonesTaken([imported[9_999].phone.digits])) {
            try database.importResidents(imported, pendingID: pendingID, by: actor)
        }
        #expect(try counts(database).people == 2)

        pendingID = try database.stageImport(fileName: "lon.csv", content: Self.file, by: actor)
        let people = try database.importResidents(Array(imported.dropLast()), pendingID: pendingID, by: actor)
        #expect(people.count == 9_999)
        #expect(try database.countPeople() == [.staff: 1, .resident: 10_000])
        #expect(try database.auditEntries(entity: "person", limit: 100_000).filter { $0.action == "import" }.count == 9_999)
    }

    @Test func aPendingImportIsVisibleOnlyToItsUploader() throws {
        let (database, _, actor) = try setUp()
        let other = try database.createPerson(NewPerson(phone: PhoneNumber("0922000222")!, fullName: "Cán Bộ Khác", role: .staff,
                                                        passwordHash: "x"), now: 0)
        let uploader = try #require(actor.personID)
        let pendingID = try database.stageImport(fileName: "danh sách thôn 3.csv", content: Self.file, by: actor)
        let pending = try #require(try database.pendingImport(id: pendingID, personID: uploader))
        #expect(pending.fileName == "danh sách thôn 3.csv" && pending.content == Self.file)
        #expect(try database.pendingImport(id: pendingID, personID: other.id) == nil)
        #expect(try database.pendingImport(id: pendingID + 1, personID: uploader) == nil)
        let otherActor = Actor(personID: other.id, address: "10.0.0.8", now: actor.now)
        #expect(throws: ImportError.pendingImportGone) {
            try database.importResidents(Self.residents(1), pendingID: pendingID, by: otherActor)
        }
    }

    @Test func stagingReplacesTheUploadersEarlierFileAndPrunesFilesOlderThanADay() throws {
        let (database, _, actor) = try setUp()
        let uploader = try #require(actor.personID)
        let other = try database.createPerson(NewPerson(phone: PhoneNumber("0922000222")!, fullName: "Cán Bộ Khác", role: .staff,
                                                        passwordHash: "x"), now: 0)
        var otherActor = Actor(personID: other.id, address: "10.0.0.8", now: actor.now)
        let first = try database.stageImport(fileName: "1.csv", content: [1], by: actor)
        let othersFile = try database.stageImport(fileName: "khac.csv", content: [2], by: otherActor)
        let second = try database.stageImport(fileName: "2.csv", content: [3], by: actor)
        #expect(try database.pendingImport(id: first, personID: uploader) == nil)
        #expect(try database.pendingImport(id: second, personID: uploader)?.content == [3])
        #expect(try database.pendingImport(id: othersFile, personID: other.id) != nil, "another staff member's file stays")

        otherActor.now = actor.now + AppDatabase.pendingImportLifetime - 1
        let fresh = try database.stageImport(fileName: "moi.csv", content: [4], by: otherActor)
        #expect(try database.pendingImport(id: second, personID: uploader) != nil, "not yet a day old")
        otherActor.now = actor.now + AppDatabase.pendingImportLifetime
        _ = try database.stageImport(fileName: "moi-nua.csv", content: [5], by: otherActor)
        #expect(try database.pendingImport(id: second, personID: uploader) == nil, "a day old")
        #expect(try database.pendingImport(id: fresh, personID: other.id) == nil, "replaced")
    }
}
