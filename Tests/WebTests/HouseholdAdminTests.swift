import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct HouseholdAdminTests {
    func setUp() throws -> (TestApp, Visit, [Village]) {
        let app = try TestApp()
        try app.database.loadDemoData(now: 0)
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0900000028", name: "Cán Bộ Hộ")
        return (app, staff, try app.database.villages())
    }

    func resident(_ app: TestApp, _ phone: String, _ name: String, village: Int64?, head: String = "") throws -> Person {
        try app.database.createPerson(NewPerson(phone: PhoneNumber(phone)!, fullName: name, birthYear: 1980, villageID: village,
                                                passwordHash: nil, householdHead: head), now: 0)
    }

    @Test func staffCreateHouseholdsAndListThemByVillage() throws {
        let (app, staff, villages) = try setUp()
        let bacSon = try #require(villages.first { $0.name == "Bắc Sơn" })
        #expect(staff.get("/quan-tri/ho").text.contains("Chưa có hộ nào."))
        let dashboard = staff.get("/quan-tri").text
        #expect(dashboard.contains("<a href=\"/quan-tri/ho\">Hộ gia đình</a>") && !dashboard.contains("/quan-tri/can-bo"))
        let noVillage = staff.post("/quan-tri/ho", [("head", "Nguyễn Văn Đức"), ("village", ""), ("address", "")])
        #expect(noVillage.status == 422)
        #expect(noVillage.text.contains("Hãy chọn thôn (ấp, bản, tổ dân phố) của hộ."))
        #expect(noVillage.text.contains("value=\"Nguyễn Văn Đức\""), "what was typed stays")
        #expect(staff.post("/quan-tri/ho", [("head", " "), ("village", String(bacSon.id))]).text.contains("Hãy nhập họ tên chủ hộ"))

        let created = staff.post("/quan-tri/ho", [("head", "  Nguyễn Văn Đức "), ("village", String(bacSon.id)), ("address", "Xóm 2")])
        #expect(created.status == 303)
        let household = try #require(try app.database.households(villageID: nil, limit: 10, offset: 0).households.first?.household)
        #expect(household.headName == "Nguyễn Văn Đức" && household.address == "Xóm 2")
        #expect(created.header("Location") == "/quan-tri/ho/\(household.id)")
        let page = staff.get("/quan-tri/ho/\(household.id)").text
        #expect(page.contains("<h1>Hộ Nguyễn Văn Đức</h1>") && page.contains("Thôn Bắc Sơn · Xóm 2"))

        let other = try #require(villages.first { $0.name == "Nam Sơn" })
        for index in 0..<30 {
            try app.database.createHousehold(headName: "Lê Văn \(index)", villageID: other.id, address: "", by: .system(now: 0))
        }
        let list = staff.get("/quan-tri/ho").text
        #expect(list.contains("Trang 1/2"))
        #expect(list.contains("<a href=\"/quan-tri/ho/\(household.id)\">Nguyễn Văn Đức</a></td><td>Thôn Bắc Sơn</td><td>0</td>"))
        #expect(staff.get("/quan-tri/ho", query: "trang=99").text.contains("Trang 2/2"))
        let filtered = staff.get("/quan-tri/ho", query: "thon=\(bacSon.id)").text
        #expect(filtered.contains("Nguyễn Văn Đức") && !filtered.contains("Lê Văn"))
        #expect(try app.database.auditEntries(entity: "household", id: household.id).first?.action == "create")
    }

    @Test func membersAreAddedByPhoneOrSuggestionAndRemoved() throws {
        let (app, staff, villages) = try setUp()
        let village = villages[0]
        let household = try app.database.createHousehold(headName: "Nguyễn Văn Đức", villageID: village.id, address: "", by: .system(now: 0))
        let other = try app.database.createHousehold(headName: "Lê Văn Tám", villageID: village.id, address: "", by: .system(now: 0))
        let hoa = try resident(app, "0931000001", "Nguyễn Thị Hoa", village: village.id, head: "nguyen van duc")
        let tam = try resident(app, "0931000002", "Lê Thị Tư", village: village.id)
        _ = try resident(app, "0931000003", "Phạm Văn Năm", village: village.id)
        try app.database.addHouseholdMember(personID: tam.id, to: other.id, by: .system(now: 0))
        let path = "/quan-tri/ho/\(household.id)"

        let before = staff.get(path).text
        #expect(before.contains("Người cùng thôn, chưa thuộc hộ nào, khi đăng ký đã khai chủ hộ là “Nguyễn Văn Đức”."))
        #expect(before.contains("<td>nguyen van duc</td>"))
        #expect(before.contains("aria-label=\"Thêm vào hộ: Nguyễn Thị Hoa\""))
        #expect(staff.post(path, [("action", "add-member"), ("person", String(hoa.id))]).status == 303)
        let after = staff.get(path).text
        #expect(after.contains("<a href=\"/quan-tri/nguoi-dan/\(hoa.id)\">Nguyễn Thị Hoa</a></td><td>0931 000 001</td><td>1980</td>"))
        #expect(after.contains("Không có gợi ý nào."))

        let unknown = staff.post(path, [("action", "add-member"), ("phone", "0999 999 999")])
        #expect(unknown.status == 422)
        #expect(unknown.text.contains("Không có tài khoản nào với số điện thoại này."))
        #expect(staff.post(path, [("action", "add-member"), ("phone", "12")]).text.contains("Số điện thoại chưa đúng"))
        let taken = staff.post(path, [("action", "add-member"), ("phone", "0931000002")])
        #expect(taken.status == 422)
        #expect(taken.text.contains("Người này đã thuộc hộ Lê Văn Tám (\(village.displayName)). Hãy bỏ họ khỏi hộ đó trước."))
        #expect(staff.post(path, [("action", "add-member"), ("phone", "0931000001")]).text.contains("Người này đã là thành viên của hộ."))
        #expect(staff.post(path, [("action", "add-member"), ("phone", "0931 000 003")]).status == 303)
        #expect(try app.database.householdMembers(of: household.id).map(\.fullName) == ["Nguyễn Thị Hoa", "Phạm Văn Năm"])

        #expect(staff.post(path, [("action", "remove-member"), ("person", String(hoa.id))]).status == 303)
        #expect(staff.post(path, [("action", "remove-member"), ("person", String(hoa.id))]).status == 303, "a second tap is harmless")
        #expect(try app.database.householdMembers(of: household.id).map(\.fullName) == ["Phạm Văn Năm"])
        #expect(staff.get(path).text.contains("aria-label=\"Thêm vào hộ: Nguyễn Thị Hoa\""), "a suggestion again")

        // Membership is logged on the person's record, where the resident sees it.
        let log = try app.database.auditEntries(entity: "person", id: hoa.id)
        #expect(log.prefix(2).map(\.action) == ["remove-member", "add-member"])
        #expect(log[0].before == ["ho_gia_dinh": household.headName] && log[0].actorName == "Cán Bộ Hộ")
        #expect(staff.post(path, [("action", "khac")]).status == 400)
        #expect(staff.get("/quan-tri/ho/999").status == 404)
    }

    @Test func theHouseholdsFactsAreEditedAndAudited() throws {
        let (app, staff, villages) = try setUp()
        let household = try app.database.createHousehold(headName: "Nguyễn Văn Đức", villageID: villages[0].id, address: "", by: .system(now: 0))
        let path = "/quan-tri/ho/\(household.id)"
        let refused = staff.post(path, [("action", "save"), ("head", ""), ("village", String(villages[1].id)), ("address", "")])
        #expect(refused.status == 422 && refused.text.contains("Hãy nhập họ tên chủ hộ"))
        // Typed on a keyboard that sends decomposed letters: stored in NFC.
        let saved = staff.post(path, [("action", "save"), ("head", "Nguye\u{0302}\u{0303}n Thị Lan"), ("village", String(villages[1].id)), ("address", "Số 4")])
        #expect(saved.status == 200)
        #expect(saved.text.contains("Đã lưu.") && saved.text.contains("<h1>Hộ Nguyễn Thị Lan</h1>"))
        let stored = try #require(try app.database.household(id: household.id))
        #expect(stored.villageID == villages[1].id)
        #expect(Array(stored.headName.unicodeScalars) == Array("Nguyễn Thị Lan".unicodeScalars))
        let update = try #require(try app.database.auditEntries(entity: "household", id: household.id).first)
        #expect(update.action == "update" && update.before?["chu_ho"] == "Nguyễn Văn Đức" && update.after?["chu_ho"] == "Nguyễn Thị Lan")
    }

    @Test func namesAreEscaped() throws {
        let (app, staff, villages) = try setUp()
        staff.post("/quan-tri/ho", [("head", "<script>alert(1)</script>"), ("village", String(villages[0].id)), ("address", "\"><b>")])
        let household = try #require(try app.database.households(villageID: nil, limit: 1, offset: 0).households.first?.household)
        for text in [staff.get("/quan-tri/ho").text, staff.get("/quan-tri/ho/\(household.id)").text] {
            #expect(!text.contains("<script>alert") && text.contains("&lt;script&gt;"))
            #expect(!text.contains("\"><b>"))
        }
    }
}
