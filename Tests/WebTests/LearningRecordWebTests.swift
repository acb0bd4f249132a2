import Credentials
import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport
import Views

/// `/ca-nhan/ho-so` and its downloads: the resident's own record, printable, with a QR code
/// issued on request.
@Suite struct LearningRecordWebTests {
    /// Hoa, signed in, who took a class this September (present, then late), walked into a
    /// class last year, came to a Week event and has a confirmed 2026 self-assessment of 86
    /// points, not yet recognised; Bình, signed in, who took a class of his own.
    static func setUp() throws -> (app: TestApp, hoa: Visit, hoaID: Int64, binh: Visit, binhID: Int64) {
        let app = try TestApp(site: SiteInfo(centreName: "TTHTCĐ Thử Nghiệm", communeName: "Xã Thử Nghiệm",
                                             publicURL: "https://hoctap.example.vn"))
        let hoa = try Visit.signedIn(as: .resident, in: app, phone: "0912000001", name: "Nguyễn Thị Hoa")
        let binh = try Visit.signedIn(as: .resident, in: app, phone: "0912000002", name: "Trần Văn Bình")
        let hoaID = try #require(try app.database.personForLogin(phone: PhoneNumber("0912000001")!)).person.id
        let binhID = try #require(try app.database.personForLogin(phone: PhoneNumber("0912000002")!)).person.id
        let actor = Actor.system(now: 0)
        try app.database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: actor)
        func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, minutes: Int) -> (startsAt: Int64, endsAt: Int64) {
            let start = LocalDate(year: year, month: month, day: day)!.unixSeconds(atMinutes: hour * 60)
            return (start, start + Int64(minutes) * 60)
        }
        func open(_ title: String, _ field: Field, event: EventDetails? = nil, _ times: [(startsAt: Int64, endsAt: Int64)]) throws -> [ClassSession] {
            let created = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: title, field: field, venue: Venue(kind: .centre),
                                                                   capacity: 20, pointsPerSession: 3, event: event), by: actor)
            return try app.database.addSessions(classID: created.id, times: times, by: actor)
        }
        let vneid = try open("Cài đặt và dùng VNeID", .digitalSkills, [at(2026, 9, 7, 19, minutes: 120), at(2026, 9, 14, 19, minutes: 90)])
        let pepper = try open("Trồng tiêu hữu cơ", .agriculture, [at(2025, 11, 5, 8, minutes: 180)])
        let fair = try open("Hội sách và đổi sách cũ", .culture, event: EventDetails(editionYear: 2026, type: .bookFair),
                            [at(2026, 9, 19, 9, minutes: 120)])
        let binhsOwn = try open("Lớp riêng của Bình", .law, [at(2026, 9, 8, 8, minutes: 60)])
        try app.database.enrol(classID: vneid[0].classID, personID: hoaID, by: actor)
        for (session, status) in [(vneid[0], AttendanceStatus.present), (vneid[1], .late), (pepper[0], .present), (fair[0], .present)] {
            try app.database.recordAttendance(sessionID: session.id, personID: hoaID, status: status, source: .rollCall, overwrite: true, by: actor)
        }
        var farmer = try #require(try app.database.person(id: hoaID))
        farmer.group = TargetGroup(number: 1)
        try app.database.updatePerson(farmer, by: actor)
        let scores = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, SelfAssessment.Score(value: $0 <= 6 ? 9 : 8)) })
        let form = try app.database.saveSelfAssessment(personID: hoaID, year: 2026, scores: scores, step: .submit, by: actor)
        try app.database.reviewSelfAssessment(id: form.id, confirm: true, comment: "", by: actor)
        try app.database.enrol(classID: binhsOwn[0].classID, personID: binhID, by: actor)
        for session in [vneid[0], binhsOwn[0]] {
            try app.database.recordAttendance(sessionID: session.id, personID: binhID, status: .present, source: .rollCall, overwrite: true, by: actor)
        }
        return (app, hoa, hoaID, binh, binhID)
    }

    /// A fragment's text: one line per paragraph, heading and table row, cells joined by " | ".
    static func text(_ html: String, from start: String, to end: String) -> String {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else { return "" }
        var fragment = String(html[from.lowerBound..<to.lowerBound])
        for tag in ["</p>", "<br>", "</h1>", "</h2>", "</h3>", "</tr>"] { fragment = fragment.replacingOccurrences(of: tag, with: "\n") }
        for tag in ["</td>", "</th>"] { fragment = fragment.replacingOccurrences(of: tag, with: " | ") }
        return fragment.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " |")) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// The code in the address the paper shows once.
    static func code(in response: Response) -> String? {
        guard let range = response.text.range(of: "/xac-minh/[0-9a-f]{32}", options: .regularExpression) else { return nil }
        return String(response.text[range].dropFirst("/xac-minh/".count))
    }

    @Test func theRecordReadsAsAnOfficialPaper() throws {
        let (_, hoa, _, _, _) = try Self.setUp()
        #expect(hoa.get("/ca-nhan").text.contains("href=\"/ca-nhan/ho-so\""))
        let page = hoa.get("/ca-nhan/ho-so")
        #expect(page.status == 200)
        #expect(page.header("Cache-Control") == "no-store")
        #expect(Self.text(page.text, from: "<article class=\"programme-sheet report-sheet record-sheet\">", to: "</article>") == """
            ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM
            TTHTCĐ THỬ NGHIỆM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Xã Thử Nghiệm, ngày 21 tháng 9 năm 2026
            HỒ SƠ HỌC TẬP SUỐT ĐỜI
            Họ và tên: Nguyễn Thị Hoa
            Tổng hợp theo năm
            Năm | Buổi học | Số giờ | Sự kiện Tuần lễ | Điểm tích lũy
            2025 | 1 | 3 | 0 | 3
            2026 | 2 | 5,5 | 1 | 7
            Tự đánh giá Công dân học tập
            Năm | Tổng điểm | Kết quả | Tình trạng phiếu | Công nhận Công dân học tập
            2026 | 86 | Đạt | Đã được xác nhận | Chưa công nhận
            Các lớp học đã đăng ký hoặc tham dự
            Lớp học | Lĩnh vực | Thời gian
            Trồng tiêu hữu cơ | Nông nghiệp – khuyến nông | 05/11/2025
            Cài đặt và dùng VNeID | Kỹ năng số | 07/09/2026 – 14/09/2026
            Các buổi học đã tham dự
            Ngày | Giờ | Lớp học | Điểm danh | Số giờ | Điểm tích lũy
            05/11/2025 | 08:00–11:00 | Trồng tiêu hữu cơ | Có mặt | 3 | 3
            07/09/2026 | 19:00–21:00 | Cài đặt và dùng VNeID | Có mặt | 2 | 3
            14/09/2026 | 19:00–20:30 | Cài đặt và dùng VNeID | Đi muộn | 1,5 | 1
            Các sự kiện Tuần lễ hưởng ứng học tập suốt đời đã tham dự
            Ngày | Giờ | Sự kiện | Điểm danh | Số giờ | Điểm tích lũy
            19/09/2026 | 09:00–11:00 | Hội sách và đổi sách cũ | Có mặt | 2 | 3
            Buổi học và sự kiện được tính khi có mặt hoặc đi muộn; số giờ là tổng thời lượng của chúng. \
            Điểm tích lũy tính theo quy định điểm đã công bố của trung tâm.
            """)
        #expect(!page.text.contains("Lớp riêng của Bình") && !page.text.contains("0912"), "nobody else's classes, no phone")
        #expect(page.text.contains("data-print") && page.text.contains("/static/print.js"))
        #expect(page.text.contains("Chưa cấp mã xác minh nào.") && !page.text.contains("<svg"), "no code until one is asked for")
    }

    @Test func issuingPutsAQRCodeOnThePaperThisOnce() throws {
        let (app, hoa, hoaID, _, _) = try Self.setUp()
        let issued = hoa.post("/ca-nhan/ho-so", [("action", "issue")])
        #expect(issued.status == 200 && issued.header("Cache-Control") == "no-store")
        let code = try #require(Self.code(in: issued))
        #expect(issued.text.contains("Quét mã QR hoặc mở https://hoctap.example.vn/xac-minh/\(code) để kiểm tra hồ sơ này."))
        #expect(issued.text.contains("<div class=\"record-qr\"><svg") && issued.text.contains("Mã xác minh cấp ngày 21/09/2026."))
        #expect(issued.text.contains("Đã cấp mã xác minh."))
        // Only the digest is kept: the code itself finds nothing, and the page never shows it again.
        #expect(try app.database.recordVerification(codeDigest: SecretToken.digest(code))?.verification.personID == hoaID)
        #expect(try app.database.recordVerification(codeDigest: code) == nil)
        let later = hoa.get("/ca-nhan/ho-so")
        #expect(Self.code(in: later) == nil && !later.text.contains("<svg"))
        #expect(later.text.contains("Hồ sơ hợp lệ") && later.text.contains("name=\"action\" value=\"revoke\""))
        #expect(hoa.post("/ca-nhan/ho-so", [("action", "in")]).status == 400)
    }

    @Test func aResidentRevokesOnlyTheirOwnCodes() throws {
        let (app, hoa, hoaID, binh, _) = try Self.setUp()
        let code = try #require(Self.code(in: hoa.post("/ca-nhan/ho-so", [("action", "issue")])))
        let id = try #require(try app.database.recordVerifications(personID: hoaID).first?.id)
        let meddling = binh.post("/ca-nhan/ho-so", [("action", "revoke"), ("id", String(id))])
        #expect(meddling.status == 200 && !meddling.text.contains("Đã thu hồi mã xác minh."))
        #expect(Visit(app).get("/xac-minh/\(code)").text.contains("Hồ sơ hợp lệ"))
        let revoked = hoa.post("/ca-nhan/ho-so", [("action", "revoke"), ("id", String(id))])
        #expect(revoked.text.contains("Đã thu hồi mã xác minh.") && revoked.text.contains("<td>Đã thu hồi</td>"))
        #expect(Visit(app).get("/xac-minh/\(code)").text.contains("Đã thu hồi"))
    }

    @Test func staffRevokeACodeAndTheAuditLogSaysWho() throws {
        let (app, hoa, hoaID, _, _) = try Self.setUp()
        let code = try #require(Self.code(in: hoa.post("/ca-nhan/ho-so", [("action", "issue")])))
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0900000005", name: "Cán bộ Lan")
        #expect(staff.get("/quan-tri/nguoi-dan/\(hoaID)").text.contains("href=\"/quan-tri/nguoi-dan/\(hoaID)/ho-so\""))
        let list = staff.get("/quan-tri/nguoi-dan/\(hoaID)/ho-so")
        #expect(list.status == 200 && list.text.contains("Mã xác minh hồ sơ – Nguyễn Thị Hoa") && list.text.contains("Hồ sơ hợp lệ"))
        let id = try #require(try app.database.recordVerifications(personID: hoaID).first?.id)
        let revoked = staff.post("/quan-tri/nguoi-dan/\(hoaID)/ho-so", [("action", "revoke"), ("id", String(id))])
        #expect(revoked.status == 200 && revoked.text.contains("Đã thu hồi mã xác minh."))
        let audit = try #require(try app.database.auditEntries(entity: "record-verification", id: id).first)
        #expect(audit.actorName == "Cán bộ Lan" && audit.action == "revoke")
        #expect(Visit(app).get("/xac-minh/\(code)").text.contains("Đã thu hồi"))
        #expect(staff.post("/quan-tri/nguoi-dan/\(hoaID)/ho-so", [("action", "xoa")]).status == 400)
        #expect(staff.get("/quan-tri/nguoi-dan/999/ho-so").status == 404)
    }

    @Test func theDownloadsHoldExactlyTheResidentsOwnRecord() throws {
        let (_, hoa, _, _, _) = try Self.setUp()
        let csv = hoa.get("/ca-nhan/ho-so.csv")
        #expect(csv.status == 200 && csv.header("Content-Type") == "text/csv; charset=utf-8" && csv.header("Cache-Control") == "no-store")
        #expect(Array(csv.body.prefix(3)) == [0xEF, 0xBB, 0xBF], "a BOM, so that Excel reads Vietnamese")
        let lines = String(decoding: csv.body.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(Array(lines.prefix(7)) == [
            "Hồ sơ học tập suốt đời", "Họ và tên,Nguyễn Thị Hoa", "", "Tổng hợp theo năm",
            "Năm,Buổi học,Số giờ,Sự kiện Tuần lễ,Điểm tích lũy", "2025,1,3,0,3", "2026,2,\"5,5\",1,7",
        ])
        #expect(Array(lines[7...10]) == [
            "", "Tự đánh giá Công dân học tập", "Năm,Tổng điểm,Kết quả,Tình trạng phiếu,Công nhận Công dân học tập",
            "2026,86,Đạt,Đã được xác nhận,Chưa công nhận",
        ])
        #expect(lines.contains("14/09/2026,19:00–20:30,Cài đặt và dùng VNeID,Đi muộn,\"1,5\",1"))
        #expect(lines.contains("19/09/2026,09:00–11:00,Hội sách và đổi sách cũ,Có mặt,2,3"))

        let json = hoa.get("/ca-nhan/ho-so.json")
        #expect(json.status == 200 && json.header("Content-Type") == "application/json; charset=utf-8")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any])
        #expect(Set(object.keys) == ["ho_ten", "trung_tam", "theo_nam", "lop_hoc", "buoi_hoc", "su_kien"])
        #expect(object["ho_ten"] as? String == "Nguyễn Thị Hoa")
        let years = try #require(object["theo_nam"] as? [[String: Any]])
        #expect(years.first as? [String: Int] == ["nam": 2025, "so_buoi_hoc": 1, "so_phut": 180, "so_su_kien": 0, "diem": 3],
                "no self-assessment key for a year without a form")
        var thisYear = try #require(years.last)
        let assessment = try #require(thisYear.removeValue(forKey: "tu_danh_gia") as? [String: Any])
        #expect(thisYear as? [String: Int] == ["nam": 2026, "so_buoi_hoc": 2, "so_phut": 330, "so_su_kien": 1, "diem": 7])
        #expect(assessment["tong_diem"] as? Int == 86 && assessment["dat"] as? Bool == true && assessment["cong_nhan"] as? Bool == false)
        #expect(assessment["trang_thai"] as? String == "da-xac-nhan" && assessment["so_quyet_dinh"] as? String == ""
                && assessment["ngay_quyet_dinh"] as? String == "")
        #expect((object["buoi_hoc"] as? [[String: Any]])?.compactMap { $0["ten"] as? String }
            == ["Trồng tiêu hữu cơ", "Cài đặt và dùng VNeID", "Cài đặt và dùng VNeID"])
        for body in [csv.text, json.text] {
            #expect(!body.contains("Bình") && !body.contains("0912000001"), "nobody else's data, and nothing but the record")
        }
    }
}
