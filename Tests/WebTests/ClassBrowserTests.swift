import Credentials
import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport

/// The class flows in a real browser: a resident enrols; an instructor takes the roll on a
/// 360 px phone (JavaScript saves each tap in place); a resident who is signed out opens a
/// check-in link, signs in, and is checked in without scanning again. With
/// `HOCTAP_SCREENSHOTS=DIR` each step is kept as a PNG, for people to look at.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true"))
struct ClassBrowserTests {
    static let password = "một mật khẩu dễ nhớ"

    /// A class with an evening session that has just started, and people who can sign in.
    static func setUp() throws -> (TestApp, CourseClass, ClassSession, resident: Person, instructor: Person, seated: [Person]) {
        let app = try TestApp()
        let hash = try PasswordHasher.minimal.hash(password)
        let instructor = try app.database.createPerson(NewPerson(phone: PhoneNumber("0987000001")!, fullName: "Giảng Viên Thử",
                                                                 role: .instructor, passwordHash: hash), now: 0)
        let resident = try app.database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "Nguyễn Thị Hoa",
                                                               passwordHash: hash), now: 0)
        let actor = Actor(personID: instructor.id, address: "-", now: app.clock.now)
        let courseClass = try app.database.createClass(CourseClass(
            id: 0, courseSlug: nil, title: "Sử dụng VNeID trên điện thoại", field: .digitalSkills,
            venue: Venue(kind: .villageHall, name: "Nhà văn hóa thôn Bắc Sơn"), instructorID: instructor.id, capacity: 20,
            pointsPerSession: 2), by: actor)
        let sessions = try app.database.addSessions(classID: courseClass.id, times: [(app.clock.now - 300, app.clock.now + 6900)], by: actor)
        let seated = try ["Lò Văn Ba", "Hà Thị Bốn", "Vi Văn Năm"].enumerated().map { index, name in
            let person = try app.database.createPerson(NewPerson(phone: PhoneNumber("091300000\(index)")!, fullName: name,
                                                                 passwordHash: nil), now: 0)
            try app.database.enrol(classID: courseClass.id, personID: person.id, by: actor)
            return person
        }
        return (app, courseClass, sessions[0], resident, instructor, seated)
    }

    static func signIn(_ browser: WebDriver, site: String, phone: String) async throws {
        try await browser.type(phone, into: "#phone")
        try await browser.type(password, into: "#password")
        try await browser.click("main form button[type=submit]")
    }

    static func keep(_ browser: WebDriver, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["HOCTAP_SCREENSHOTS"] else { return }
        try Data(try await browser.screenshot()).write(to: URL(fileURLWithPath: "\(folder)/\(name).png"))
    }

    static func serve(_ app: TestApp) throws -> HTTPServer {
        try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2), responder: app.respond)
    }

    @Test(arguments: [360, 1280])
    func aResidentEnrols(width: Int) async throws {
        let (app, courseClass, _, resident, _, _) = try Self.setUp()
        let server = try Self.serve(app)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try await WebDriver(width: width)
        do {
            try await browser.open(site + "/lich")
            try await browser.click("ul.schedule a")
            #expect(try await browser.waitForURL(endingWith: "/lop/\(courseClass.id)"))
            try await browser.click("main a.button")
            try await Self.signIn(browser, site: site, phone: resident.phone.digits)
            #expect(try await browser.waitForURL(endingWith: "/lop/\(courseClass.id)"))
            try await Self.keep(browser, "\(width)-enrol-1-class")
            try await browser.click("main form button[type=submit]")
            #expect(try await browser.waitForURL(endingWith: "/lop/\(courseClass.id)/dang-ky"))
            #expect(try await browser.text("main").contains("Bạn đã có chỗ trong lớp này."))
            try await Self.keep(browser, "\(width)-enrol-2-done")
            #expect(try app.database.enrolment(classID: courseClass.id, personID: resident.id)?.status == .enrolled)
            let overflow = try await browser.evaluate("return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int
            #expect(overflow == 0)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test func anInstructorTakesTheRollOnAPhone() async throws {
        let (app, _, session, _, instructor, seated) = try Self.setUp()
        let server = try Self.serve(app)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try await WebDriver(width: 360)
        do {
            try await browser.open(site + "/dang-nhap?tiep=" + Visit.encode("/quan-tri/buoi/\(session.id)/diem-danh"))
            try await Self.signIn(browser, site: site, phone: instructor.phone.digits)
            #expect(try await browser.waitForURL(endingWith: "/quan-tri/buoi/\(session.id)/diem-danh"))
            #expect(try await browser.evaluate("return window.innerWidth") as? Int == 360)
            let before = try await browser.currentURL()
            _ = try await browser.evaluate("window.stillTheSamePage = true")
            try await browser.click("#nguoi-\(seated[0].id) button.status-co-mat")
            try await browser.click("#nguoi-\(seated[1].id) button.status-di-muon")
            try await browser.click("#nguoi-\(seated[2].id) button.status-vang-co-phep")
            // Saved in place: the counts change and the page does not reload.
            var present = ""
            for _ in 0..<100 where present != "1" {
                present = try await browser.text("[data-count=co-mat]")
                if present != "1" { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(present == "1")
            #expect(try await browser.currentURL() == before)
            #expect(try await browser.evaluate("return window.stillTheSamePage === true") as? Bool == true, "no reload")
            for _ in 0..<100 where (try app.database.attendance(sessionID: session.id)).count < 3 { try await Task.sleep(for: .milliseconds(50)) }
            let recorded = try app.database.attendance(sessionID: session.id)
            #expect(recorded[seated[0].id]?.status == .present && recorded[seated[1].id]?.status == .late
                    && recorded[seated[2].id]?.status == .excused)
            #expect(try await browser.element("#nguoi-\(seated[1].id) button.status-di-muon[aria-pressed=true]").isEmpty == false)
            let small = try await browser.evaluate("""
                return [...document.querySelectorAll('.roll-call button')].filter(e => e.getBoundingClientRect().height < 44).length
                """) as? Int
            #expect(small == 0)
            #expect(try await browser.evaluate("return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int == 0)
            try await Self.keep(browser, "360-roll-call")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test func aSignedOutResidentChecksInAfterSigningIn() async throws {
        let (app, _, session, resident, _, _) = try Self.setUp()
        let code = CheckInCode.code(secret: try app.database.checkInSecret(sessionID: session.id), sessionID: session.id,
                                    step: CheckInCode.step(at: app.clock.now))
        let server = try Self.serve(app)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try await WebDriver(width: 360)
        do {
            try await browser.open(site + "/diem-danh/\(code)")
            try await Self.keep(browser, "360-check-in-1-signed-out")
            try await browser.click("main a.button")
            try await Self.signIn(browser, site: site, phone: resident.phone.digits)
            #expect(try await browser.waitForURL(endingWith: "/diem-danh"))
            #expect(try await browser.text("main").contains("Đã điểm danh: có mặt"))
            try await Self.keep(browser, "360-check-in-2-done")
            #expect(try app.database.attendance(sessionID: session.id)[resident.id]?.status == .present)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test func aResidentRegistersForAWeekEventOnAPhone() async throws {
        let (app, _, _, resident, _, _) = try Self.setUp()
        try app.database.loadDemoData(now: 0)
        let talk = try #require(try app.database.events(year: 2026).first { $0.courseClass.title == "Tọa đàm: Đọc sách cùng con" })
        let server = try Self.serve(app)
        defer { server.stop() }
        let site = "http://127.0.0.1:\(server.port)"
        let browser = try await WebDriver(width: 360)
        do {
            try await browser.open(site + "/dang-nhap?tiep=" + Visit.encode("/tuan-le-hoc-tap/2026"))
            try await Self.signIn(browser, site: site, phone: resident.phone.digits)
            #expect(try await browser.waitForURL(endingWith: "/tuan-le-hoc-tap/2026"))
            try await Self.keep(browser, "360-week-1-programme")
            #expect(try await browser.evaluate("return document.documentElement.scrollWidth - document.documentElement.clientWidth") as? Int == 0)
            try await browser.click(".week-list a[href='/su-kien/\(talk.courseClass.id)']")
            #expect(try await browser.waitForURL(endingWith: "/su-kien/\(talk.courseClass.id)"))
            try await browser.click("main form button[type=submit]")
            #expect(try await browser.waitForURL(endingWith: "/lop/\(talk.courseClass.id)/dang-ky"))
            try await Self.keep(browser, "360-week-2-registered")
            try await browser.open(site + "/ca-nhan")
            #expect(try await browser.text("main").contains("Tọa đàm: Đọc sách cùng con"))
            try await Self.keep(browser, "360-week-3-profile")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
