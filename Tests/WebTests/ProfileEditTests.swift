import Foundation
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct ProfileEditTests {
    static let optional: [(String, String)] = [("household-head", "Nguyễn Văn Tư"), ("ethnicity", "Kinh"), ("citizen-id", "001180000789")]

    @Test func registrationKeepsTheOptionalFieldsAndShowsTheCCCDMasked() throws {
        let visit = Visit(try TestApp())
        #expect(visit.get("/dang-ky").text.contains("Chỉ dùng để đối chiếu khi xã cấp giấy chứng nhận"), "the CCCD's purpose is stated")
        visit.post("/dang-ky", AccountTests.form + Self.optional)
        let profile = visit.get("/ca-nhan").text
        #expect(profile.contains("*********789") && !profile.contains("001180000789"))
        #expect(profile.contains("Nguyễn Văn Tư") && profile.contains("Kinh"))
        #expect(profile.contains("Tạo tài khoản") && profile.contains("Bạn"), "the history starts with the registration")
    }

    @Test func namesTypedDecomposedAreStoredComposed() throws {
        let visit = Visit(try TestApp())
        let decomposed = "Nguyễn Thị Hoa".decomposedStringWithCanonicalMapping
        visit.register(AccountTests.form.map { $0.0 == "name" ? ("name", decomposed) : $0 } + [("household-head", decomposed)])
        let person = try #require(try visit.app.database.personForLogin(phone: PhoneNumber("0912345678")!)).person
        #expect(Array(person.fullName.unicodeScalars) == Array("Nguyễn Thị Hoa".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Array(person.householdHead.unicodeScalars) == Array(person.fullName.unicodeScalars))
    }

    @Test func aResidentWithoutACCCDHasNoneStored() throws {
        let visit = Visit(try TestApp())
        visit.register(AccountTests.form)
        let person = try #require(try visit.app.database.personForLogin(phone: PhoneNumber("0912345678")!)).person
        #expect(person.citizenID == nil && person.ethnicity.isEmpty && person.householdHead.isEmpty)
    }

    @Test func aResidentEditsTheirRecordAndSeesTheChangeInTheirHistory() throws {
        let visit = Visit(try TestApp())
        visit.register(AccountTests.form)
        let form = visit.get("/ca-nhan/sua")
        #expect(form.status == 200 && form.text.contains("value=\"Nguyễn Thị Hoa\""))
        let saved = visit.post("/ca-nhan/sua", AccountTests.form.filter { $0.0 != "password" } .map {
            $0.0 == "name" ? ("name", "Nguyễn Thị Hoà Bình") : $0
        } + [("citizen-id", "001180000789")])
        #expect(saved.status == 200)
        #expect(saved.text.contains("Đã lưu thông tin."))
        #expect(saved.text.contains("<h1>Nguyễn Thị Hoà Bình</h1>"))
        #expect(saved.text.contains("Họ tên: Nguyễn Thị Hoa → Nguyễn Thị Hoà Bình"))
        #expect(saved.text.contains("CCCD: — → *********789"))
        #expect(!saved.text.contains("001180000789"))
    }

    @Test(arguments: [("citizen-id", "12345", "đúng 12 chữ số"), ("name", "", "họ và tên"), ("phone", "abc", "10 chữ số")])
    func aBadEditExplainsAndChangesNothing(field: String, value: String, message: String) throws {
        let visit = Visit(try TestApp())
        visit.register(AccountTests.form)
        let fields = AccountTests.form.filter { $0.0 != field && $0.0 != "password" } + [(field, value)]
        let response = visit.post("/ca-nhan/sua", fields)
        #expect(response.status == 422)
        #expect(response.text.contains(message))
        let person = try #require(try visit.app.database.personForLogin(phone: PhoneNumber("0912345678")!)).person
        #expect(person.fullName == "Nguyễn Thị Hoa" && person.citizenID == nil)
    }

    @Test func staffCorrectARecordAndTheResidentSeesWhoDidIt() throws {
        let app = try TestApp()
        let resident = Visit(app)
        resident.register(AccountTests.form)
        let person = try #require(try app.database.personForLogin(phone: PhoneNumber("0912345678")!)).person
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111", name: "Phạm Cán Bộ")
        let page = staff.get("/quan-tri/nguoi-dan/\(person.id)")
        #expect(page.status == 200 && page.text.contains("value=\"0912345678\""))
        let saved = staff.post("/quan-tri/nguoi-dan/\(person.id)", AccountTests.form.filter { $0.0 != "password" && $0.0 != "birth-year" } + [("birth-year", "1981")])
        #expect(saved.status == 200 && saved.text.contains("Đã lưu thông tin."))
        #expect(try app.database.person(id: person.id)?.birthYear == 1981)
        let history = resident.get("/ca-nhan").text
        #expect(history.contains("Phạm Cán Bộ") && history.contains("Năm sinh: 1980 → 1981"))
        // The resident list links to the record.
        #expect(staff.get("/quan-tri/nguoi-dan").text.contains("href=\"/quan-tri/nguoi-dan/\(person.id)\""))
    }

    @Test func staffCannotEditAnAdministratorsRecordButAnAdministratorCan() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0987000222")
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let adminID = try #require(try app.database.personForLogin(phone: PhoneNumber("0987000222")!)).person.id
        let staffID = try #require(try app.database.personForLogin(phone: PhoneNumber("0987000111")!)).person.id
        #expect(staff.get("/quan-tri/nguoi-dan/\(adminID)").status == 403)
        #expect(admin.get("/quan-tri/nguoi-dan/\(staffID)").status == 200)
        #expect(staff.get("/quan-tri/nguoi-dan/999999").status == 404)
    }

    @Test func changingThePasswordNeedsTheCurrentOneAndSignsOutOtherDevices() throws {
        let app = try TestApp()
        let phone = Visit(app)
        phone.register(AccountTests.form)
        let tablet = Visit(app)
        tablet.get("/dang-nhap")
        tablet.post("/dang-nhap", [("phone", "0912345678"), ("password", "ngày mai trời nắng")])
        #expect(tablet.get("/ca-nhan").status == 200)

        let wrong = phone.post("/ca-nhan/mat-khau", [("current-password", "sai rồi"), ("password", "một mật khẩu mới dài")])
        #expect(wrong.status == 401 && wrong.text.contains("Mật khẩu hiện tại không đúng."))
        let weak = phone.post("/ca-nhan/mat-khau", [("current-password", "ngày mai trời nắng"), ("password", "12345678")])
        #expect(weak.status == 422)
        let changed = phone.post("/ca-nhan/mat-khau", [("current-password", "ngày mai trời nắng"), ("password", "một mật khẩu mới dài")])
        #expect(changed.status == 200 && changed.text.contains("Đã đổi mật khẩu."))
        #expect(phone.get("/ca-nhan").status == 200, "this device stays signed in")
        #expect(tablet.get("/ca-nhan").status == 303, "the other device is signed out")

        let again = Visit(app)
        again.get("/dang-nhap")
        #expect(again.post("/dang-nhap", [("phone", "0912345678"), ("password", "ngày mai trời nắng")]).status == 401)
        #expect(again.post("/dang-nhap", [("phone", "0912345678"), ("password", "một mật khẩu mới dài")]).status == 303)
    }
}
