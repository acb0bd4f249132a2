import Credentials
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct AdminVillageTests {
    func signedIn(as role: Role, in app: TestApp) throws -> Visit {
        let phone = PhoneNumber(role == .admin ? "0900000009" : "0900000008")!
        _ = try app.database.createPerson(NewPerson(phone: phone, fullName: "Chị \(role.rawValue)", role: role,
                                                    passwordHash: try PasswordHasher.minimal.hash("mật khẩu cán bộ")), now: 0)
        let visit = Visit(app)
        visit.get("/dang-nhap")
        visit.post("/dang-nhap", [("phone", phone.digits), ("password", "mật khẩu cán bộ")])
        return visit
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
        #expect(try app.database.auditEntries().count == 3)
    }

    @Test func aStaffPostWithoutTheTokenChangesNothing() throws {
        let app = try TestApp()
        let staff = try signedIn(as: .staff, in: app)
        #expect(staff.post("/quan-tri/thon", [("kind", "thôn"), ("name", "Lén")], csrf: "").status == 403)
        #expect(try app.database.villages().isEmpty)
        #expect(try app.database.auditEntries().isEmpty)
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
