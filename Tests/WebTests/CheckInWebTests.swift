import Credentials
import Domain
import MicroHTTP
import QRCode
import Storage
import Testing
import TestSupport

/// Self check-in end to end: the instructor's screen gives the code, residents' phones send it.
@Suite struct CheckInWebTests {
    static let title = "Sơ cứu ban đầu"

    /// A class with one two-hour session starting `startsIn` seconds from the test clock's now.
    static func session(in app: TestApp, title: String = title, startsIn: Int64 = 20 * 60) throws -> ClassSession {
        let courseClass = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: title, field: .health, venue: Venue(kind: .villageHall, name: "Nhà văn hóa"),
                        capacity: 30), by: .system(now: 0))
        let start = app.clock.now + startsIn
        return try app.database.addSessions(classID: courseClass.id, times: [(start, start + 7_200)], by: .system(now: 0))[0]
    }

    /// A resident with a password, and a visit signed in as them.
    static func resident(_ app: TestApp, phone: String, name: String) throws -> (Visit, Person) {
        let person = try app.database.createPerson(NewPerson(phone: PhoneNumber(phone)!, fullName: name,
                                                             passwordHash: try PasswordHasher.minimal.hash("một mật khẩu dài")), now: 0)
        let visit = Visit(app)
        visit.get("/dang-nhap")
        #expect(visit.post("/dang-nhap", [("phone", phone), ("password", "một mật khẩu dài")]).status == 303)
        return (visit, person)
    }

    /// The code as the screen shows it in large letters, without the space between the groups.
    static func shownCode(_ screen: Response) throws -> String {
        let text = screen.text
        let start = try #require(text.firstRange(of: "<p class=\"checkin-code\">")).upperBound
        let end = try #require(text[start...].firstRange(of: "</p>")).lowerBound
        let grouped = String(text[start..<end])
        #expect(grouped.count == 7 && grouped.dropFirst(3).first == " ")
        return grouped.filter { $0 != " " }
    }

    static func status(_ app: TestApp, _ session: ClassSession, _ person: Person) throws -> AttendanceRecord? {
        try app.database.attendance(sessionID: session.id)[person.id]
    }

    @Test func codeFromTheScreenChecksInAsPresentThenLateAfterTheThreshold() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (early, mười) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let (late, lan) = try Self.resident(app, phone: "0912000002", name: "Hà Thị Lan")

        let screen = instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh")
        #expect(screen.status == 200)
        let answer = early.get("/diem-danh/\(try Self.shownCode(screen))")
        #expect(answer.status == 200 && answer.text.contains("Đã điểm danh: có mặt – \(Self.title) – "))
        #expect(try Self.status(app, session, mười)?.status == .present)
        #expect(try Self.status(app, session, mười)?.source == .checkIn)

        app.clock.advance(by: 20 * 60 + 15 * 60) // the threshold itself is late
        let later = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        #expect(late.get("/diem-danh/\(later)").text.contains("Đã điểm danh: đi muộn – \(Self.title)"))
        #expect(try Self.status(app, session, lan)?.status == .late)
    }

    /// A second scan, or a scan after the roll call, records nothing new.
    @Test func secondScanSaysAlreadyCheckedInAndChangesNothing() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (resident, person) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let code = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        resident.get("/diem-danh/\(code)")
        let first = try #require(try Self.status(app, session, person))
        app.clock.advance(by: 30 * 60)
        let again = resident.get("/diem-danh/\(try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh")))")
        #expect(again.status == 200 && again.text.contains("Bạn đã điểm danh buổi này."))
        #expect(try Self.status(app, session, person) == first)

        let (marked, absent) = try Self.resident(app, phone: "0912000002", name: "Hà Thị Lan")
        try app.database.recordAttendance(sessionID: session.id, personID: absent.id, status: .absent, source: .rollCall,
                                          overwrite: true, by: .system(now: app.clock.now))
        let code2 = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        #expect(marked.get("/diem-danh/\(code2)").text.contains("Bạn đã điểm danh buổi này."))
        #expect(try Self.status(app, session, absent)?.status == .absent, "a check-in never overwrites the roll call")
    }

    /// A photo of the screen sent home works for two minutes, then never again.
    @Test func codeOlderThanTheGraceIsRefused() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (slow, slowPerson) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let (home, homePerson) = try Self.resident(app, phone: "0912000002", name: "Hà Thị Lan")
        let code = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        app.clock.advance(by: 2 * 60)
        #expect(slow.get("/diem-danh/\(code)").text.contains("Đã điểm danh: có mặt"))
        app.clock.advance(by: 60)
        let refused = home.get("/diem-danh/\(code)")
        #expect(refused.status == 410 && refused.text.contains("Mã không đúng hoặc đã hết hạn."))
        #expect(try Self.status(app, session, slowPerson) != nil && Self.status(app, session, homePerson) == nil)
    }

    /// Each session has its own secret: a code checks in to its own session and no other.
    @Test func codeOfAnotherSessionDoesNotCheckInToThisOne() throws {
        let app = try TestApp()
        let first = try Self.session(in: app)
        let second = try Self.session(in: app, title: "Trồng rau sạch")
        let tomorrow = try Self.session(in: app, title: "Ngày mai", startsIn: 86_400)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (resident, person) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let secondCode = try Self.shownCode(instructor.get("/quan-tri/buoi/\(second.id)/ma-diem-danh"))
        #expect(resident.get("/diem-danh/\(secondCode)").text.contains("Trồng rau sạch"))
        #expect(try Self.status(app, first, person) == nil && Self.status(app, second, person)?.status == .present)

        let secret = try app.database.checkInSecret(sessionID: tomorrow.id)
        let tomorrowCode = CheckInCode.code(secret: secret, sessionID: tomorrow.id, step: CheckInCode.step(at: app.clock.now))
        #expect(resident.get("/diem-danh/\(tomorrowCode)").status == 410)
        #expect(try app.database.attendance(sessionID: tomorrow.id).isEmpty)
    }

    @Test func checkInIsRefusedBeforeAndAfterTheWindow() throws {
        let app = try TestApp()
        let session = try Self.session(in: app, startsIn: 31 * 60)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (resident, person) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let screen = instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh").text
        #expect(screen.contains("Điểm danh mở lúc") && !screen.contains("checkin-code") && !screen.contains("<svg"))
        let secret = try app.database.checkInSecret(sessionID: session.id)
        let early = CheckInCode.code(secret: secret, sessionID: session.id, step: CheckInCode.step(at: app.clock.now))
        #expect(resident.get("/diem-danh/\(early)").status == 410)

        app.clock.advance(by: 31 * 60 + 7_200 + 14 * 60) // a minute before closing
        let last = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        let (signingIn, late) = try Self.resident(app, phone: "0912000002", name: "Hà Thị Lan")
        let pending = Visit(app)
        pending.get("/diem-danh/\(last)")
        app.clock.advance(by: 2 * 60)
        let token = try #require(signingIn.cookies["hoctap_session"]), proof = try #require(pending.cookies["hoctap_diem_danh"])
        let tooLate = app.get("/diem-danh", headers: ["Cookie": "hoctap_session=\(token); hoctap_diem_danh=\(proof)"])
        #expect(try tooLate.text.contains("Đã hết giờ điểm danh.") && Self.status(app, session, late) == nil, "signed in after closing")
        #expect(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh").text.contains("Đã hết giờ tự điểm danh."))
        let closed = resident.get("/diem-danh/\(last)")
        #expect(closed.status == 200 && closed.text.contains("Đã hết giờ điểm danh."))
        #expect(try Self.status(app, session, person) == nil)
    }

    /// Scan, sign in four minutes later (the code has rotated past its grace): checked in, as
    /// present because the scan came before the threshold, with no second scan.
    @Test func signedOutResidentSignsInAndTheCheckInCompletes() throws {
        let app = try TestApp()
        let session = try Self.session(in: app, startsIn: -14 * 60)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let person = try app.database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "Lò Văn Mười",
                                                             passwordHash: try PasswordHasher.minimal.hash("một mật khẩu dài")), now: 0)
        let visit = Visit(app)
        let code = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        let asked = visit.get("/diem-danh/\(code)")
        #expect(asked.status == 200 && asked.text.contains("Đăng nhập để hoàn tất điểm danh"))
        #expect(asked.text.contains("href=\"/dang-nhap?tiep=%2Fdiem-danh\"") && asked.text.contains("href=\"/dang-ky\""))
        #expect(visit.cookies["hoctap_diem_danh"]?.hasPrefix("\(session.id).") == true)
        #expect(try Self.status(app, session, person) == nil)

        app.clock.advance(by: 4 * 60)
        visit.get("/dang-nhap", query: "tiep=%2Fdiem-danh")
        let signedIn = visit.post("/dang-nhap", query: "tiep=%2Fdiem-danh", [("phone", "0912000001"), ("password", "một mật khẩu dài")])
        #expect(signedIn.header("Location") == "/diem-danh")
        let done = visit.get("/diem-danh")
        #expect(done.text.contains("Đã điểm danh: có mặt – \(Self.title)"))
        #expect(try Self.status(app, session, person)?.status == .present)
        #expect(visit.cookies["hoctap_diem_danh"] == nil)
        #expect(visit.get("/diem-danh").text.contains("Nhập mã điểm danh"), "nothing left waiting")
    }

    @Test func registeringAlsoCompletesTheWaitingCheckIn() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let visit = Visit(app)
        visit.get("/diem-danh/\(try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh")))")
        let registered = visit.register([("phone", "0912000009"), ("name", "Vi Văn Tú"), ("password", "một câu khá dài"), ("consent", "1")])
        #expect(registered.header("Location") == "/diem-danh")
        #expect(visit.get("/diem-danh").text.contains("Đã điểm danh: có mặt"))
        #expect(try app.database.arrivals(sessionID: session.id).map(\.name) == ["Vi Văn Tú"])
    }

    /// Made-up, altered and stale waiting check-ins are refused and cleared.
    @Test func forgedOrOldPendingCookieIsRefused() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let other = try Self.session(in: app, title: "Trồng rau sạch")
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (resident, _) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let anonymous = Visit(app)
        anonymous.get("/diem-danh/\(try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh")))")
        let genuine = try #require(anonymous.cookies["hoctap_diem_danh"])
        let parts = genuine.split(separator: ".")
        let token = try #require(resident.cookies["hoctap_session"])
        func finish(_ pending: String) -> Response {
            app.get("/diem-danh", headers: ["Cookie": "hoctap_session=\(token); hoctap_diem_danh=\(pending)"])
        }
        for forged in ["\(session.id).\(app.clock.now).\(String(repeating: "0", count: 32))",
                       "\(other.id).\(parts[1]).\(parts[2])", "\(session.id).\(app.clock.now - 1).\(parts[2])", "rác"] {
            let refused = finish(forged)
            #expect(refused.status == 410 && refused.text.contains("Lượt điểm danh đang chờ không còn hiệu lực"), "\(forged)")
            #expect(refused.headers.contains { $0.name == "Set-Cookie" && $0.value.hasPrefix("hoctap_diem_danh=;") })
        }
        app.clock.advance(by: 15 * 60)
        #expect(finish(genuine).status == 410, "expired after 15 minutes")
        #expect(try app.database.attendance(sessionID: session.id).isEmpty && app.database.attendance(sessionID: other.id).isEmpty)
    }

    @Test func typedCodeIgnoresCaseAndSpaces() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let (resident, person) = try Self.resident(app, phone: "0912000001", name: "Lò Văn Mười")
        let form = resident.get("/diem-danh").text
        #expect(form.contains("action=\"/diem-danh\" method=\"get\"") && form.contains("name=\"ma\""))
        let code = try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh"))
        let typed = code.prefix(3).lowercased() + " " + code.dropFirst(3).lowercased()
        #expect(resident.get("/diem-danh", query: "ma=\(Visit.encode(typed))").text.contains("Đã điểm danh: có mặt"))
        #expect(try Self.status(app, session, person)?.status == .present)
        #expect(resident.get("/diem-danh", query: "ma=%3Cb%3E").status == 410)
    }

    /// The screen: the QR code of the check-in link, the code in groups, the count and names
    /// newest first, refreshing itself and never stored.
    @Test func screenShowsTheCodeTheCountAndTheNamesNewestFirst() throws {
        let app = try TestApp()
        let session = try Self.session(in: app)
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111")
        let names = ["Lò Văn Mười", "Hà Thị Lan", "Vi Văn Tú"]
        for (index, name) in names.enumerated() {
            let (resident, _) = try Self.resident(app, phone: "091200000\(index)", name: name)
            resident.get("/diem-danh/\(try Self.shownCode(instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh")))")
            app.clock.advance(by: 30)
        }
        let screen = instructor.get("/quan-tri/buoi/\(session.id)/ma-diem-danh")
        let text = screen.text
        #expect(screen.header("Cache-Control") == "no-store")
        #expect(text.contains("<meta http-equiv=\"refresh\" content=\"15\">") && !text.contains("<script"))
        #expect(text.contains("3 người đã điểm danh") && text.contains(Self.title))
        let positions = try names.map { try #require(text.firstRange(of: $0)).lowerBound }
        #expect(positions[2] < positions[1] && positions[1] < positions[0])
        let code = try Self.shownCode(screen)
        let expected = try QRCode(encoding: "http://localhost/diem-danh/\(code)").svg(label: "Mã QR điểm danh, mã \(code)")
        #expect(text.contains(expected))
        #expect(text.contains("localhost/diem-danh"))
    }
}
