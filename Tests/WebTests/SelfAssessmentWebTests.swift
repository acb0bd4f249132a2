import Domain
import Foundation
import Storage
import Testing
import TestSupport

/// The learning-citizen self-assessment through the responder: the resident's form with its
/// evidence, staff entry, and the association's review.
@Suite struct SelfAssessmentWebTests {
    /// A farmer who attended four sessions of a digital-skills class (one late) and a reading talk.
    static func app() throws -> (TestApp, Visit, Person) {
        let app = try TestApp()
        let actor = Actor.system(now: 0)
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001", name: "Lò Thị Hoa")
        var person = try #require(try app.database.personForLogin(phone: PhoneNumber("0912000001")!)?.person)
        person.group = TargetGroup(number: 1)
        person = try app.database.updatePerson(person, by: actor)
        let start = try #require(LocalDate(year: 2026, month: 3, day: 2)).unixSeconds(atMinutes: 19 * 60)
        let digital = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Dùng VNeID", field: .digitalSkills, venue: Venue(kind: .centre), capacity: 30),
            sessions: (0..<4).map { (start + Int64($0) * 86_400 * 7, start + Int64($0) * 86_400 * 7 + 7200) }, by: actor)
        for (index, session) in try app.database.sessions(classID: digital.id).enumerated() {
            try app.database.recordAttendance(sessionID: session.id, personID: person.id, status: index == 3 ? .late : .present,
                                              source: .rollCall, overwrite: true, by: actor)
        }
        try app.database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: actor)
        let talk = try app.database.createClass(
            CourseClass(id: 0, courseSlug: nil, title: "Tọa đàm: Đọc sách cùng con", field: .culture, venue: Venue(kind: .school), capacity: 60,
                        indicators: [1, 4], event: EventDetails(editionYear: 2026, type: .talk)),
            sessions: [(start + 100 * 86_400, start + 100 * 86_400 + 7200)], by: actor)
        try app.database.recordAttendance(sessionID: try app.database.sessions(classID: talk.id)[0].id, personID: person.id, status: .present,
                                          source: .checkIn, overwrite: false, by: actor)
        return (app, resident, person)
    }

    static func scores(_ value: Int, except: [Int: String] = [:]) -> [(String, String)] {
        (1...10).map { ("score-\($0)", except[$0] ?? String(value)) }
    }

    /// Indicator 3 as the resident first sees it: the rule in plain words, the evidence, the
    /// suggestion already in the field.
    static let indicator3 = """
        <div class="indicator" id="chi-so-3">
        <h3>3. Tham gia hoạt động học tập</h3>
        <p>Tham gia các hoạt động học tập tại nhà văn hóa, câu lạc bộ, thư viện, lớp học ở cộng đồng</p>
        <p class="meta">Cách gợi ý: tính mỗi buổi học, sự kiện bạn tham gia trong năm; từ 1 được 5 điểm, từ 4 được 6 điểm, từ 8 được 8 điểm, từ 12 được 10 điểm.</p>
        <details><summary>Minh chứng (5)</summary><ul>\
        <li><a href="/lop/1">Dùng VNeID</a> · 02/03/2026</li><li><a href="/lop/1">Dùng VNeID</a> · 09/03/2026</li>\
        <li><a href="/lop/1">Dùng VNeID</a> · 16/03/2026</li><li><a href="/lop/1">Dùng VNeID</a> · 23/03/2026</li>\
        <li><a href="/su-kien/2">Tọa đàm: Đọc sách cùng con</a> · 10/06/2026</li></ul></details>
        <div class="field">
        <label for="score-3">Điểm (0–10)</label>
        <input id="score-3" name="score-3" type="text" value="6" aria-describedby="score-3-goi-y" inputmode="numeric" maxlength="3">
        <p class="hint" id="score-3-goi-y">Gợi ý: 6 điểm</p>
        </div>
        """

    @Test func theFormShowsEachSuggestionWithItsEvidence() throws {
        let (_, resident, _) = try Self.app()
        let response = resident.get("/ca-nhan/tu-danh-gia/2026")
        #expect(response.status == 200)
        let html = response.text
        let start = try #require(html.range(of: "<div class=\"indicator\" id=\"chi-so-3\">"))
        #expect(String(html[start.lowerBound...].prefix(Self.indicator3.count)) == Self.indicator3)
        #expect(html.contains("value=\"7\" aria-describedby=\"score-5-goi-y\""), "a completed digital-skills class suggests 7 for indicator 5")
        #expect(html.contains("<input id=\"score-2\" name=\"score-2\" type=\"text\" value=\"\""), "no rule, no suggestion")
        #expect(html.contains("Chưa bắt đầu") && html.contains("Phiếu dành cho nhóm: Nông dân, lao động nông thôn (bộ tiêu chí phiên bản 1)."))
    }

    @Test func aDraftIsSavedTheTotalShownAndSubmissionLocksIt() throws {
        let (app, resident, person) = try Self.app()
        let draft = resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "draft"), ("score-1", "9"), ("note-1", "Đọc báo mỗi ngày")])
        #expect(draft.status == 200 && draft.text.contains("Đã lưu bản nháp.") && draft.text.contains("Tổng điểm: 9/100"))
        #expect(draft.text.contains("Chưa chấm: chỉ số 2, 3, 4, 5, 6, 7, 8, 9, 10."))
        #expect(resident.get("/ca-nhan").text.contains("<li>2026: Bản nháp · 9 điểm · <a href=\"/ca-nhan/tu-danh-gia/2026\">Mở phiếu</a></li>"))
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        #expect(staff.get("/quan-tri/nguoi-dan/\(person.id)").text
            .contains("<li>2026: Bản nháp · 9 điểm · <a href=\"/quan-tri/nguoi-dan/\(person.id)/tu-danh-gia/2026\">Mở phiếu</a></li>"))

        let early = resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "submit"), ("score-2", "8")])
        #expect(early.status == 422 && early.text.contains("Hãy chấm đủ tất cả các chỉ số trước khi nộp."))
        #expect(try app.database.selfAssessment(personID: person.id, year: 2026)?.scores[2]?.value == 8, "kept as a draft")

        let bad = resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "draft")] + Self.scores(8, except: [4: "11", 6: "tám"]))
        #expect(bad.status == 422 && bad.text.contains("Nhập một số từ 0 đến 10.") && bad.text.contains("value=\"tám\""))
        #expect(try app.database.selfAssessment(personID: person.id, year: 2026)?.scores[3] == nil, "nothing saved")

        let sent = resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "submit"), ("note-1", "Đọc báo mỗi ngày")] + Self.scores(8))
        #expect(sent.status == 200 && sent.text.contains("Đã nộp. Hội Khuyến học xã sẽ xem và xác nhận."))
        #expect(sent.text.contains("Tổng điểm: 80/100") && sent.text.contains("Đạt mức Công dân học tập theo phiếu này."))
        #expect(!sent.text.contains("name=\"score-1\""), "read-only once submitted")
        let form = try #require(try app.database.selfAssessment(personID: person.id, year: 2026))
        #expect(form.status == .submitted && form.scores[3]?.suggested == 6 && form.scores[1]?.note == "Đọc báo mỗi ngày")
        #expect(resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "draft"), ("score-1", "10")]).status == 409)
    }

    @Test func staffEnterAFormOnlyWithTheResidentPresent() throws {
        let (app, _, person) = try Self.app()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let path = "/quan-tri/nguoi-dan/\(person.id)/tu-danh-gia/2026"
        #expect(staff.get(path).text.contains("Nhập giúp phiếu của Lò Thị Hoa"))
        let refused = staff.post(path, [("step", "draft")] + Self.scores(7))
        #expect(refused.status == 422 && refused.text.contains("Chỉ nhập giúp khi người dân có mặt"))
        #expect(try app.database.selfAssessment(personID: person.id, year: 2026) == nil)
        let saved = staff.post(path, [("step", "draft"), ("consent", "1")] + Self.scores(7))
        #expect(saved.status == 200 && saved.text.contains("Phiếu do cán bộ nhập giúp, có người dân cùng làm."))
        #expect(try app.database.selfAssessment(personID: person.id, year: 2026)?.enteredBy != nil)
    }

    @Test func theAssociationReturnsThenConfirmsAndRecordsTheOutcome() throws {
        let (app, resident, person) = try Self.app()
        resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "submit")] + Self.scores(9))
        let form = try #require(try app.database.selfAssessment(personID: person.id, year: 2026))
        let reviewer = try Visit.signedIn(as: .staff, in: app, phone: "0987000222", name: "Hội Khuyến học xã")
        #expect(reviewer.get("/quan-tri/tu-danh-gia").text.contains("<a href=\"/quan-tri/tu-danh-gia/\(form.id)\">Lò Thị Hoa</a>"))
        let path = "/quan-tri/tu-danh-gia/\(form.id)"
        #expect(reviewer.post(path, [("action", "return"), ("comment", " ")]).status == 422)
        #expect(reviewer.post(path, [("action", "return"), ("comment", "Chỉ số 6: bạn chưa học ngoại ngữ")]).text.contains("Đã trả lại phiếu."))
        let returned = resident.get("/ca-nhan/tu-danh-gia/2026").text
        #expect(returned.contains("Nhận xét của Hội Khuyến học: Chỉ số 6: bạn chưa học ngoại ngữ") && returned.contains("name=\"score-6\""))
        resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "submit"), ("score-6", "5")])
        #expect(reviewer.post(path, [("action", "confirm")]).text.contains("Đã xác nhận phiếu."))

        let badDate = reviewer.post(path, [("action", "outcome"), ("national", "31/02/2026"), ("recognised", "1")])
        #expect(badDate.status == 422 && badDate.text.contains("Ngày chưa đúng (dd/mm/yyyy)."))
        let outcome = reviewer.post(path, [("action", "outcome"), ("national", "02/11/2026"), ("recognised", "1"),
                                           ("decision", "125/QĐ-UBND"), ("decision-date", "15/12/2026"), ("signer", "Nguyễn Văn Nam")])
        #expect(outcome.text.contains("Đã lưu kết quả chính thức."))
        let final = try #require(try app.database.selfAssessment(id: form.id))
        #expect(final.status == .confirmed && final.outcome.recognised && final.outcome.decisionNumber == "125/QĐ-UBND" && final.scores[6]?.value == 5)
        #expect(resident.get("/ca-nhan/tu-danh-gia/2026").text.contains("Được công nhận Công dân học tập: 125/QĐ-UBND 15/12/2026"))
        #expect(reviewer.post(path, [("action", "return"), ("comment", "muộn")]).status == 409, "a confirmed form is not returned")
    }

    /// A staff member who is also a resident submits their own form: someone else reviews it.
    @Test func nobodyConfirmsTheirOwnForm() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        var me = try #require(try app.database.personForLogin(phone: PhoneNumber("0987000111")!)?.person)
        me.group = TargetGroup(number: 3)
        me = try app.database.updatePerson(me, by: .system(now: 0))
        staff.post("/ca-nhan/tu-danh-gia/2026", [("step", "submit")] + Self.scores(10))
        let form = try #require(try app.database.selfAssessment(personID: me.id, year: 2026))
        #expect(staff.post("/quan-tri/tu-danh-gia/\(form.id)", [("action", "confirm")]).status == 403)
        #expect(try app.database.selfAssessment(id: form.id)?.status == .submitted)
    }

    @Test func withoutAGroupOrOutsideTheYearsThereIsNoForm() throws {
        let app = try TestApp()
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000009")
        #expect(resident.get("/ca-nhan/tu-danh-gia/2026").text.contains("Hãy chọn nhóm đối tượng của bạn"))
        #expect(resident.get("/ca-nhan/tu-danh-gia/2027").status == 404, "next year")
        #expect(resident.get("/ca-nhan/tu-danh-gia/2024").status == 404, "two years back, nothing saved")
        #expect(Visit(app).get("/ca-nhan/tu-danh-gia/2026").status == 303)
        #expect(resident.get("/quan-tri/tu-danh-gia").status == 403)
    }
}
