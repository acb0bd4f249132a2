import Domain
import Storage
import Testing
import TestSupport

/// Staff tag any class with the learning-citizen indicators it supports: the class page says
/// so, and attending it counts for those indicators on the self-assessment form.
@Suite struct ClassIndicatorWebTests {
    @Test func taggingAClassMakesItsAttendanceCountForThatIndicator() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        var person = try #require(try app.database.personForLogin(phone: PhoneNumber("0912000001")!)?.person)
        person.group = TargetGroup(number: 1)
        try app.database.updatePerson(person, by: .system(now: 0))
        let start = try #require(LocalDate(year: 2026, month: 3, day: 2)).unixSeconds(atMinutes: 19 * 60)
        let english = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Tiếng Anh giao tiếp", field: .foreignLanguages, venue: Venue(kind: .school), capacity: 30),
            sessions: [(start, start + 7200)], by: .system(now: 0))
        let session = try app.database.sessions(classID: english.id)[0]
        try app.database.recordAttendance(sessionID: session.id, personID: person.id, status: .present, source: .rollCall,
                                          overwrite: true, by: .system(now: 0))
        #expect(resident.get("/ca-nhan/tu-danh-gia/2026").text.contains("value=\"0\" aria-describedby=\"score-6-goi-y\""),
                "untagged, it does not count for indicator 6")
        #expect(!Visit(app).get("/lop/\(english.id)").text.contains("Góp phần vào chỉ số"))

        let form = staff.get("/quan-tri/lop/\(english.id)").text
        #expect(form.contains("<legend>Góp phần vào các chỉ số Công dân học tập</legend>"))
        #expect(form.contains("<input type=\"checkbox\" name=\"indicator-6\" value=\"1\"> 6. Ngoại ngữ</label>"))
        let saved = staff.post("/quan-tri/lop/\(english.id)", [("action", "save"), ("title", "Tiếng Anh giao tiếp"), ("capacity", "30"),
                                                               ("field", "ngoai-ngu"), ("venue-kind", "truong-hoc"), ("indicator-6", "1"),
                                                               ("indicator-9", "1")])
        #expect(saved.status == 200 && saved.text.contains("name=\"indicator-6\" value=\"1\" checked"))
        #expect(try app.database.courseClass(id: english.id)?.indicators == [6, 9])
        let audit = try #require(try app.database.auditEntries(entity: "class", id: english.id).first)
        #expect(audit.before?["chi_so"] == "" && audit.after?["chi_so"] == "6,9")

        let page = Visit(app).get("/lop/\(english.id)").text
        #expect(page.contains("<p>Góp phần vào chỉ số Công dân học tập: 6, 9. <a href=\"/cong-dan-hoc-tap\">Công dân học tập là gì?</a></p>"))
        let suggested = resident.get("/ca-nhan/tu-danh-gia/2026").text
        #expect(suggested.contains("value=\"5\" aria-describedby=\"score-6-goi-y\""), "one tagged session suggests 5 for indicator 6")
        #expect(suggested.contains("<li><a href=\"/lop/\(english.id)\">Tiếng Anh giao tiếp</a> · 02/03/2026</li>"))
    }

    @Test func aDigitalSkillsClassShowsIndicatorFiveAndAnEventItsOwnTags() throws {
        let app = try TestApp()
        let digital = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Dùng VNeID", field: .digitalSkills, venue: Venue(kind: .centre), capacity: 30,
                        indicators: [3]), by: .system(now: 0))
        #expect(Visit(app).get("/lop/\(digital.id)").text.contains("Góp phần vào chỉ số Công dân học tập: 3, 5."), "5 comes with digital skills")
        let edition = try #require(WeekEdition.standard(year: 2026))
        try app.database.createEdition(StoredEdition(edition: edition), by: .system(now: 0))
        let talk = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Tọa đàm", field: .culture, venue: Venue(kind: .school), capacity: 60, indicators: [1, 4],
                        event: EventDetails(editionYear: 2026, type: .talk)),
            sessions: [(edition.startsOn.unixSeconds(atMinutes: 8 * 60), edition.startsOn.unixSeconds(atMinutes: 10 * 60))], by: .system(now: 0))
        #expect(Visit(app).get("/su-kien/\(talk.id)").text.contains("Góp phần vào chỉ số Công dân học tập: 1, 4."))
    }
}
