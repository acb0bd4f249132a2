import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct WeekProgrammeTests {
    /// The demo's 2026 Week, seen at 08:00 on its first day (Vietnam time).
    static func demo() throws -> TestApp {
        let app = try TestApp()
        try app.database.loadDemoData(now: 0)
        let eight = try #require(LocalDate(year: 2026, month: 10, day: 1)).unixSeconds(atMinutes: 8 * 60)
        app.clock.advance(by: eight - app.clock.now)
        return app
    }

    /// The page's text without tags, one line per non-empty line, for snapshots.
    static func text(_ html: String, from start: String, to end: String) -> String {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else { return "" }
        let fragment = html[from.lowerBound..<to.lowerBound]
            .replacingOccurrences(of: "<br>", with: "\n").replacingOccurrences(of: "</li>", with: "\n").replacingOccurrences(of: "</h2>", with: "\n")
        return fragment.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    @Test func theProgrammeOfTheFirstDayReadsAsExpected() throws {
        let page = Visit(try Self.demo()).get("/tuan-le-hoc-tap")
        #expect(page.status == 200)
        let firstDay = Self.text(page.text, from: "<div class=\"week-list\">", to: "<h2>Thứ Sáu")
        #expect(firstDay == """
            Thứ Năm, 01/10/2026
            07:30–09:30 Đang diễn ra Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026
            Hội trường UBND xã
            09:30–11:30 Sắp tới Hội sách và đổi sách cũ
            Trung tâm học tập cộng đồng
            19:00–21:00 Cài đặt và dùng VNeID mức 2
            Nhà văn hóa thôn Bắc Sơn
            """)
        #expect(page.text.contains("<h1>Tuần lễ hưởng ứng học tập suốt đời năm 2026</h1>"))
        #expect(!page.text.contains("Học tập để phát triển bản thân"), "a placeholder theme is not published as if official")
        #expect(page.text.contains("class=\"week-grid"), "the day × venue grid for wide screens")
        for link in ["/tuan-le-hoc-tap/2026/in", "/tuan-le-hoc-tap/2026/thong-bao", "/tuan-le-hoc-tap/2026.ics", "/su-kien/"] {
            #expect(page.text.contains("href=\"\(link)"), "\(link)")
        }
    }

    @Test func filtersByVenueAndKindAndUnknownYearsAreNotFound() throws {
        let app = try Self.demo()
        let talks = Visit(app).get("/tuan-le-hoc-tap/2026", query: "loai=toa-dam").text
        #expect(talks.contains("Tọa đàm: Đọc sách cùng con") && talks.contains("Tọa đàm: Chăm sóc sức khỏe người cao tuổi"))
        #expect(!talks.contains("Hội sách và đổi sách cũ</a>"))
        let school = Visit(app).get("/tuan-le-hoc-tap/2026", query: "dia-diem=Tr%C6%B0%E1%BB%9Dng+Ti%E1%BB%83u+h%E1%BB%8Dc+x%C3%A3").text
        #expect(school.contains("Tiếng Anh giao tiếp cơ bản cho thanh niên") && !school.contains("Hội sách và đổi sách cũ</a>"))
        #expect(Visit(app).get("/tuan-le-hoc-tap/2031").status == 404)
        #expect(Visit(try TestApp()).get("/tuan-le-hoc-tap").text.contains("Chưa có chương trình Tuần lễ học tập nào."))
    }

    @Test func anEventPageOffersRegistrationOrSaysNoneIsNeeded() throws {
        let app = try Self.demo()
        let events = try app.database.events(year: 2026)
        let ceremony = try #require(events.first { $0.courseClass.event?.type == .openingCeremony })
        let open = Visit(app).get("/su-kien/\(ceremony.courseClass.id)").text
        #expect(open.contains("href=\"/su-kien/\(ceremony.courseClass.id).ics\""))
        #expect(open.contains("Không cần đăng ký") && open.contains("UBND xã, Hội Khuyến học xã"))
        #expect(!open.contains("class=\"seats\""), "an open event has no seats to count")
        #expect(open.contains("href=\"/tuan-le-hoc-tap/2026\""), "back to the programme, not the schedule")
        let talk = try #require(events.first { $0.courseClass.event?.type == .talk })
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        #expect(resident.get("/lop/\(talk.courseClass.id)").text.contains("Đăng ký tham gia"))
        resident.post("/lop/\(talk.courseClass.id)/dang-ky", [("action", "enrol")])
        #expect(resident.get("/ca-nhan").text.contains("Tọa đàm: Đọc sách cùng con"), "a registered event shows on the resident's page")
    }

    @Test func aSharedEventLinkShowsWhenAndWhereOnItsCard() throws {
        let app = try Self.demo()
        let events = try app.database.events(year: 2026)
        let ceremony = try #require(events.first { $0.courseClass.event?.type == .openingCeremony })
        let page = Visit(app).get("/su-kien/\(ceremony.courseClass.id)").text
        let line = "07:30 Thứ Năm, 01/10/2026 · Hội trường UBND xã · Tuần lễ hưởng ứng học tập suốt đời năm 2026"
        #expect(page.contains("<meta property=\"og:title\" content=\"Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026\">"))
        #expect(page.contains("<meta property=\"og:description\" content=\"\(line)\">"))
        #expect(page.contains("<meta name=\"description\" content=\"\(line)\">"))

        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        #expect(staff.post("/quan-tri/lop/\(ceremony.courseClass.id)", [("action", "cancel-session"),
                                                                       ("session", String(ceremony.session.id))]).status == 200)
        #expect(Visit(app).get("/su-kien/\(ceremony.courseClass.id)").text.contains("<meta property=\"og:description\" content=\"Đã hủy · \(line)\">"))
    }

    @Test func anEventTitleIsEscapedInItsShareTags() throws {
        let app = try Self.demo()
        let day = try #require(LocalDate(year: 2026, month: 10, day: 3))
        let event = try app.database.createClass(CourseClass(
            id: 0, courseSlug: nil, title: "Thi <b>\"Đố vui\"</b> & 'học'", field: .culture, venue: Venue(kind: .centre), capacity: 50,
            event: EventDetails(editionYear: 2026, type: .contest)),
            sessions: [(day.unixSeconds(atMinutes: 14 * 60), day.unixSeconds(atMinutes: 16 * 60))], by: .system(now: 0))
        let page = Visit(app).get("/su-kien/\(event.id)").text
        #expect(page.contains("<meta property=\"og:title\" content=\"Thi &lt;b&gt;&quot;Đố vui&quot;&lt;/b&gt; &amp; &#39;học&#39;\">"))
        #expect(page.contains("<meta property=\"og:description\" content=\"14:00 Thứ Bảy, 03/10/2026 · Trung tâm học tập cộng đồng · "))
        #expect(!page.contains("<b>\"Đố vui"))
    }
}
