import Domain
import Storage
import Testing
import TestSupport

@Suite struct StaffStorageTests {
    func person(_ database: AppDatabase, _ phone: String, _ name: String, _ role: Role) throws -> Person {
        try database.createPerson(NewPerson(phone: PhoneNumber(phone)!, fullName: name, role: role, passwordHash: nil), now: 0)
    }

    @Test func listsEveryoneAboveResidentInListOrder() throws {
        let (database, _) = try AppDatabase.temporary()
        _ = try person(database, "0900000001", "Trần Văn Bình", .admin)
        _ = try person(database, "0900000002", "Lê Thị Ánh", .instructor)
        _ = try person(database, "0900000003", "Phạm Văn Cường", .staff)
        _ = try person(database, "0900000004", "Nguyễn Thị An", .resident)
        #expect(try database.staffMembers().map(\.fullName) == ["Lê Thị Ánh", "Trần Văn Bình", "Phạm Văn Cường"])
    }

    @Test func rolesChangeWithAnAuditRow() throws {
        let (database, _) = try AppDatabase.temporary()
        let admin = try person(database, "0900000001", "Quản Trị", .admin)
        let hoa = try person(database, "0900000002", "Nguyễn Thị Hoa", .resident)
        let actor = Actor(personID: admin.id, address: "10.0.0.9", now: 700)
        #expect(try database.changeRole(phone: hoa.phone, to: .staff, by: actor).role == .staff)
        #expect(try database.person(id: hoa.id)?.role == .staff)
        #expect(try database.changeRole(phone: hoa.phone, to: .staff, by: actor).role == .staff, "no change, no audit row")
        let entries = try database.auditEntries(entity: "person", id: hoa.id).filter { $0.action == "role" }
        #expect(entries.count == 1)
        #expect(entries[0].action == "role" && entries[0].before == ["vai_tro": "resident"] && entries[0].after == ["vai_tro": "staff"])
        #expect(entries[0].actorName == "Quản Trị" && entries[0].at == 700)
        #expect(throws: RoleChangeError.noSuchPerson) { try database.changeRole(phone: PhoneNumber("0999999999")!, to: .staff, by: actor) }
    }

    @Test func theCentreIsNeverLeftWithoutAnAdministrator() throws {
        let (database, _) = try AppDatabase.temporary()
        let admin = try person(database, "0900000001", "Quản Trị", .admin)
        let me = Actor(personID: admin.id, address: "-", now: 0)
        #expect(throws: RoleChangeError.ownRoleLowered) { try database.changeRole(phone: admin.phone, to: .staff, by: me) }
        let system = Actor.system(now: 0)
        #expect(throws: RoleChangeError.lastAdministrator) { try database.changeRole(phone: admin.phone, to: .resident, by: system) }

        let second = try person(database, "0900000002", "Phó Quản Trị", .admin)
        #expect(throws: RoleChangeError.ownRoleLowered) { try database.changeRole(phone: admin.phone, to: .staff, by: me) }
        try database.changeRole(phone: second.phone, to: .staff, by: me)
        #expect(try database.person(id: second.id)?.role == .staff)
        #expect(try database.countPeople()[.admin] == 1)
        #expect(try database.auditEntries(entity: "person").filter { $0.action == "role" }.count == 1, "refusals write nothing")
    }
}
