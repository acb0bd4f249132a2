import Credentials
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct AccountTests {
    static let form: [(String, String)] = [
        ("phone", "0912 345 678"), ("name", "Nguyễn Thị Hoa"), ("birth-year", "1980"), ("sex", "nu"),
        ("group", "1"), ("password", "ngày mai trời nắng"), ("consent", "1"),
    ]

    static func replacing(_ name: String, with value: String?) -> [(String, String)] {
        form.compactMap { $0.0 == name ? value.map { (name, $0) } : $0 }
    }

    @Test func residentRegistersAndIsSignedIn() throws {
        let visit = Visit(try TestApp())
        #expect(visit.get("/dang-ky").status == 200)
        #expect(visit.cookies["hoctap_csrf"]?.count == 64)
        let created = visit.post("/dang-ky", Self.form)
        #expect(created.status == 303)
        #expect(created.header("Location") == "/ca-nhan")
        let cookie = created.headers.first { $0.value.hasPrefix("hoctap_session=") }?.value ?? ""
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
        let profile = visit.get("/ca-nhan")
        #expect(profile.status == 200)
        #expect(profile.text.contains("<h1>Nguyễn Thị Hoa</h1>"))
        #expect(profile.text.contains("0912 345 678"))
        #expect(profile.text.contains("1. Nông dân, lao động nông thôn"))
        #expect(profile.text.contains("action=\"/dang-xuat\""))
        let stored = try #require(try visit.app.database.personForLogin(phone: PhoneNumber("0912345678")!))
        #expect(stored.passwordHash?.hasPrefix("$argon2id$") == true)
        #expect(stored.person.consentAt == visit.app.clock.now)
    }

    @Test(arguments: [
        ("phone", "12345", "10 chữ số"), ("name", "", "họ và tên"), ("birth-year", "1800", "Năm sinh"),
        ("password", "12345678", "dễ đoán"), ("password", "ngắn", "ít nhất 8"), ("consent", nil, "đồng ý"),
    ] as [(String, String?, String)])
    func badRegistrationsExplainAndWriteNothing(field: String, value: String?, message: String) throws {
        let visit = Visit(try TestApp())
        let response = visit.register(Self.replacing(field, with: value))
        #expect(response.status == 422)
        #expect(response.text.contains(message))
        #expect(!response.text.contains("ngày mai trời nắng"), "the password is never sent back")
        #expect(try visit.app.database.countPeople().isEmpty)
        #expect(visit.cookies["hoctap_session"] == nil)
    }

    @Test func onceVillagesAreListedResidentsChooseTheirs() throws {
        let app = try TestApp()
        try app.database.loadDemoData(now: 0)
        let bacSon = try #require(try app.database.villages().first { $0.name == "Bắc Sơn" })
        let visit = Visit(app)
        #expect(visit.get("/dang-ky").text.contains("<option value=\"\(bacSon.id)\">Thôn Bắc Sơn</option>"))
        let missing = visit.post("/dang-ky", Self.form)
        #expect(missing.status == 422)
        #expect(missing.text.contains("Hãy chọn thôn"))
        #expect(visit.post("/dang-ky", Self.form + [("village", "999")]).status == 422)
        #expect(visit.post("/dang-ky", Self.form + [("village", String(bacSon.id))]).status == 303)
        #expect(visit.get("/ca-nhan").text.contains("Thôn Bắc Sơn"))
        #expect(visit.get("/ca-nhan/du-lieu.json").text.contains("Thôn Bắc Sơn"))
        #expect(try app.database.loadDemoData(now: 1) == false, "demo data never touch a listed commune")
    }

    @Test func aPhoneNumberRegistersOnce() throws {
        let app = try TestApp()
        let first = Visit(app)
        first.register(Self.form)
        let second = Visit(app)
        let response = second.register(Self.replacing("phone", with: "+84912345678"))
        #expect(response.status == 422)
        #expect(response.text.contains("đã có tài khoản"))
    }

    @Test func signInOutAndBackWithTheRightPasswordOnly() throws {
        let app = try TestApp()
        let visit = Visit(app)
        visit.register(Self.form)
        #expect(visit.post("/dang-xuat", []).status == 303)
        #expect(visit.cookies["hoctap_session"] == nil)
        #expect(visit.get("/ca-nhan").header("Location") == "/dang-nhap?tiep=%2Fca-nhan")

        let wrong = visit.post("/dang-nhap", query: "tiep=%2Fca-nhan", [("phone", "0912345678"), ("password", "sai mật khẩu rồi")])
        #expect(wrong.status == 401)
        #expect(wrong.text.contains("Số điện thoại hoặc mật khẩu không đúng"))
        let unknown = visit.post("/dang-nhap", [("phone", "0999999999"), ("password", "ngày mai trời nắng")])
        #expect(unknown.status == 401)

        let right = visit.post("/dang-nhap", query: "tiep=%2Fca-nhan", [("phone", "0912.345.678"), ("password", "ngày mai trời nắng")])
        #expect(right.status == 303)
        #expect(right.header("Location") == "/ca-nhan")
        #expect(visit.get("/ca-nhan").status == 200)
        let offsite = visit.post("/dang-nhap", query: "tiep=https%3A%2F%2Fevil.example", [("phone", "0912345678"), ("password", "ngày mai trời nắng")])
        #expect(offsite.header("Location") == "/")
    }

    @Test func sessionsExpireAndSigningOutEverywhereEndsTheOthers() throws {
        let app = try TestApp()
        let phone = Visit(app), laptop = Visit(app)
        phone.register(Self.form)
        laptop.get("/dang-nhap")
        laptop.post("/dang-nhap", [("phone", "0912345678"), ("password", "ngày mai trời nắng")])
        let done = phone.post("/ca-nhan", [("action", "sign-out-everywhere")])
        #expect(done.text.contains("Đã đăng xuất khỏi 1 phiên đăng nhập khác"))
        #expect(laptop.get("/ca-nhan").status == 303)
        #expect(phone.get("/ca-nhan").status == 200)
        app.clock.advance(by: 15 * 24 * 3600)
        #expect(phone.get("/ca-nhan").status == 303, "14 idle days end a resident's session")
    }

    /// Every state-changing route refuses a post without the visitor's token, and changes nothing.
    @Test(arguments: ["/dang-ky", "/dang-nhap", "/dang-xuat", "/ca-nhan"])
    func postsWithoutTheTokenAreRefused(path: String) throws {
        let app = try TestApp()
        let visit = Visit(app)
        visit.register(Self.form)
        let before = try app.database.countPeople()
        for token in ["", "sai", String(repeating: "0", count: 64)] {
            let response = visit.post(path, path == "/dang-ky" ? Self.replacing("phone", with: "0987654321") :
                                        [("phone", "0912345678"), ("password", "ngày mai trời nắng"), ("action", "sign-out-everywhere")],
                                      csrf: token)
            #expect(response.status == 403, "\(path) with token \(token.prefix(4))")
        }
        #expect(try app.database.countPeople() == before)
        #expect(visit.get("/ca-nhan").status == 200, "still signed in")
    }

    @Test func cachedPagesNeverShowSomeoneElsesHeader() throws {
        let app = try TestApp()
        #expect(Visit(app).get("/khoa-hoc").text.contains("Đăng nhập"))
        let visit = Visit(app)
        visit.register(Self.form)
        let signedIn = visit.get("/khoa-hoc").text
        #expect(signedIn.contains(">Cá nhân</a>"))
        #expect(!signedIn.contains(">Đăng nhập<"))
        #expect(!Visit(app).get("/khoa-hoc").text.contains(">Cá nhân</a>"))
    }
}

