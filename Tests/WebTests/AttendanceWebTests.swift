import Credentials
import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct AttendanceWebTests {
    /// A class (2 points a session, room for 3) with two sessions today and tomorrow evening,
    /// three seated residents, and an instructor signed in.
    static func setUp() throws -> (TestApp, Visit, CourseClass, [ClassSession], [Person]) {
        let app = try TestApp()
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000111", name: "Giảng Viên")
        let actor = Actor.system(now: app.clock.now)
        let courseClass = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Sơ cứu ban đầu", field: .health,
                                                                   venue: Venue(kind: .centre), capacity: 3, pointsPerSession: 2), by: actor)
        let start = DateText.startOfDay(unixSeconds: app.clock.now) + 19 * 3600
        let sessions = try app.database.addSessions(classID: courseClass.id, times: [(start, start + 7200), (start + 86_400, start + 93_600)], by: actor)
        let people = try ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"].enumerated().map { index, name in
            let person = try app.database.createPerson(NewPerson(phone: PhoneNumber("091200000\(index)")!, fullName: name, passwordHash: nil), now: 0)
            try app.database.enrol(classID: courseClass.id, personID: person.id, by: actor)
            return person
        }
        return (app, instructor, courseClass, sessions, people)
    }

    @Test func oneTapPerPersonIdempotentAndChangesAreAudited() throws {
        let (app, instructor, _, sessions, people) = try Self.setUp()
        let path = "/quan-tri/buoi/\(sessions[0].id)/diem-danh"
        let page = instructor.get(path)
        #expect(page.status == 200)
        #expect(people.allSatisfy { page.text.contains($0.fullName) })
        #expect(page.text.contains("Có mặt <b data-count=\"co-mat\">0</b>"))
        let tap = instructor.post(path, [("action", "mark"), ("person", String(people[0].id)), ("status", "co-mat")])
        #expect(tap.status == 303 && tap.header("Location") == "\(path)#nguoi-\(people[0].id)")
        instructor.post(path, [("action", "mark"), ("person", String(people[0].id)), ("status", "co-mat")])
        instructor.post(path, [("action", "mark"), ("person", String(people[1].id)), ("status", "di-muon")])
        #expect(try app.database.attendance(sessionID: sessions[0].id).count == 2, "a repeated tap records once")
        #expect(try app.database.auditEntries(entity: "session", id: sessions[0].id).filter { $0.action == "attendance" }.isEmpty)
        instructor.post(path, [("action", "mark"), ("person", String(people[1].id)), ("status", "co-mat")])
        let change = try #require(try app.database.auditEntries(entity: "session", id: sessions[0].id).first)
        #expect(change.action == "attendance" && change.before?["trang_thai"] == "di-muon" && change.actorName == "Giảng Viên")
        let after = instructor.get(path).text
        #expect(after.contains("Có mặt <b data-count=\"co-mat\">2</b>"))
        #expect(after.contains("aria-pressed=\"true\">Có mặt"))
        #expect(instructor.post(path, [("action", "mark"), ("person", "99999"), ("status", "co-mat")]).status == 400)
        #expect(instructor.post(path, [("action", "mark"), ("person", String(people[0].id)), ("status", "ngu")]).status == 400)
    }

    @Test func walkInsAreFoundWithoutDiacriticsOrCreatedOnTheSpot() throws {
        let (app, instructor, _, sessions, _) = try Self.setUp()
        let path = "/quan-tri/buoi/\(sessions[0].id)/diem-danh"
        let visitor = try app.database.createPerson(NewPerson(phone: PhoneNumber("0912999888")!, fullName: "Đặng Thị Hồng", passwordHash: nil), now: 0)
        let found = instructor.get(path, query: "q=dang+hong")
        #expect(found.text.contains("Đặng Thị Hồng · 0912 999 888"))
        instructor.post(path, [("action", "mark"), ("person", String(visitor.id)), ("status", "co-mat")])
        #expect(instructor.get(path).text.contains("Đặng Thị Hồng <span class=\"tag\">người đến thêm</span>"))
        let created = instructor.post(path, [("action", "new-walk-in"), ("name", "Hà Văn Mới"), ("phone", "0912 777 666")])
        #expect(created.status == 200 && created.text.contains("Đã tạo tài khoản cho Hà Văn Mới"))
        let person = try #require(try app.database.personForLogin(phone: PhoneNumber("0912777666")!)?.person)
        #expect(person.registeredBy != nil)
        #expect(try app.database.attendance(sessionID: sessions[0].id)[person.id]?.status == .present)
        #expect(instructor.post(path, [("action", "new-walk-in"), ("name", ""), ("phone", "12")]).status == 422)
    }

    @Test func thePaperListFillsGapsAndReportsDisagreements() throws {
        let (app, instructor, _, sessions, people) = try Self.setUp()
        try app.database.recordAttendance(sessionID: sessions[0].id, personID: people[0].id, status: .present, source: .checkIn,
                                          overwrite: false, by: .system(now: app.clock.now))
        let roster = instructor.get("/quan-tri/buoi/\(sessions[0].id)/danh-sach")
        #expect(roster.status == 200 && roster.text.contains("Ký tên") && roster.text.contains("Mã buổi học: B\(sessions[0].id)"))
        #expect(roster.text.components(separatedBy: "<td class=\"sign\"></td>").count - 1 == 3 + 10)
        let path = "/quan-tri/buoi/\(sessions[0].id)/nhap-giay"
        let entry = instructor.post(path, [("p-\(people[0].id)", "vang"), ("p-\(people[1].id)", "co-mat"), ("p-\(people[2].id)", "vang-co-phep")])
        #expect(entry.status == 409)
        #expect(entry.text.contains("Nguyễn Văn An: đã ghi “Có mặt”, giấy ghi “Vắng”"))
        #expect(entry.text.contains("Đã ghi 2 người; 0 người không đổi."))
        let recorded = try app.database.attendance(sessionID: sessions[0].id)
        #expect(recorded[people[0].id]?.status == .present, "not overwritten")
        #expect(recorded[people[1].id]?.source == .paper && recorded[people[2].id]?.status == .excused)
        let again = instructor.post(path, [("p-\(people[1].id)", "co-mat")])
        #expect(again.status == 200 && again.text.contains("Đã ghi 0 người; 1 người không đổi."))
    }

    @Test func theMatrixAndItsCSVCountAttendanceAndPoints() throws {
        let (app, instructor, courseClass, sessions, people) = try Self.setUp()
        let actor = Actor.system(now: app.clock.now)
        for (session, person, status) in [(0, 0, AttendanceStatus.present), (1, 0, .late), (0, 1, .absent), (1, 1, .present)] {
            try app.database.recordAttendance(sessionID: sessions[session].id, personID: people[person].id, status: status,
                                              source: .rollCall, overwrite: true, by: actor)
        }
        let matrix = instructor.get("/quan-tri/lop/\(courseClass.id)/diem-danh")
        #expect(matrix.status == 200 && matrix.text.contains("<th scope=\"row\">Nguyễn Văn An</th>"))
        let csv = try CSVTable.parse(instructor.get("/quan-tri/lop/\(courseClass.id)/diem-danh.csv").body)
        let an = try #require(csv.rows.first { $0[0] == "Nguyễn Văn An" })
        #expect(an.suffix(2) == ["2", "3"], "present 2 points + late half of 2 = 1")
        let binh = try #require(csv.rows.first { $0[0] == "Trần Thị Bình" })
        #expect(binh.suffix(2) == ["1", "2"])
        #expect(csv.rows.count == 3)
    }

    @Test func theRuleIsPublishedAndTheLedgerFollowsIt() throws {
        let (app, _, _, sessions, people) = try Self.setUp()
        let resident = Visit(app)
        try app.database.changePassword(personID: people[0].id, passwordHash: try PasswordHasher.minimal.hash("một mật khẩu dài"), keepingSession: nil,
                                        by: .system(now: 0))
        resident.get("/dang-nhap")
        resident.post("/dang-nhap", [("phone", people[0].phone.digits), ("password", "một mật khẩu dài")])
        try app.database.recordAttendance(sessionID: sessions[0].id, personID: people[0].id, status: .late, source: .rollCall,
                                          overwrite: true, by: .system(now: app.clock.now))
        let profile = resident.get("/ca-nhan").text
        #expect(profile.contains("Đã đạt: 1 điểm"))
        #expect(profile.contains("Còn có thể đạt trong năm: 2 điểm"))
        #expect(profile.contains("Sơ cứu ban đầu") && profile.contains("Đi muộn"))

        #expect(Visit(app).get("/diem-tich-luy").text.contains("Đi muộn"))
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0987000999")
        let window = [("mo-truoc", "10"), ("dong-sau", "5"), ("muon-sau", "5")]
        let bad = admin.post("/quan-tri/diem-tich-luy", [("co-mat", "100"), ("di-muon", "50"), ("vang-co-phep", "0"), ("vang", "10")] + window)
        #expect(bad.status == 422)
        let badMinutes = admin.post("/quan-tri/diem-tich-luy", [("co-mat", "100"), ("di-muon", "50"), ("vang-co-phep", "0"), ("vang", "0"),
                                                              ("mo-truoc", "-1"), ("dong-sau", "5"), ("muon-sau", "999")])
        #expect(badMinutes.status == 422 && badMinutes.text.contains("Nhập số phút từ 0 đến 240."))
        #expect(try app.database.checkInWindow() == .standard, "nothing saved")
        let saved = admin.post("/quan-tri/diem-tich-luy", [("co-mat", "100"), ("di-muon", "100"), ("vang-co-phep", "0"), ("vang", "0")] + window)
        #expect(saved.status == 200 && saved.text.contains("Đã lưu và công bố quy tắc mới."))
        #expect(resident.get("/ca-nhan").text.contains("Đã đạt: 2 điểm"))
        let staffView = admin.get("/quan-tri/nguoi-dan/\(people[0].id)").text
        #expect(staffView.contains("Đã đạt: 2 điểm") && staffView.contains("Sơ cứu ban đầu"), "staff see the same as the resident")
        #expect(try app.database.auditEntries(entity: "points-rule").count == 1)
        #expect(try app.database.checkInWindow() == CheckInWindow(minutesBeforeStart: 10, minutesAfterEnd: 5, lateAfterMinutes: 5))
        #expect(Visit(app).get("/diem-tich-luy").text.contains("mở 10 phút trước giờ học và đóng 5 phút sau giờ kết thúc"),
                "the published page follows the new times (its cache was emptied)")
    }

    @Test func theLateThresholdIsTheAdministratorsSetting() throws {
        let (app, _, _, sessions, people) = try Self.setUp()
        try app.database.saveCheckInWindow(CheckInWindow(minutesBeforeStart: 30, minutesAfterEnd: 15, lateAfterMinutes: 5), by: .system(now: 0))
        let session = sessions[0]
        app.clock.advance(by: session.startsAt + 6 * 60 - app.clock.now)
        let resident = Visit(app)
        try app.database.changePassword(personID: people[2].id, passwordHash: try PasswordHasher.minimal.hash("một mật khẩu dài"),
                                        keepingSession: nil, by: .system(now: 0))
        resident.get("/dang-nhap")
        resident.post("/dang-nhap", [("phone", people[2].phone.digits), ("password", "một mật khẩu dài")])
        let code = CheckInCode.code(secret: try app.database.checkInSecret(sessionID: session.id), sessionID: session.id,
                                    step: CheckInCode.step(at: app.clock.now))
        #expect(resident.get("/diem-danh/\(code)").text.contains("Đã điểm danh: đi muộn"), "six minutes after the start, with late from five")
        #expect(try app.database.attendance(sessionID: session.id)[people[2].id]?.status == .late)
    }
}
