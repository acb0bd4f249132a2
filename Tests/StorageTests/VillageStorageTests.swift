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

    @Test func mergingMovesResidentsAndHouseholdsAndKeepsEveryName() throws {
        let (database, _, actor) = try setUp()
        let small = try database.createVillage(name: "Thôn 3", kind: .thon, by: actor)
        try database.renameVillage(id: small.id, to: "Đồng Tâm", kind: .thon, by: actor)
        let big = try database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor)
        let other = try database.createVillage(name: "Nam Sơn", kind: .thon, by: actor)
        for (index, village) in [small, small, big, other].enumerated() {
            _ = try database.createPerson(NewPerson(phone: PhoneNumber("091200000\(index)")!, fullName: "Người \(index)",
                                                    villageID: village.id, passwordHash: nil), now: 0)
        }
        let household = try database.createHousehold(headName: "Lò Văn Hộ", villageID: small.id, address: "", by: actor)

        let (merged, moved) = try database.mergeVillage(id: small.id, into: big.id, by: actor)
        #expect(moved == 2)
        #expect(merged.formerNames == ["Đồng Tâm", "Thôn 3"])
        #expect(try database.villages().map(\.name) == ["Bắc Sơn", "Nam Sơn"])
        #expect(try database.residents(PeopleFilter(villageID: big.id), limit: 10, offset: 0).total == 3)
        #expect(try database.residents(PeopleFilter(villageID: other.id), limit: 10, offset: 0).total == 1)
        #expect(try database.household(id: household.id)?.villageID == big.id)
        let log = try database.auditEntries(entity: "village", id: small.id)
        #expect(log.first?.action == "merge" && log.first?.after?["so_nguoi_chuyen"] == "2")
        #expect(throws: VillageError.notFound) { try database.mergeVillage(id: big.id, into: big.id, by: actor) }
        #expect(throws: VillageError.notFound) { try database.mergeVillage(id: small.id, into: big.id, by: actor) }
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
