import Domain
import Storage
import Testing
import TestSupport

@Suite struct HouseholdStorageTests {
    func setUp() throws -> (AppDatabase, TemporaryDirectory, Actor, [Village]) {
        let (database, folder) = try AppDatabase.temporary()
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: nil), now: 0)
        let actor = Actor(personID: staff.id, address: "10.0.0.7", now: 500)
        for name in ["Đông", "Bắc Sơn"] { try database.createVillage(name: name, kind: .thon, by: actor) }
        return (database, folder, actor, try database.villages())
    }

    func resident(_ database: AppDatabase, _ phone: String, _ name: String, village: Int64?, head: String = "") throws -> Person {
        try database.createPerson(NewPerson(phone: PhoneNumber(phone)!, fullName: name, villageID: village, passwordHash: nil,
                                            householdHead: head), now: 0)
    }

    @Test func listedByVillageThenHeadsGivenNameWithMemberCounts() throws {
        let (database, _, actor, villages) = try setUp()
        let (bacSon, dong) = (villages[0].id, villages[1].id)
        let binh = try database.createHousehold(headName: "Trần Văn Bình", villageID: dong, address: "", by: actor)
        try database.createHousehold(headName: "Lê Thị Ánh", villageID: dong, address: "", by: actor)
        try database.createHousehold(headName: "Nguyễn Văn Đức", villageID: bacSon, address: "Xóm 2", by: actor)
        try database.createHousehold(headName: "Phạm An", villageID: nil, address: "", by: actor)
        let member = try resident(database, "0931000001", "Trần Thị Hoa", village: dong)
        try database.addHouseholdMember(personID: member.id, to: binh.id, by: actor)

        let (all, total) = try database.households(villageID: nil, limit: 10, offset: 0)
        #expect(total == 4)
        #expect(all.map(\.household.headName) == ["Nguyễn Văn Đức", "Lê Thị Ánh", "Trần Văn Bình", "Phạm An"])
        #expect(all.map(\.memberCount) == [0, 0, 1, 0])
        let (inDong, dongTotal) = try database.households(villageID: dong, limit: 1, offset: 1)
        #expect(dongTotal == 2)
        #expect(inDong.map(\.household.headName) == ["Trần Văn Bình"])
    }

    @Test func membersJoinOneHouseholdAtATimeAndEveryChangeIsAudited() throws {
        let (database, _, actor, villages) = try setUp()
        let first = try database.createHousehold(headName: "Nguyễn Văn Đức", villageID: villages[0].id, address: "", by: actor)
        let second = try database.createHousehold(headName: "Lê Văn Tám", villageID: villages[0].id, address: "", by: actor)
        let hoa = try resident(database, "0931000001", "Nguyễn Thị Hoa", village: villages[0].id)

        #expect(try database.addHouseholdMember(phone: hoa.phone, to: first.id, by: actor).householdID == first.id)
        #expect(throws: HouseholdError.alreadyMember) { try database.addHouseholdMember(personID: hoa.id, to: first.id, by: actor) }
        #expect(throws: HouseholdError.inAnotherHousehold(first)) {
            try database.addHouseholdMember(phone: hoa.phone, to: second.id, by: actor)
        }
        #expect(throws: HouseholdError.noSuchPerson) {
            try database.addHouseholdMember(phone: PhoneNumber("0999999999")!, to: first.id, by: actor)
        }
        #expect(throws: HouseholdError.notFound) { try database.addHouseholdMember(personID: hoa.id, to: 999, by: actor) }
        #expect(try database.householdMembers(of: first.id).map(\.fullName) == ["Nguyễn Thị Hoa"])

        try database.removeHouseholdMember(personID: hoa.id, from: first.id, by: actor)
        #expect(try database.householdMembers(of: first.id).isEmpty)
        #expect(try database.person(id: hoa.id)?.householdID == nil)
        #expect(throws: HouseholdError.noSuchPerson) { try database.removeHouseholdMember(personID: hoa.id, from: first.id, by: actor) }

        let created = try database.auditEntries(entity: "household", id: first.id)
        #expect(created.map(\.action) == ["create"] && created[0].after?["chu_ho"] == "Nguyễn Văn Đức")
        // Membership is logged on the person's record, where the resident sees it too.
        let entries = try database.auditEntries(entity: "person", id: hoa.id).filter { $0.action.hasSuffix("-member") }
        #expect(entries.map(\.action) == ["remove-member", "add-member"])
        #expect(entries[0].before == ["ho_gia_dinh": "Nguyễn Văn Đức"] && entries[0].after == nil)
        #expect(entries[1].before == nil && entries[1].after == ["ho_gia_dinh": "Nguyễn Văn Đức"])
        #expect((created + entries).allSatisfy { $0.actorName == "Cán Bộ" && $0.address == "10.0.0.7" })
    }

    @Test func updatingKeepsTheOldFactsInTheLog() throws {
        let (database, _, actor, villages) = try setUp()
        let household = try database.createHousehold(headName: "Nguyễn Văn Đức", villageID: villages[0].id, address: "", by: actor)
        var changed = household
        changed.headName = "Nguyễn Thị Lan"
        changed.villageID = villages[1].id
        changed.address = "Số 4, xóm Giữa"
        #expect(try database.updateHousehold(changed, by: actor) == changed)
        #expect(try database.household(id: household.id) == changed)
        let update = try #require(try database.auditEntries(entity: "household", id: household.id).first)
        #expect(update.action == "update")
        #expect(update.before == ["chu_ho": "Nguyễn Văn Đức", "thon": String(villages[0].id), "dia_chi": ""])
        #expect(update.after == ["chu_ho": "Nguyễn Thị Lan", "thon": String(villages[1].id), "dia_chi": "Số 4, xóm Giữa"])
        changed.id = 999
        #expect(throws: HouseholdError.notFound) { try database.updateHousehold(changed, by: actor) }
    }

    @Test func suggestsUnlinkedPeopleOfTheVillageWhoDeclaredTheHead() throws {
        let (database, _, actor, villages) = try setUp()
        let (bacSon, dong) = (villages[0].id, villages[1].id)
        let household = try database.createHousehold(headName: "Nguyễn Văn Đức", villageID: bacSon, address: "", by: actor)
        let other = try database.createHousehold(headName: "Lê Văn Tám", villageID: bacSon, address: "", by: actor)
        _ = try resident(database, "0931000001", "Nguyễn Thị Hoa", village: bacSon, head: "nguyen van  duc")
        _ = try resident(database, "0931000002", "Nguyễn Văn An", village: bacSon, head: "Nguyễn Văn Đức")
        _ = try resident(database, "0931000003", "Nguyễn Văn Ba", village: dong, head: "Nguyễn Văn Đức")
        _ = try resident(database, "0931000004", "Nguyễn Văn Tư", village: bacSon, head: "Nguyễn Văn Được")
        let linked = try resident(database, "0931000005", "Nguyễn Văn Năm", village: bacSon, head: "Nguyễn Văn Đức")
        try database.addHouseholdMember(personID: linked.id, to: other.id, by: actor)
        _ = try resident(database, "0931000006", "Nguyễn Văn Sáu", village: bacSon)

        #expect(try database.householdSuggestions(for: household).map(\.fullName) == ["Nguyễn Văn An", "Nguyễn Thị Hoa"])
    }
}
