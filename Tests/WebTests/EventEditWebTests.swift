import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

/// Staff edit an event's Week details on its class's staff page, `/quan-tri/lop/{id}`.
@Suite struct EventEditWebTests {
    static let details: [(String, String)] = [("action", "save-event"), ("type", "hoi-thi"), ("organiser", "Đoàn Thanh niên"),
                                              ("audience", "Học sinh"), ("capacity", "40"), ("description", "**Thi** tìm hiểu pháp luật")]

    /// The 2026 Week with a talk of 60 seats on its second day, and a signed-in staff member.
    static func setUp() throws -> (TestApp, Visit, CourseClass) {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let edition = try #require(WeekEdition.standard(year: 2026))
        try app.database.createEdition(StoredEdition(edition: edition), by: .system(now: 0))
        let talk = EventDetails(editionYear: 2026, type: .talk, organiser: "Hội Khuyến học", description: "Mời bà con")
        let event = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Tọa đàm: Học suốt đời", field: .culture,
                                                             venue: Venue(kind: .school), capacity: 60, indicators: [1, 3], event: talk),
                                                 sessions: [(edition.startsOn.adding(days: 1).unixSeconds(atMinutes: 8 * 60),
                                                             edition.startsOn.adding(days: 1).unixSeconds(atMinutes: 10 * 60))],
                                                 by: .system(now: 0))
        return (app, staff, event)
    }

    @Test func editedDetailsShowOnTheEventsPage() throws {
        let (app, staff, event) = try Self.setUp()
        let before = Visit(app).get("/su-kien/\(event.id)").text
        #expect(before.contains("<p class=\"meta\">Tọa đàm</p>") && before.contains("Hội Khuyến học"))
        let form = staff.get("/quan-tri/lop/\(event.id)").text
        #expect(form.contains("Thông tin sự kiện") && form.contains("value=\"Hội Khuyến học\""))
        #expect(form.contains("name=\"indicator-3\" value=\"1\" checked") && !form.contains("name=\"indicator-2\" value=\"1\" checked"))
        #expect(form.components(separatedBy: "name=\"indicator-3\"").count == 2, "one set of indicator boxes: the class form's")
        #expect(form.components(separatedBy: "id=\"capacity\"").count == 2, "one seat count on the page: the event's")

        let saved = staff.post("/quan-tri/lop/\(event.id)", Self.details)
        #expect(saved.status == 200 && saved.text.contains("Đã lưu thông tin sự kiện."))
        #expect(saved.text.contains("value=\"Đoàn Thanh niên\"") && saved.text.contains("name=\"indicator-3\" value=\"1\" checked"))
        let after = Visit(app).get("/su-kien/\(event.id)").text
        #expect(after.contains("<p class=\"meta\">Hội thi</p>") && after.contains("Đoàn Thanh niên") && after.contains("Học sinh"))
        #expect(after.contains("<strong>Thi</strong> tìm hiểu pháp luật") && !after.contains("Hội Khuyến học"), "the cached page changed")
        let stored = try #require(try app.database.courseClass(id: event.id))
        #expect(stored.capacity == 40 && stored.indicators == [1, 3] && stored.event?.editionYear == 2026, "the event details keep the indicators")

        let english = staff.get("/ngon-ngu/en", query: "ve=%2Fquan-tri%2Flop%2F\(event.id)")
        #expect(english.status == 303 && staff.get("/quan-tri/lop/\(event.id)").text.contains("Save the event details"))
    }

    @Test func anEventMadeOpenHasNoRegistrationButtonAndItsClassFormStillSaves() throws {
        let (app, staff, event) = try Self.setUp()
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        #expect(resident.get("/su-kien/\(event.id)").text.contains("action=\"/lop/\(event.id)/dang-ky\""))
        let open = staff.post("/quan-tri/lop/\(event.id)", Self.details.map { $0.0 == "capacity" ? ("capacity", " ") : $0 })
        #expect(open.status == 200 && open.text.contains("id=\"capacity\" name=\"capacity\" type=\"text\" value=\"\""))
        let page = resident.get("/su-kien/\(event.id)").text
        #expect(!page.contains("action=\"/lop/\(event.id)/dang-ky\"") && page.contains("Không cần đăng ký"))
        #expect(try app.database.courseClass(id: event.id)?.capacity == EventDetails.openCapacity)
        // A post made without the page (an old tab, a script) does not register anyone either.
        #expect(resident.post("/lop/\(event.id)/dang-ky", [("action", "enrol")]).text.contains("Lớp không nhận đăng ký lúc này."))
        #expect(try app.database.enrolments(classID: event.id).isEmpty)

        let renamed = staff.post("/quan-tri/lop/\(event.id)", [("action", "save"), ("title", "Hội thi pháp luật"), ("field", "phap-luat"),
                                                                ("venue-kind", "trung-tam"), ("points", "2")])
        #expect(renamed.status == 200, "the class form does not ask an event's seats")
        let stored = try #require(try app.database.courseClass(id: event.id))
        #expect(stored.title == "Hội thi pháp luật" && stored.capacity == EventDetails.openCapacity && stored.event?.takesRegistration == false)
    }

    @Test func aBadSeatCountSavesNothing() throws {
        let (app, staff, event) = try Self.setUp()
        let audited = try app.database.auditEntries().count
        for capacity in ["0", "ba mươi", "5001"] {
            let refused = staff.post("/quan-tri/lop/\(event.id)", Self.details.map { $0.0 == "capacity" ? ("capacity", capacity) : $0 })
            #expect(refused.status == 422 && refused.text.contains("Nhập số từ 1 đến 5000."), "\(capacity)")
            #expect(refused.text.contains("value=\"Đoàn Thanh niên\""), "what was typed stays in the form")
            #expect(refused.text.components(separatedBy: "Hãy sửa các mục được đánh dấu bên dưới.").count == 2, "only the event form is marked")
        }
        #expect(try app.database.courseClass(id: event.id) == event)
        #expect(try app.database.auditEntries().count == audited)
    }

    @Test func onlyStaffEditAndOnlyEvents() throws {
        let (app, staff, event) = try Self.setUp()
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        #expect(resident.post("/quan-tri/lop/\(event.id)", Self.details).status == 403)
        #expect(try app.database.courseClass(id: event.id) == event)
        let plain = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Lớp", field: .health, venue: Venue(kind: .centre),
                                                             capacity: 5), by: .system(now: 0))
        #expect(!staff.get("/quan-tri/lop/\(plain.id)").text.contains("Thông tin sự kiện"))
        #expect(staff.post("/quan-tri/lop/\(plain.id)", Self.details).status == 400)
        #expect(try app.database.courseClass(id: plain.id) == plain)
    }
}
