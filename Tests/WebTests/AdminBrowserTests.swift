import Credentials
import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport

/// Every admin page, and the resident's own pages, in a real browser at phone and desktop
/// widths, signed in through the login form: nothing wider than the screen, every button
/// big enough to tap. Set `HOCTAP_SCREENSHOTS` to a folder to keep a PNG of each page.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"))
struct AdminBrowserTests {
    @Test(arguments: [360, 1280])
    func adminPagesFitThePhoneAndTheDesktop(width: Int) async throws {
        let app = try TestApp()
        try app.database.loadDemoData(now: 0)
        let village = try #require(try app.database.villages().first)
        let password = "mật khẩu quản trị"
        let admin = try app.database.createPerson(NewPerson(phone: PhoneNumber("0987000001")!, fullName: "Nguyễn Thị Quản Trị",
                                                            role: .admin, passwordHash: try PasswordHasher.minimal.hash(password)), now: 0)
        let resident = try app.database.createPerson(NewPerson(
            phone: PhoneNumber("0912000001")!, fullName: "Hoàng Văn Người Dân Có Tên Rất Dài", birthYear: 1958, sex: .male,
            group: TargetGroup(number: 1), villageID: village.id, passwordHash: nil, householdHead: "Hoàng Văn Chủ Hộ",
            ethnicity: "Tày", citizenID: CitizenID("001058000123")), now: 0)
        var edited = resident
        edited.birthYear = 1959
        try app.database.updatePerson(edited, by: Actor(personID: admin.id, address: "127.0.0.1", now: 10))

        let actor = Actor(personID: admin.id, address: "127.0.0.1", now: app.clock.now)
        let courseClass = try app.database.createClass(CourseClass(
            id: 0, courseSlug: nil, title: "Chuyên đề: Phòng chống lừa đảo qua mạng xã hội cho người cao tuổi", field: .digitalSkills,
            venue: Venue(kind: .villageHall, name: "Nhà văn hóa thôn Bắc Sơn"), villageID: village.id, guestInstructor: "Đại úy Nguyễn Văn Công",
            partner: "Công an xã", capacity: 1, pointsPerSession: 2), by: actor)
        let today = LocalDate(unixSeconds: app.clock.now)
        try app.database.addSessions(classID: courseClass.id, times: try SessionPlan(
            weekdays: [2, 4], startMinutes: 19 * 60, endMinutes: 21 * 60, from: today, through: today.adding(days: 20)).occurrences(), by: actor)
        try app.database.enrol(classID: courseClass.id, personID: resident.id, by: actor)
        try app.database.enrol(classID: courseClass.id, personID: admin.id, by: actor)
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2), responder: app.respond)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try await WebDriver(width: width)
        do {
            try await browser.open(site + "/dang-nhap?tiep=%2Fquan-tri")
            try await browser.type("0987000001", into: "#phone")
            try await browser.type(password, into: "#password")
            try await browser.click("form button[type=submit]")
            #expect(try await browser.waitForURL(endingWith: "/quan-tri"))
            let pages = ["/quan-tri", "/quan-tri/nguoi-dan", "/quan-tri/nguoi-dan/\(resident.id)", "/quan-tri/thon",
                         "/quan-tri/thon/\(village.id)", "/quan-tri/nhat-ky", "/quan-tri/dang-ky-ho", "/quan-tri/cap-lai-mat-khau",
                         "/quan-tri/nhap-nguoi-dan", "/quan-tri/ho", "/quan-tri/can-bo", "/quan-tri/cai-dat",
                         "/ca-nhan", "/ca-nhan/sua", "/ca-nhan/mat-khau", "/quan-tri/lop", "/quan-tri/lop/\(courseClass.id)",
                         "/lop/\(courseClass.id)", "/lich", "/quan-tri/tuan-le", "/quan-tri/tuan-le/2026", "/quan-tri/tuan-le/2026/bao-cao", "/tuan-le-hoc-tap/2026",
                         "/diem-tich-luy", "/quan-tri/diem-tich-luy", "/quan-tri/tieu-chi", "/quan-tri/tieu-chi/2026", "/cong-dan-hoc-tap"]
            #expect(try await browser.evaluate("return window.innerWidth") as? Int == width)
            for path in pages {
                try await browser.open(site + path)
                #expect(try await browser.text("h1").isEmpty == false, "\(path) has a heading")
                let overflow = try await browser.evaluate(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int
                #expect(overflow == 0, "\(path) is wider than \(width) px")
                let small = try await browser.evaluate("""
                    return [...document.querySelectorAll('header a, nav a, button, a.button, input, select')]
                      .filter(e => e.type !== 'hidden' && e.type !== 'radio' && e.type !== 'checkbox')
                      .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 })
                      .map(e => e.name || e.textContent.trim())
                    """) as? [String]
                #expect(small == [], "\(path): tap targets under 44 px: \(small ?? [])")
                if let folder = ProcessInfo.processInfo.environment["HOCTAP_SCREENSHOTS"] {
                    let name = path.dropFirst().replacingOccurrences(of: "/", with: "_")
                    try Data(try await browser.screenshot()).write(to: URL(fileURLWithPath: "\(folder)/\(width)-\(name).png"))
                }
            }
            // The import's key flow: choose a file, see its rows' errors, nothing saved.
            let folder = try TemporaryDirectory()
            let file = folder.path + "/danh-sach.csv"
            try Data("Họ và tên;Số điện thoại;Thôn\r\nLò Văn Mười;0912 000 010;Bắc Sơn\r\n;0912000011;Thôn Không Có\r\n".utf8)
                .write(to: URL(fileURLWithPath: file))
            try await browser.open(site + "/quan-tri/nhap-nguoi-dan")
            try await browser.type(file, into: "#file")
            try await browser.click("main form button[type=submit]")
            #expect(try await browser.waitForURL(endingWith: "/quan-tri/nhap-nguoi-dan/1"))
            #expect(try await browser.text(".lead").contains("1 dòng hợp lệ, 1 dòng có lỗi."))
            #expect(try await browser.text("main").contains("Thiếu họ tên."))
            #expect(try await browser.evaluate("return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int == 0)
            if let folder = ProcessInfo.processInfo.environment["HOCTAP_SCREENSHOTS"] {
                try Data(try await browser.screenshot()).write(to: URL(fileURLWithPath: "\(folder)/\(width)-import-preview.png"))
            }
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
