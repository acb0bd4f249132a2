import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

/// `/xac-minh/{code}`: what anyone scanning a printed record sees, and nothing more.
@Suite struct RecordVerificationWebTests {
    /// Hoa's record with a code issued, and a visitor who is not signed in.
    static func issued() throws -> (app: TestApp, hoa: Visit, hoaID: Int64, code: String, visitor: Visit) {
        let (app, hoa, hoaID, _, _) = try LearningRecordWebTests.setUp()
        // Facts the centre holds about Hoa that the paper does not state.
        var hoaFacts = try #require(try app.database.person(id: hoaID))
        hoaFacts.birthYear = 1980
        hoaFacts.villageID = try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: .system(now: 0)).id
        try app.database.updatePerson(hoaFacts, by: .system(now: 0))
        let code = try #require(LearningRecordWebTests.code(in: hoa.post("/ca-nhan/ho-so", [("action", "issue")])))
        return (app, hoa, hoaID, code, Visit(app))
    }

    /// What the paper states, as the page repeats it for a valid or a stale code: of the
    /// self-assessment, only its total and recognition.
    static let stated = """
        Họ và tên | Nguyễn Thị Hoa
        Trung tâm | TTHTCĐ Thử Nghiệm
        Ngày cấp | 21/09/2026
        Số liệu ghi trên hồ sơ (ngày 21/09/2026)
        Năm | Buổi học | Số giờ | Sự kiện Tuần lễ | Điểm tích lũy
        2025 | 1 | 3 | 0 | 3
        2026 | 2 | 5,5 | 1 | 7
        Tự đánh giá Công dân học tập
        Năm | Tổng điểm | Công nhận Công dân học tập
        2026 | 86 | Chưa công nhận
        """

    static func main(_ response: Response) -> String {
        LearningRecordWebTests.text(response.text, from: "<section class=\"record-check\">", to: "</section>")
    }

    static func expectPrivate(_ response: Response) {
        #expect(response.header("Cache-Control") == "no-store")
        #expect(response.header("X-Robots-Tag") == "noindex, nofollow")
        // Without the anti-forgery token of a signed-in visitor's sign-out form: 64 random hex
        // digits that contain "1980" or "0912" about once in 500 pages.
        let shown = response.text.replacing(/[0-9a-f]{64}/, with: "")
        for personal in ["0912", "1980", "Bắc Sơn", "Cài đặt và dùng VNeID", "Đã được xác nhận", "<td>Đạt</td>"] {
            #expect(!shown.contains(personal), "\(personal) is not for whoever holds the paper")
        }
    }

    @Test func aValidCodeShowsWhatThePaperStates() throws {
        let (_, _, _, code, visitor) = try Self.issued()
        let page = visitor.get("/xac-minh/\(code)")
        #expect(page.status == 200)
        Self.expectPrivate(page)
        #expect(Self.main(page) == """
            Xác minh hồ sơ học tập suốt đời
            Hồ sơ hợp lệ
            Hồ sơ do TTHTCĐ Thử Nghiệm cấp ngày 21/09/2026. Số liệu trên hồ sơ đúng với dữ liệu hiện nay của trung tâm.
            \(Self.stated)
            """)
    }

    /// A roll call corrected after printing: the paper is genuine but out of date, and the page
    /// shows what it states beside today's figures.
    @Test func aStaleCodeShowsBothFigures() throws {
        let (app, _, hoaID, code, visitor) = try Self.issued()
        app.clock.advance(by: 3 * 86_400)
        let late = try #require(try app.database.learningRecord(personID: hoaID).sessions.last?.attendance.sessionID)
        try app.database.recordAttendance(sessionID: late, personID: hoaID, status: .present, source: .rollCall, overwrite: true,
                                          by: .system(now: app.clock.now))
        let page = visitor.get("/xac-minh/\(code)")
        #expect(page.status == 200)
        Self.expectPrivate(page)
        #expect(Self.main(page).hasSuffix("""
            Hồ sơ đã cũ
            Hồ sơ do TTHTCĐ Thử Nghiệm cấp thật ngày 21/09/2026, nhưng số liệu đã thay đổi từ đó. Hãy đề nghị người có hồ sơ in bản mới.
            \(Self.stated)
            Số liệu hiện nay (ngày 24/09/2026)
            Năm | Buổi học | Số giờ | Sự kiện Tuần lễ | Điểm tích lũy
            2025 | 1 | 3 | 0 | 3
            2026 | 2 | 5,5 | 1 | 9
            Tự đánh giá Công dân học tập
            Năm | Tổng điểm | Công nhận Công dân học tập
            2026 | 86 | Chưa công nhận
            """))
        #expect(page.text.contains("class=\"checkin-result record-stale\""))
    }

    /// The commune recognised Hoa after she printed her record: the paper is out of date, and
    /// the page shows the decision as today's figures.
    @Test func aRecognitionSincePrintingMakesTheCodeStale() throws {
        let (app, _, hoaID, code, visitor) = try Self.issued()
        let form = try #require(try app.database.selfAssessment(personID: hoaID, year: 2026))
        try app.database.recordOutcome(id: form.id, SelfAssessment.Outcome(recognised: true, decisionNumber: "15/QĐ-UBND",
                                                                           decisionOn: LocalDate(year: 2026, month: 9, day: 22)), by: .system(now: 0))
        let page = visitor.get("/xac-minh/\(code)")
        Self.expectPrivate(page)
        #expect(Self.main(page).hasSuffix("""
            Số liệu hiện nay (ngày 21/09/2026)
            Năm | Buổi học | Số giờ | Sự kiện Tuần lễ | Điểm tích lũy
            2025 | 1 | 3 | 0 | 3
            2026 | 2 | 5,5 | 1 | 7
            Tự đánh giá Công dân học tập
            Năm | Tổng điểm | Công nhận Công dân học tập
            2026 | 86 | Quyết định số 15/QĐ-UBND ngày 22/09/2026
            """))
        #expect(page.text.contains("Hồ sơ đã cũ"))
    }

    /// Revoking withdraws the paper: the page says so and no longer repeats what it states.
    @Test func aRevokedCodeSaysOnlyThat() throws {
        let (app, hoa, hoaID, code, visitor) = try Self.issued()
        let id = try #require(try app.database.recordVerifications(personID: hoaID).first?.id)
        app.clock.advance(by: 86_400)
        hoa.post("/ca-nhan/ho-so", [("action", "revoke"), ("id", String(id))])
        let page = visitor.get("/xac-minh/\(code)")
        #expect(page.status == 200)
        Self.expectPrivate(page)
        #expect(Self.main(page) == """
            Xác minh hồ sơ học tập suốt đời
            Đã thu hồi
            Mã này do TTHTCĐ Thử Nghiệm cấp ngày 21/09/2026 và đã bị thu hồi ngày 22/09/2026. \
            Bản in mang mã này không còn được trung tâm xác nhận.
            """)
        #expect(!page.text.contains("Nguyễn Thị Hoa"))
    }

    @Test(arguments: [String(repeating: "0", count: 32), "abc", "ABCDEF0123456789ABCDEF0123456789"])
    func anUnknownCodeIsNotValid(code: String) throws {
        let (_, hoa, _, _, visitor) = try Self.issued()
        for visit in [visitor, hoa] {
            let page = visit.get("/xac-minh/\(code)")
            #expect(page.status == 404)
            #expect(page.text.contains("<h1>Mã xác minh không hợp lệ</h1>") && page.text.contains("Không có hồ sơ nào mang mã này."))
            Self.expectPrivate(page)
        }
    }
}