/// Every route that needs a role, requested as each kind of visitor.
@Suite struct AccessMatrixTests {
    static let expectations: [(path: String, anonymous: Int, resident: Int, instructor: Int, staff: Int, admin: Int)] = [
        ("/quan-tri", 303, 403, 200, 200, 200),
        ("/ca-nhan", 303, 200, 200, 200, 200),
        ("/ca-nhan/du-lieu.json", 303, 200, 200, 200, 200),
        ("/ca-nhan/du-lieu.csv", 303, 200, 200, 200, 200),
        ("/ca-nhan/sua", 303, 200, 200, 200, 200),
        ("/ca-nhan/mat-khau", 303, 200, 200, 200, 200),
        ("/quan-tri/nguoi-dan/1", 303, 403, 403, 200, 200),
        ("/quan-tri/thon", 303, 403, 403, 200, 200),
        ("/quan-tri/thon/1", 303, 403, 403, 200, 200),
        ("/quan-tri/nhat-ky", 303, 403, 403, 403, 200),
        ("/quan-tri/dang-ky-ho", 303, 403, 403, 200, 200),
        ("/quan-tri/cap-lai-mat-khau", 303, 403, 403, 200, 200),
        ("/dat-mat-khau", 200, 200, 200, 200, 200),
        ("/quan-tri/nguoi-dan", 303, 403, 403, 200, 200),
        ("/quan-tri/nguoi-dan.csv", 303, 403, 403, 200, 200),
        ("/quan-tri/ho", 303, 403, 403, 200, 200),
        ("/quan-tri/ho/1", 303, 403, 403, 200, 200),
        ("/quan-tri/can-bo", 303, 403, 403, 403, 200),
        ("/quan-tri/cai-dat", 303, 403, 403, 403, 200),
        ("/quan-tri/nhap-nguoi-dan", 303, 403, 403, 200, 200),
        ("/quan-tri/lop", 303, 403, 403, 200, 200),
        ("/quan-tri/tuan-le", 303, 403, 403, 200, 200),
        ("/quan-tri/tuan-le/2026", 303, 403, 403, 200, 200),
        ("/quan-tri/tuan-le/2026/bao-cao", 303, 403, 403, 200, 200),
        ("/quan-tri/tuan-le/2026/bao-cao.csv", 303, 403, 403, 200, 200),
        ("/quan-tri/bao-cao", 303, 403, 403, 200, 200),
        ("/quan-tri/bao-cao.csv", 303, 403, 403, 200, 200),
        ("/ca-nhan/tu-danh-gia/2026", 303, 200, 200, 200, 200),
        ("/quan-tri/nguoi-dan/1/tu-danh-gia/2026", 303, 403, 403, 200, 200),
        ("/quan-tri/tu-danh-gia", 303, 403, 403, 200, 200),
        ("/quan-tri/buoi/1/diem-danh", 303, 403, 200, 200, 200),
        ("/quan-tri/buoi/1/danh-sach", 303, 403, 200, 200, 200),
        ("/quan-tri/buoi/1/nhap-giay", 303, 403, 200, 200, 200),
        ("/quan-tri/buoi/1/ma-diem-danh", 303, 403, 200, 200, 200),
        // Public: a wrong code gets its answer (410 Gone), never a sign-in redirect or a 403.
        ("/diem-danh/ABCDEF", 410, 410, 410, 410, 410),
        ("/diem-danh", 200, 200, 200, 200, 200),
        ("/quan-tri/lop/1/diem-danh", 303, 403, 200, 200, 200),
        ("/quan-tri/lop/1/diem-danh.csv", 303, 403, 200, 200, 200),
        ("/quan-tri/diem-tich-luy", 303, 403, 403, 403, 200),
        ("/diem-tich-luy", 200, 200, 200, 200, 200),
        ("/quan-tri/tieu-chi", 303, 403, 403, 403, 200),
        ("/quan-tri/tieu-chi/2026", 303, 403, 403, 403, 200),
        ("/cong-dan-hoc-tap", 200, 200, 200, 200, 200),
        ("/lich", 200, 200, 200, 200, 200),
        ("/lich.ics", 200, 200, 200, 200, 200),
        ("/ca-nhan/lich", 303, 200, 200, 200, 200),
        ("/ca-nhan/ho-so", 303, 200, 200, 200, 200),
        ("/ca-nhan/ho-so.csv", 303, 200, 200, 200, 200),
        ("/ca-nhan/ho-so.json", 303, 200, 200, 200, 200),
        // Public: an unknown code gets the page that says so, for everyone alike.
        ("/xac-minh/\(String(repeating: "0", count: 32))", 404, 404, 404, 404, 404),
        ("/quan-tri/nguoi-dan/1/ho-so", 303, 403, 403, 200, 200),
        // The staff member's own upload; nobody else's preview shows it, not even an administrator's.
        ("/quan-tri/nhap-nguoi-dan/1", 303, 403, 403, 200, 404),
    ]

