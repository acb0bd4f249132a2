import Domain
import Storage
import Testing
import TestSupport

@Suite struct VillageStorageTests {
    func setUp() throws -> (AppDatabase, TemporaryDirectory, Actor) {
        let (database, folder) = try AppDatabase.temporary()
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: nil), now: 0)
        return (database, folder, Actor(personID: staff.id, address: "10.0.0.7", now: 500))
    }

    @Test func villagesAreListedInVietnameseOrder() throws {
        let (database, _, actor) = try setUp()
        for name in ["Đông", "Bắc Sơn", "Ấp Mới", "Cầu"] { try database.createVillage(name: name, kind: .thon, by: actor) }
        #expect(try database.villages().map(\.name) == ["Ấp Mới", "Bắc Sơn", "Cầu", "Đông"])
        #expect(throws: VillageError.nameTaken) { try database.createVillage(name: "Cầu", kind: .ap, by: actor) }
    }

    @Test func renamingKeepsTheFormerNameAndIsAudited() throws {
        let (database, _, actor) = try setUp()
        let village = try database.createVillage(name: "Thôn 1", kind: .thon, by: actor)
        let renamed = try database.renameVillage(id: village.id, to: "Bắc Sơn", kind: .thon, by: actor)
        #expect(renamed.formerNames == ["Thôn 1"])
        #expect(try database.village(id: village.id) == renamed)
        let entries = try database.auditEntries(entity: "village", id: village.id)
        #expect(entries.map(\.action) == ["update", "create"])
        #expect(entries[0].before?["ten"] == "Thôn 1")
        #expect(entries[0].after?["ten"] == "Bắc Sơn")
        #expect(entries[0].actorName == "Cán Bộ")
        #expect(entries[0].address == "10.0.0.7")
        #expect(entries[0].at == 500)
        #expect(throws: VillageError.notFound) { try database.renameVillage(id: 999, to: "X", kind: .thon, by: actor) }
    }
}
