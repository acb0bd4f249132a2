import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct AdminWeekWebTests {
    static let edition: [(String, String)] = [("action", "create"), ("year", "2026"), ("from", "01/10/2026"), ("to", "07/10/2026"),
                                              ("theme", "Chủ đề tạm"), ("placeholder", "1"), ("slogan", "Cả xã cùng học")]
    static let talk: [(String, String)] = [("action", "add-event"), ("title", "Tọa đàm: Học suốt đời"), ("type", "toa-dam"),
                                           ("day", "02/10/2026"), ("start", "8h"), ("end", "10:00"), ("venue-kind", "truong-hoc"),
                                           ("venue-name", "Trường THCS xã"), ("organiser", "Hội Khuyến học"), ("capacity", "60"),
                                           ("points", "2"), ("indicator-1", "1"), ("indicator-3", "1"), ("description", "**Mời** bà con")]

    @Test func staffCreateAWeekAddEventsAndTheProgrammeShowsThem() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let bad = staff.post("/quan-tri/tuan-le", Self.edition.map { $0.0 == "to" ? ("to", "30/09/2026") : $0 })
        #expect(bad.status == 422 && bad.text.contains("Năm, ngày bắt đầu và kết thúc chưa đúng."))
        let created = staff.post("/quan-tri/tuan-le", Self.edition)
        #expect(created.status == 303 && created.header("Location") == "/quan-tri/tuan-le/2026")
        #expect(staff.post("/quan-tri/tuan-le", Self.edition).text.contains("Năm này đã có chương trình."))
        let page = staff.get("/quan-tri/tuan-le/2026").text
        #expect(page.contains("Chủ đề đang là chủ đề tạm"))

        let outside = staff.post("/quan-tri/tuan-le/2026", Self.talk.map { $0.0 == "day" ? ("day", "09/10/2026") : $0 })
        #expect(outside.status == 422 && outside.text.contains("Ngày phải nằm trong Tuần lễ"))
        let added = staff.post("/quan-tri/tuan-le/2026", Self.talk)
        #expect(added.status == 200 && added.text.contains("Đã thêm hoạt động."))
        let events = try app.database.events(year: 2026)
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.courseClass.event == EventDetails(editionYear: 2026, type: .talk, organiser: "Hội Khuyến học", audience: "",
                                                        description: "**Mời** bà con", takesRegistration: true))
        #expect(event.courseClass.indicators == [1, 3], "the indicators ticked on the event form are the class's")
        #expect(DateText.dayAndTime(unixSeconds: event.session.startsAt) == "02/10/2026 08:00")
        let programme = Visit(app).get("/tuan-le-hoc-tap/2026").text
        #expect(programme.contains("Tọa đàm: Học suốt đời") && !programme.contains("Chủ đề tạm"))
        #expect(Visit(app).get("/su-kien/\(event.courseClass.id)").text.contains("<strong>Mời</strong> bà con"), "Markdown rendered")
    }

    @Test func cloningLastYearCopiesItsEventsForReview() throws {
        let app = try TestApp()
        try app.database.loadDemoData(now: 0)
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let cloned = staff.post("/quan-tri/tuan-le", [("action", "clone"), ("from", "2026")])
        #expect(cloned.status == 200 && cloned.text.contains("sao chép 15 hoạt động"))
        #expect(try app.database.events(year: 2027).count == 15)
        #expect(staff.post("/quan-tri/tuan-le", [("action", "clone"), ("from", "2026")]).status == 422)
        #expect(staff.get("/quan-tri/tuan-le/2027").text.contains("Chủ đề đang là chủ đề tạm"))
        #expect(staff.get("/quan-tri/tuan-le/2031").status == 404)
    }
}