    @Test func everyRoleGetsWhatTheTableSays() throws {
        let app = try TestApp()
        let hash = try PasswordHasher.minimal.hash("mật khẩu thử nghiệm")
        var visits: [Role: Visit] = [:]
        for (index, role) in Role.allCases.enumerated() {
            let phone = PhoneNumber("090000000\(index)")!
            _ = try app.database.createPerson(NewPerson(phone: phone, fullName: "Người \(role.rawValue)", role: role, passwordHash: hash), now: 0)
            let visit = Visit(app)
            visit.get("/dang-nhap")
            #expect(visit.post("/dang-nhap", [("phone", phone.digits), ("password", "mật khẩu thử nghiệm")]).status == 303)
            visits[role] = visit
        }
        try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: Actor(personID: 4, address: "-", now: 0))
        let courseClass = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Lớp", field: .health,
                                                                   venue: Venue(kind: .centre), capacity: 5), by: .system(now: 0))
        try app.database.addSessions(classID: courseClass.id, times: [(app.clock.now, app.clock.now + 3600)], by: .system(now: 0))
        _ = try app.database.stageImport(fileName: "a.csv", content: Array("ho_ten,so_dien_thoai\nAn,0912000080\n".utf8),
                                         by: Actor(personID: 3, address: "-", now: 0))
        try app.database.createHousehold(headName: "Nguyễn Văn Đức", villageID: nil, address: "", by: Actor(personID: 4, address: "-", now: 0))
        try app.database.createEdition(StoredEdition(edition: WeekEdition.standard(year: 2026)!), by: .system(now: 0))
        for row in Self.expectations {
            #expect(Visit(app).get(row.path).status == row.anonymous, "\(row.path) anonymous")
            let expected: [Role: Int] = [.resident: row.resident, .instructor: row.instructor, .staff: row.staff, .admin: row.admin]
            for (role, status) in expected {
                #expect(visits[role]!.get(row.path).status == status, "\(row.path) as \(role)")
            }
        }
        #expect(Visit(app).get("/quan-tri").header("Location") == "/dang-nhap?tiep=%2Fquan-tri")
        #expect(visits[.staff]!.get("/quan-tri").text.contains("Cán bộ trung tâm"))
        #expect(visits[.staff]!.get("/").text.contains("href=\"/quan-tri\""))
        #expect(!visits[.resident]!.get("/").text.contains("href=\"/quan-tri\""))
    }
}
