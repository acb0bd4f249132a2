import Domain
import Storage
import Testing
import TestSupport

/// The administrator's criteria pages through the responder: editing a set in place until a
/// resident's form uses it, then as a new version; refused edits; starting a new year; the
/// evidence rules; and who may reach them.
@Suite struct CriteriaAdminWebTests {
    static let farmers = TargetGroup(number: 1)!

    /// The criteria form as it would be posted for `criteria`: a name per competency (its first
    /// indicator's), each indicator's label, wording and maximum, and the pass rule.
    static func fields(_ criteria: CriteriaSet) -> [(String, String)] {
        var fields: [(String, String)] = [("action", "save-criteria"), ("pass-total", String(criteria.passRule.total)),
                                          ("pass-minimum", String(criteria.passRule.minimumPerIndicator))]
        var named = Set<Int>()
        for indicator in criteria.indicators {
            if named.insert(indicator.competency).inserted {
                fields.append(("competency-\(indicator.competency)", indicator.competencyName))
            }
            fields += [("label-\(indicator.number)", indicator.label), ("text-\(indicator.number)", indicator.text),
                       ("max-\(indicator.number)", String(indicator.maxPoints))]
        }
        return fields
    }

    static func edited(_ change: (inout CriteriaSet) -> Void) -> [(String, String)] {
        var criteria = CriteriaSet.standard(year: 2026, group: farmers)
        change(&criteria)
        return fields(criteria)
    }

    @Test func aSetIsEditedInPlaceUntilAFormUsesItThenSavedAsTheNextVersion() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let page = admin.get("/quan-tri/tieu-chi/2026")
        #expect(page.status == 200 && page.text.contains("Bộ này chưa được lưu cho năm này"))
        #expect(page.text.contains("id=\"competency-1\" name=\"competency-1\" type=\"text\" value=\"Năng lực tự học và học tập suốt đời\""))

        let first = admin.post("/quan-tri/tieu-chi/2026", Self.edited { $0.indicators[0].label = "Đọc sách, báo" })
        #expect(first.status == 200 && first.text.contains("Đã lưu bộ tiêu chí (phiên bản 1).") && first.text.contains("<p class=\"notice\">Phiên bản 1</p>"))
        let again = admin.post("/quan-tri/tieu-chi/2026", Self.edited { $0.indicators[0].label = "Đọc sách, báo, nghe đài" })
        #expect(again.text.contains("Đã lưu bộ tiêu chí (phiên bản 1)."), "nobody used it: edited in place")
        #expect(try app.database.criteria(year: 2026, group: Self.farmers).criteria.indicators[0].label == "Đọc sách, báo, nghe đài")

        // A resident of the group saves a draft: the set is now the version that form answers.
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        var person = try #require(try app.database.personForLogin(phone: PhoneNumber("0912000001")!)?.person)
        person.group = Self.farmers
        try app.database.updatePerson(person, by: .system(now: 0))
        #expect(resident.post("/ca-nhan/tu-danh-gia/2026", [("step", "draft"), ("score-1", "8")]).status == 200)
        let frozen = admin.get("/quan-tri/tieu-chi/2026").text
        #expect(frozen.contains("Phiên bản 1. Bộ tiêu chí này đã được dùng: lưu sẽ tạo phiên bản mới 2.") && frozen.contains("Lưu thành phiên bản 2"))

