import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct StaffAdminTests {
    @Test func anAdministratorGivesAndTakesRoles() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009", name: "Quản Trị Viên")
        let hoa = try app.database.createPerson(NewPerson(phone: PhoneNumber("0931000001")!, fullName: "Nguyễn Thị Hoa", passwordHash: nil), now: 0)
        let list = admin.get("/quan-tri/can-bo").text
        #expect(list.contains("<td>Quản Trị Viên</td><td>0900 000 009</td><td>Quản trị</td>"))
        #expect(!list.contains("Nguyễn Thị Hoa"))

        let given = admin.post("/quan-tri/can-bo", [("phone", "0931 000 001"), ("role", "staff")])
        #expect(given.status == 200)
        #expect(given.text.contains("Đã đổi vai trò của Nguyễn Thị Hoa thành “Cán bộ trung tâm”."))
        #expect(given.text.contains("<td>Nguyễn Thị Hoa</td><td>0931 000 001</td><td>Cán bộ trung tâm</td>"))
        let entry = try #require(try app.database.auditEntries(entity: "person", id: hoa.id).first { $0.action == "role" })
        #expect(entry.action == "role" && entry.before == ["vai_tro": "resident"] && entry.after == ["vai_tro": "staff"])

        let unknown = admin.post("/quan-tri/can-bo", [("phone", "0999999999"), ("role", "staff")])
        #expect(unknown.status == 422 && unknown.text.contains("Không có tài khoản nào với số điện thoại này."))
        let noRole = admin.post("/quan-tri/can-bo", [("phone", "0931000001"), ("role", "vua")])
        #expect(noRole.status == 422 && noRole.text.contains("Hãy chọn một vai trò."))
        let own = admin.post("/quan-tri/can-bo", [("phone", "0900000009"), ("role", "staff")])
        #expect(own.status == 422 && own.text.contains("Bạn không thể tự hạ vai trò của chính mình."))
        #expect(try app.database.person(id: hoa.id)?.role == .staff)
        #expect(try app.database.countPeople()[.admin] == 1)
        #expect(try app.database.auditEntries(entity: "person").filter { $0.action == "role" }.count == 1)
    }

    /// The role is read with the session on every request: a demotion needs no sign-out.
    @Test func aDemotedStaffMemberLosesAccessOnTheNextRequest() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0900000008")
        #expect(staff.get("/quan-tri/nguoi-dan").status == 200)
        #expect(admin.post("/quan-tri/can-bo", [("phone", "0900000008"), ("role", "resident")]).status == 200)
        #expect(staff.get("/quan-tri/nguoi-dan").status == 403)
        #expect(staff.get("/ca-nhan").status == 200, "still signed in, as a resident")
    }

    @Test func administratorsDemoteEachOtherButTheLastOneStays() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let second = try Visit.signedIn(as: .admin, in: app, phone: "0900000007")
        #expect(second.post("/quan-tri/can-bo", [("phone", "0900000009"), ("role", "instructor")]).status == 200)
        #expect(admin.get("/quan-tri/can-bo").status == 403)
        let refused = second.post("/quan-tri/can-bo", [("phone", "0900000007"), ("role", "resident")])
        #expect(refused.status == 422)
        #expect(refused.text.contains("class=\"form-error\" role=\"alert\">Bạn không thể tự hạ vai trò"))
        #expect(try app.database.countPeople()[.admin] == 1)
    }
}
