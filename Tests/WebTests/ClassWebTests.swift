import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct ClassWebTests {
    /// Staff open a class of the test course with two seats, Tuesday and Thursday evenings
    /// for two weeks from the test clock's day.
    static func openClass(_ app: TestApp, staff: Visit) throws -> (id: Int64, path: String) {
        let opened = staff.post("/quan-tri/lop", [
            ("action", "save"), ("course", "phong-chong-lua-dao"), ("title", ""), ("venue-kind", "nha-van-hoa"),
            ("venue-name", "Nhà văn hóa thôn Bắc Sơn"), ("capacity", "2"), ("points", "2"),
            ("group-1", "1"), ("group-2", "1"), ("group-3", "1"), ("group-4", "1"),
        ])
        #expect(opened.status == 303)
        let path = try #require(opened.header("Location"))
        let id = try #require(Int64(path.split(separator: "/").last ?? ""))
        let today = LocalDate(unixSeconds: app.clock.now)
        let added = staff.post(path, [("action", "add-sessions"), ("day-2", "1"), ("day-4", "1"), ("start", "19h"), ("end", "21:00"),
                                      ("from", today.description), ("through", today.adding(days: 13).description)])
        #expect(added.status == 200 && added.text.contains("Đã thêm 4 buổi học."))
        return (id, path)
    }

    @Test func residentsEnrolUntilFullThenWaitAndMoveInWhenSomeoneLeaves() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let (id, _) = try Self.openClass(app, staff: staff)
        let anonymous = Visit(app).get("/lop/\(id)")
        #expect(anonymous.status == 200)
        #expect(anonymous.text.contains("Phòng chống lừa đảo trực tuyến") && anonymous.text.contains("Còn 2/2 chỗ"))
        #expect(anonymous.text.contains("href=\"/dang-nhap?tiep=%2Flop%2F\(id)\""))
        #expect(anonymous.text.components(separatedBy: "19:00–21:00").count - 1 == 4)

        let residents = try (1...3).map { try Visit.signedIn(as: .resident, in: app, phone: "091200000\($0)", name: "Người \($0)") }
        #expect(residents[0].post("/lop/\(id)/dang-ky", [("action", "enrol")]).text.contains("Bạn đã có chỗ trong lớp này."))
        residents[1].post("/lop/\(id)/dang-ky", [("action", "enrol")])
        let third = residents[2].get("/lop/\(id)")
        #expect(third.text.contains("Đã đủ chỗ") && third.text.contains("Vào danh sách chờ"))
        #expect(residents[2].post("/lop/\(id)/dang-ky", [("action", "enrol")]).text.contains("Bạn đứng thứ 1 trong danh sách chờ"))
        #expect(residents[0].get("/ca-nhan").text.contains("Buổi học sắp tới"))

        #expect(residents[0].post("/lop/\(id)/dang-ky", [("action", "leave")]).text.contains("Đã hủy đăng ký."))
        let promoted = residents[2].get("/ca-nhan").text
        #expect(promoted.contains("Đã có chỗ trống: bạn được chuyển từ danh sách chờ vào lớp."))
        #expect(try app.database.enrolmentCounts(classID: id) == (2, 0))
    }

    /// Visitors who are not signed in see a sign-in link, not a form; a forged post is refused.
    @Test func anonymousPostsAreRefusedAndChangeNothing() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let (id, _) = try Self.openClass(app, staff: staff)
        let visit = Visit(app)
        visit.get("/lop/\(id)")
        #expect(visit.post("/lop/\(id)/dang-ky", [("action", "enrol")]).status == 403)
        visit.get("/dang-nhap")
        let withToken = visit.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        #expect(withToken.status == 303 && withToken.header("Location")?.hasPrefix("/dang-nhap") == true)
        #expect(try app.database.enrolmentCounts(classID: id) == (0, 0))
    }

    @Test func staffMoveAndCancelSessionsAndEveryoneSeesIt() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let (id, path) = try Self.openClass(app, staff: staff)
        let sessions = try app.database.sessions(classID: id)
        let cancelled = staff.post(path, [("action", "cancel-session"), ("session", String(sessions[0].id))])
        #expect(cancelled.text.contains("Đã hủy buổi học."))
        let day = LocalDate(unixSeconds: sessions[1].startsAt).adding(days: 1)
        let moved = staff.post(path, [("action", "move-session"), ("session", String(sessions[1].id)), ("day-\(sessions[1].id)", day.description),
                                      ("start-\(sessions[1].id)", "18:30"), ("end-\(sessions[1].id)", "20:30")])
        #expect(moved.text.contains("Đã đổi giờ buổi học."))
        let page = Visit(app).get("/lop/\(id)").text
        #expect(page.contains("Đã hủy") && page.contains("Đã đổi giờ") && page.contains("18:30–20:30"))
        let bad = staff.post(path, [("action", "move-session"), ("session", String(sessions[1].id)), ("day-\(sessions[1].id)", day.description),
                                    ("start-\(sessions[1].id)", "20:30"), ("end-\(sessions[1].id)", "18:30")])
        #expect(bad.status == 422)
        #expect(staff.post(path, [("action", "cancel-session"), ("session", "99999")]).status == 404)
    }

    @Test func badPlansAndFormsExplainInVietnamese() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let noTitle = staff.post("/quan-tri/lop", [("action", "save"), ("course", ""), ("title", ""), ("capacity", "0")])
        #expect(noTitle.status == 422 && noTitle.text.contains("Hãy chọn khóa học hoặc nhập tên chuyên đề"))
        #expect(noTitle.text.contains("Số chỗ là số từ 1 đến 1000."))
        let (_, path) = try Self.openClass(app, staff: staff)
        let noDay = staff.post(path, [("action", "add-sessions"), ("start", "19:00"), ("end", "21:00"), ("from", "01/12/2026"), ("through", "31/12/2026")])
        #expect(noDay.status == 422 && noDay.text.contains("Hãy chọn ít nhất một thứ trong tuần."))
        let backwards = staff.post(path, [("action", "add-sessions"), ("day-1", "1"), ("start", "21:00"), ("end", "19:00"), ("from", "01/12/2026")])
        #expect(backwards.status == 422 && backwards.text.contains("Giờ kết thúc phải sau giờ bắt đầu."))
        #expect(backwards.text.contains("value=\"Phòng chống lừa đảo trực tuyến\""), "the class's own form keeps its values")
    }

    @Test func staffEnrolOnBehalfByPhoneAndAWholeHousehold() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let (id, path) = try Self.openClass(app, staff: staff)
        let unknown = staff.post(path, [("action", "enrol-phone"), ("enrol-phone", "0999 999 999")])
        #expect(unknown.status == 422)
        let people = try (1...3).map {
            try app.database.createPerson(NewPerson(phone: PhoneNumber("091200000\($0)")!, fullName: "Lò Văn \($0)", passwordHash: nil), now: 0)
        }
        #expect(staff.post(path, [("action", "enrol-phone"), ("enrol-phone", "0912 000 001")]).text.contains("Đã đăng ký cho Lò Văn 1."))
        let household = try app.database.createHousehold(headName: "Lò Văn 2", villageID: nil, address: "", by: .system(now: 0))
        for person in people.dropFirst() { try app.database.addHouseholdMember(personID: person.id, to: household.id, by: .system(now: 0)) }
        let together = staff.post(path, [("action", "enrol-household"), ("household", String(household.id))])
        #expect(together.text.contains("Đã đăng ký 2 thành viên của hộ."))
        #expect(try app.database.enrolments(classID: id).map(\.enrolment.status) == [.enrolled, .enrolled, .waiting])
        #expect(together.text.contains("cán bộ đăng ký giúp"))
        let removed = staff.post(path, [("action", "remove"), ("person", String(people[0].id))])
        #expect(removed.text.contains("Đã bỏ khỏi lớp"))
        #expect(try app.database.enrolments(classID: id).map(\.enrolment.status) == [.enrolled, .enrolled])
    }

    @Test func theScheduleListsSessionsByDayAndFilters() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        #expect(Visit(app).get("/lich").text.contains("Chưa có buổi học nào."), "cached for visitors before the class opens")
        let (id, path) = try Self.openClass(app, staff: staff)
        let schedule = Visit(app).get("/lich")
        #expect(schedule.status == 200)
        #expect(schedule.text.contains("href=\"/lop/\(id)\""))
        #expect(schedule.text.contains("<h2>Thứ "))
        #expect(!Visit(app).get("/lich", query: "linh-vuc=nong-nghiep").text.contains("href=\"/lop/\(id)\""))
        #expect(Visit(app).get("/lich", query: "linh-vuc=ky-nang-so").text.contains("href=\"/lop/\(id)\""))
        #expect(Visit(app).get("/lich", query: "linh-vuc=khong-co").status == 404)
        #expect(Visit(app).get("/lop/999").status == 404)
        staff.post(path, [("action", "cancel-session"), ("session", String(try app.database.sessions(classID: id)[0].id))])
        #expect(Visit(app).get("/lich").text.contains("Đã hủy"), "a change by staff reaches the cached schedule at once")
    }

    @Test func aDemoInstallHasClassesOnItsSchedule() throws {
        let app = try TestApp()
        #expect(try app.database.loadDemoData(now: app.clock.now))
        let schedule = Visit(app).get("/lich").text
        for title in ["Phòng chống lừa đảo trực tuyến", "Nuôi gà thả vườn an toàn sinh học", "Chuyên đề: Sơ cứu đuối nước cho trẻ em"] {
            #expect(schedule.contains(title), "\(title)")
        }
        #expect(try app.database.classes().allSatisfy { try !app.database.sessions(classID: $0.id).isEmpty })
    }

    @Test func editingAnEventOnTheClassPageKeepsItsWeekDetails() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        try app.database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: .system(now: 0))
        let details = EventDetails(editionYear: 2026, type: .contest, organiser: "Công an xã")
        let event = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Hội thi", field: .law, venue: Venue(kind: .centre),
                                                             capacity: 80, indicators: [1, 8], event: details), by: .system(now: 0))
        let saved = staff.post("/quan-tri/lop/\(event.id)", [("action", "save"), ("title", "Hội thi pháp luật"), ("capacity", "100"),
                                                              ("field", "phap-luat"), ("venue-kind", "trung-tam"), ("indicator-8", "1")])
        #expect(saved.status == 200)
        let stored = try #require(try app.database.courseClass(id: event.id))
        #expect(stored.title == "Hội thi pháp luật" && stored.event == details)
        #expect(stored.indicators == [8], "an event's indicators are edited with its class's facts")
        #expect(stored.capacity == 80, "an event's seats are edited with its event details, not by the class form")
    }
}