        let second = admin.post("/quan-tri/tieu-chi/2026", Self.edited {
            $0.indicators[0].label = "Cập nhật thông tin"
            $0.indicators[4].competencyName = "Năng lực sử dụng công cụ tương tác"
        })
        #expect(second.status == 200 && second.text.contains("Đã lưu bộ tiêu chí (phiên bản 2)."))
        let latest = try app.database.criteria(year: 2026, group: Self.farmers).criteria
        #expect(latest.version == 2 && latest.indicators[0].label == "Cập nhật thông tin")
        #expect(latest.indicators.map(\.competencyName).filter { $0 == "Năng lực sử dụng công cụ tương tác" }.count == 4, "one name per competency")
        let form = try #require(try app.database.selfAssessment(personID: person.id, year: 2026))
        #expect(try app.database.criteria(id: form.criteriaID)?.criteria.indicators[0].label == "Đọc sách, báo, nghe đài",
                "the form keeps the wording it answered")
        #expect(try app.database.auditEntries(entity: "criteria", id: nil).isEmpty == false)
    }

    @Test func aRefusedSetSaysWhyBesideItsFieldsAndSavesNothing() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let audited = try app.database.auditEntries().count
        let total = admin.post("/quan-tri/tieu-chi/2026", query: "nhom=2", Self.edited { $0.passRule = PassRule(total: 120, minimumPerIndicator: 11) })
        #expect(total.status == 422 && total.text.contains("Hãy sửa các mục được đánh dấu bên dưới."))
        #expect(total.text.contains("<p class=\"field-error\" id=\"pass-total-loi\">Tổng điểm để đạt phải từ 0 đến 100 (tổng điểm tối đa của các chỉ số).</p>"))
        #expect(total.text.contains("id=\"pass-minimum-loi\">Điểm tối thiểu không được âm hay lớn hơn điểm tối đa của một chỉ số."))
        #expect(total.text.contains("value=\"120\""), "what was typed stays")
        let empty = admin.post("/quan-tri/tieu-chi/2026", query: "nhom=2", Self.edited {
            $0.indicators[1].label = " "
            $0.indicators[2].maxPoints = 0
        }.map { $0.0 == "max-4" ? ("max-4", "mười") : $0 })
        #expect(empty.status == 422 && empty.text.contains("id=\"max-4-loi\">Nhập một số nguyên."))
        let checked = admin.post("/quan-tri/tieu-chi/2026", query: "nhom=2", Self.edited {
            $0.indicators[1].label = " "
            $0.indicators[2].maxPoints = 0
        })
        #expect(checked.text.contains("id=\"label-2-loi\">Không được để trống.") && checked.text.contains("id=\"max-3-loi\">Điểm tối đa từ 1 đến 100."))
        #expect(try app.database.criteriaYears().isEmpty && app.database.auditEntries().count == audited)
    }

    @Test func aNewYearStartsFromTheLatestOne() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        #expect(admin.post("/quan-tri/tieu-chi/2026", query: "nhom=3", Self.edited { $0.indicators[6].label = "Tính toán, thống kê" }).status == 200)
        let list = admin.get("/quan-tri/tieu-chi").text
        #expect(list.contains("Sao chép bộ tiêu chí năm 2026") && list.contains("value=\"2027\""))
        #expect(list.contains("<td>Phiên bản 1</td>") && list.contains("<td>Bộ này chưa được lưu cho năm này"), "group 3 saved, the others proposed")

        let cloned = admin.post("/quan-tri/tieu-chi", [("year", "2027")])
        #expect(cloned.status == 200 && cloned.text.contains("Đã tạo bộ tiêu chí năm 2027 từ năm 2026."))
        #expect(try app.database.criteriaYears() == [2027, 2026])
        let copy = try app.database.criteria(year: 2027, group: TargetGroup(number: 3)!)
        #expect(copy.id != nil && copy.criteria.version == 1 && copy.criteria.indicators[6].label == "Tính toán, thống kê")
        #expect(admin.get("/quan-tri/tieu-chi/2027", query: "nhom=3").text.contains("value=\"Tính toán, thống kê\""))

        let taken = admin.post("/quan-tri/tieu-chi", [("year", "2027")])
        #expect(taken.status == 422 && taken.text.contains("Năm này đã có bộ tiêu chí: hãy sửa trực tiếp."))
        for year in ["năm sau", "1990", "20270"] {
            #expect(admin.post("/quan-tri/tieu-chi", [("year", year)]).text.contains("Năm chưa đúng"), "\(year)")
        }
        #expect(admin.get("/quan-tri/tieu-chi/2050").status == 404 && admin.get("/quan-tri/tieu-chi/2026", query: "nhom=5").status == 404)
    }

    @Test func evidenceRulesAreSavedAndShownInPlainWords() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let before = Visit(app).get("/cong-dan-hoc-tap").text
        #expect(before.contains("Cách gợi ý: tính mỗi buổi học, sự kiện bạn tham gia trong năm; từ 1 được 5 điểm"), "the standard rules")
        let page = admin.get("/quan-tri/tieu-chi/2026").text
        #expect(page.contains("<option value=\"moi-buoi\" selected>Mọi buổi học, sự kiện đã tham gia</option>"))
        #expect(page.contains("<option value=\"\" selected>Không gợi ý (người dân tự chấm)</option>"), "indicator 2 has no rule")

        let bad = admin.post("/quan-tri/tieu-chi/2026", [("action", "save-rules"), ("measure-2", "buoi-dung-chi-so"), ("steps-2", "4:6, 1:5")])
        #expect(bad.status == 422 && bad.text.contains("id=\"steps-2-loi\">Viết các bậc dạng “số lần:điểm”"))
        let none = admin.post("/quan-tri/tieu-chi/2026", [("action", "save-rules")])
        #expect(none.status == 422 && none.text.contains("Cần giữ ít nhất một quy tắc"))
        #expect(try app.database.evidenceRules(year: 2026) == EvidenceRule.standard, "nothing saved")

        let saved = admin.post("/quan-tri/tieu-chi/2026", [("action", "save-rules"), ("measure-2", "buoi-dung-chi-so"), ("steps-2", "1:5, 4:6, 8:8"),
                                                           ("measure-3", "moi-buoi"), ("steps-3", "2:6")])
        #expect(saved.status == 200 && saved.text.contains("Đã lưu quy tắc gợi ý điểm."))
        #expect(try app.database.evidenceRules(year: 2026) == [
            EvidenceRule(indicator: 2, measure: .taggedAttendances, steps: [.init(minimum: 1, score: 5), .init(minimum: 4, score: 6), .init(minimum: 8, score: 8)]),
            EvidenceRule(indicator: 3, measure: .allAttendances, steps: [.init(minimum: 2, score: 6)]),
        ])
        let words = "Cách gợi ý: tính mỗi buổi học, sự kiện thuộc chỉ số này mà bạn tham gia; từ 1 được 5 điểm, từ 4 được 6 điểm, từ 8 được 8 điểm."
        #expect(saved.text.contains(words), "shown to the administrator as residents read it")
        let publicPage = Visit(app).get("/cong-dan-hoc-tap").text
        #expect(publicPage.contains(words) && !publicPage.contains("từ 8 được 8 điểm, từ 12"), "the cached page changed")
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        var person = try #require(try app.database.personForLogin(phone: PhoneNumber("0912000001")!)?.person)
        person.group = Self.farmers
        try app.database.updatePerson(person, by: .system(now: 0))
        let form = resident.get("/ca-nhan/tu-danh-gia/2026").text
        #expect(form.contains(words) && form.contains("href=\"/cong-dan-hoc-tap\""))
    }

    @Test func staffWhoAreNotAdministratorsAreRefused() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        #expect(staff.get("/quan-tri/tieu-chi").status == 403 && staff.get("/quan-tri/tieu-chi/2026").status == 403)
        #expect(staff.post("/quan-tri/tieu-chi", [("year", "2027")]).status == 403)
        #expect(staff.post("/quan-tri/tieu-chi/2026", Self.edited { $0.indicators[0].label = "Lén" }).status == 403)
        #expect(try app.database.criteriaYears().isEmpty)
        #expect(!staff.get("/quan-tri").text.contains("href=\"/quan-tri/tieu-chi\""))
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        #expect(admin.get("/quan-tri").text.contains("href=\"/quan-tri/tieu-chi\""))
    }
}
