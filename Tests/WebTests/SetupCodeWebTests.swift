import Credentials
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct SetupCodeWebTests {
    func staff(_ app: TestApp, role: Role = .staff) throws -> Visit {
        try Visit.signedIn(as: role, in: app, phone: role == .admin ? "0900000019" : "0900000018")
    }

    static func code(in slip: String) -> String? {
        guard let range = slip.range(of: "<td class=\"code\">") else { return nil }
        return String(slip[range.upperBound...].prefix(9)).filter(\.isNumber)
    }

    @Test func staffRegisterAResidentWhoThenSetsTheirOwnPassword() throws {
        let app = try TestApp()
        let staff = try staff(app)
        #expect(staff.get("/quan-tri/dang-ky-ho").text.contains("Đăng ký giúp người dân"))
        let slip = staff.post("/quan-tri/dang-ky-ho", [("phone", "0935 111 222"), ("name", "Bà Nguyễn Thị Năm"),
                                                       ("birth-year", "1950"), ("consent", "1")])
        #expect(slip.status == 200)
        #expect(slip.text.contains("Phiếu đặt mật khẩu") && slip.text.contains("0935 111 222"))
        let code = try #require(Self.code(in: slip.text))
        #expect(code.count == 8)
        #expect(!(try app.database.auditEntries(entity: "person").isEmpty))

        let resident = Visit(app)
        resident.get("/dat-mat-khau")
        let wrong = resident.post("/dat-mat-khau", [("phone", "0935111222"), ("code", "00000000"), ("password", "vườn nhà có cây cau")])
        #expect(wrong.status == 401 || code == "00000000")
        let done = resident.post("/dat-mat-khau", [("phone", "0935111222"), ("code", code), ("password", "vườn nhà có cây cau")])
        #expect(done.status == 303)
        let profile = resident.get("/ca-nhan").text
        #expect(profile.contains("Bà Nguyễn Thị Năm") && profile.contains("Được cán bộ đăng ký giúp"))
        let again = Visit(app)
        again.get("/dat-mat-khau")
        #expect(again.post("/dat-mat-khau", [("phone", "0935111222"), ("code", code), ("password", "một mật khẩu khác nữa")]).status == 401)
    }

    @Test func aForgottenPasswordIsReplacedAndOldSessionsEnd() throws {
        let app = try TestApp()
        let resident = Visit(app)
        resident.register(AccountTests.form)
        let staff = try staff(app)
        let slip = staff.post("/quan-tri/cap-lai-mat-khau", [("phone", "0912345678")])
        let code = try #require(Self.code(in: slip.text))
        let phone = Visit(app)
        phone.get("/dat-mat-khau")
        #expect(phone.post("/dat-mat-khau", [("phone", "0912345678"), ("code", code), ("password", "mật khẩu mới của tôi")]).status == 303)
        #expect(resident.get("/ca-nhan").status == 303, "the old session ended")
        let login = Visit(app)
        login.get("/dang-nhap")
        #expect(login.post("/dang-nhap", [("phone", "0912345678"), ("password", "ngày mai trời nắng")]).status == 401)
        #expect(login.post("/dang-nhap", [("phone", "0912345678"), ("password", "mật khẩu mới của tôi")]).status == 303)
        #expect(staff.post("/quan-tri/cap-lai-mat-khau", [("phone", "0999999999")]).text.contains("Không có tài khoản"))
    }

    @Test func onlyAnAdministratorResetsAnAdministrator() throws {
        let app = try TestApp()
        let admin = try staff(app, role: .admin)
        let staff = try staff(app)
        #expect(staff.post("/quan-tri/cap-lai-mat-khau", [("phone", "0900000019")]).status == 403)
        #expect(admin.post("/quan-tri/cap-lai-mat-khau", [("phone", "0900000018")]).status == 200)
    }

    @Test func guessingCodesIsThrottled() throws {
        let app = try TestApp()
        let staff = try staff(app)
        staff.post("/quan-tri/dang-ky-ho", [("phone", "0935111222"), ("name", "Ông Bảy"), ("consent", "1")])
        let guesser = Visit(app)
        guesser.get("/dat-mat-khau")
        for guess in 0..<3 {
            guesser.post("/dat-mat-khau", [("phone", "0935111222"), ("code", String(format: "%08d", guess)), ("password", "đoán mã cho vui")])
        }
        #expect(guesser.post("/dat-mat-khau", [("phone", "0935111222"), ("code", "12345678"), ("password", "đoán mã cho vui")]).status == 429)
    }
}
