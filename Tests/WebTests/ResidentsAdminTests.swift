import Credentials
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct ResidentsAdminTests {
    func setUp() throws -> (TestApp, Visit, [Village]) {
        let app = try TestApp()
        try app.database.loadDemoData(now: 0)
        let villages = try app.database.villages()
        let names = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh An", "Phạm Thị Ánh", "Hoàng Văn Bình"]
        for (index, name) in names.enumerated() {
            _ = try app.database.createPerson(NewPerson(phone: PhoneNumber("09310000\(String(format: "%02d", index))")!, fullName: name,
                                                        group: TargetGroup(number: index % 2 + 1), villageID: villages[index % 2].id,
                                                        passwordHash: nil), now: 0)
        }
        for index in 0..<55 {
            _ = try app.database.createPerson(NewPerson(phone: PhoneNumber("0932\(String(format: "%06d", index))")!,
                                                        fullName: "Đỗ Số \(index) Văn Tâm", passwordHash: nil), now: 0)
        }
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0900000028", name: "Cán Bộ")
        return (app, staff, villages)
    }

    @Test func searchIgnoresDiacriticsAndListsByGivenName() throws {
        let (_, staff, _) = try setUp()
        let hoa = staff.get("/quan-tri/nguoi-dan", query: "q=nguyen+thi+hoa").text
        #expect(hoa.contains("Nguyễn Thị Hoa"))
        #expect(!hoa.contains("Trần Văn Đức"))
        #expect(staff.get("/quan-tri/nguoi-dan", query: "q=duc").text.contains("Trần Văn Đức"))
        #expect(staff.get("/quan-tri/nguoi-dan", query: "q=0931000003").text.contains("Phạm Thị Ánh"))
        #expect(staff.get("/quan-tri/nguoi-dan", query: "q=%25_").text.contains("Trang 1/3"), "symbols are not search terms")
        let list = staff.get("/quan-tri/nguoi-dan", query: "q=van").text
        let order = ["Hoàng Văn Bình", "Trần Văn Đức"].compactMap { list.range(of: $0)?.lowerBound }
        #expect(order.count == 2 && order[0] < order[1], "Bình before Đức: by given name")
        #expect(!list.contains("<td>Cán Bộ</td>"), "staff are not residents")
    }

    @Test func filtersByVillageAndGroupAndPages() throws {
        let (_, staff, villages) = try setUp()
        let first = staff.get("/quan-tri/nguoi-dan", query: "thon=\(villages[0].id)").text
        #expect(first.contains("Nguyễn Thị Hoa") && !first.contains("Trần Văn Đức"))
        let group2 = staff.get("/quan-tri/nguoi-dan", query: "nhom=2").text
        #expect(group2.contains("Trần Văn Đức") && !group2.contains("Nguyễn Thị Hoa"))
        let page1 = staff.get("/quan-tri/nguoi-dan").text
        #expect(page1.contains("Trang 1/3"))
        #expect(page1.components(separatedBy: "<tr><td>").count - 1 == 25)
        let page3 = staff.get("/quan-tri/nguoi-dan", query: "trang=3").text
        #expect(page3.components(separatedBy: "<tr><td>").count - 1 == 10)
        #expect(staff.get("/quan-tri/nguoi-dan", query: "trang=99").text.contains("Trang 3/3"))
    }

    @Test func csvExportIsForExcelAndLogged() throws {
        let (app, staff, _) = try setUp()
        let response = staff.get("/quan-tri/nguoi-dan.csv")
        #expect(response.status == 200)
        #expect(Array(response.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = try CSVTable.parse(response.body)
        #expect(table.rows.count == 60)
        #expect(table.rows.contains { $0.first == "Nguyễn Thị Hoa" && $0[4] == "Thôn Bắc Sơn" })
        #expect(try app.database.auditEntries(entity: "person").first?.action == "export")
    }
}
