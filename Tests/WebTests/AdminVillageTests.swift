import Credentials
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct AdminVillageTests {
    func signedIn(as role: Role, in app: TestApp) throws -> Visit {
        try Visit.signedIn(as: role, in: app, phone: role == .admin ? "0900000009" : "0900000008", name: "Chị \(role.rawValue)")
    }

    @Test func staffAddAndRenameVillagesAndTheAdminSeesEveryChange() throws {
        let app = try TestApp()
        let staff = try signedIn(as: .staff, in: app)
        #expect(staff.get("/quan-tri/thon").text.contains("Chưa có thôn nào"))
        #expect(staff.post("/quan-tri/thon", [("kind", "thôn"), ("name", "Thôn 1")]).status == 303)
        #expect(staff.post("/quan-tri/thon", [("kind", "ấp"), ("name", "Phước Lộc")]).status == 303)
        let duplicate = staff.post("/quan-tri/thon", [("kind", "thôn"), ("name", "Thôn 1")])
        #expect(duplicate.status == 422)
        #expect(duplicate.text.contains("Đã có thôn mang tên này"))
        #expect(staff.post("/quan-tri/thon", [("kind", "thôn"), ("name", "  ")]).status == 422)
        let list = staff.get("/quan-tri/thon").text
        #expect(list.contains("Ấp Phước Lộc") && list.contains("Thôn Thôn 1"))

        let village = try #require(try app.database.villages().first { $0.name == "Thôn 1" })
        let renamed = staff.post("/quan-tri/thon/\(village.id)", [("kind", "thôn"), ("name", "Bắc Sơn")])
        #expect(renamed.status == 200)
        #expect(renamed.text.contains("Đã lưu"))
        #expect(renamed.text.contains("Tên cũ: Thôn 1"))
        #expect(staff.get("/quan-tri/thon/999").status == 404)

        let admin = try signedIn(as: .admin, in: app)
        let log = admin.get("/quan-tri/nhat-ky").text
        #expect(log.contains("Sửa: village #\(village.id)"))
        #expect(log.contains("ten=Thôn 1") && log.contains("ten=Bắc Sơn"))
        #expect(log.contains("Chị staff"))
        #expect(try app.database.auditEntries(entity: "village").count == 3)
    }

    @Test func staffMergeOneVillageIntoAnother() throws {
        let app = try TestApp()
        let staff = try signedIn(as: .staff, in: app)
        let source = try app.database.createVillage(name: "Thôn 3", kind: .thon, by: .system(now: 0))
        let target = try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: .system(now: 0))
        let form = staff.get("/quan-tri/thon/\(source.id)").text
        #expect(form.contains("<option value=\"\(target.id)\">Thôn Bắc Sơn</option>"))
        #expect(staff.post("/quan-tri/thon/\(source.id)", [("action", "merge"), ("into", "")]).status == 422)
        #expect(staff.post("/quan-tri/thon/\(source.id)", [("action", "merge"), ("into", String(source.id))]).status == 422,
                "a village cannot be merged into itself")
        let merged = staff.post("/quan-tri/thon/\(source.id)", [("action", "merge"), ("into", String(target.id))])
        #expect(merged.status == 200 && merged.text.contains("Đã sáp nhập Thôn Thôn 3"))
        #expect(merged.text.contains("Tên cũ: Thôn 3"))
        #expect(staff.get("/quan-tri/thon/\(source.id)").status == 404)
    }

    @Test func aStaffPostWithoutTheTokenChangesNothing() throws {
        let app = try TestApp()
        let staff = try signedIn(as: .staff, in: app)
        #expect(staff.post("/quan-tri/thon", [("kind", "thôn"), ("name", "Lén")], csrf: "").status == 403)
        #expect(try app.database.villages().isEmpty)
        #expect(try app.database.auditEntries(entity: "village").isEmpty)
    }

    @Test func villageNamesAreEscaped() throws {
        let app = try TestApp()
        let staff = try signedIn(as: .staff, in: app)
        staff.post("/quan-tri/thon", [("kind", "thôn"), ("name", "<script>alert(1)</script>")])
        let list = staff.get("/quan-tri/thon").text
        #expect(!list.contains("<script>alert"))
        #expect(list.contains("&lt;script&gt;"))
    }
}
