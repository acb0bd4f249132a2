import Domain
import MicroHTTP
import Routes
import Testing

@Suite struct RouteTests {
    /// The schedule's week of 16–22 November 2026.
    static let week = CalendarWeek(containing: LocalDate(year: 2026, month: 11, day: 16)!)

    static let every: [Route] = [
        .home,
        .catalogue(field: nil, page: 1),
        .catalogue(field: .digitalSkills, page: 1),
        .catalogue(field: .agriculture, page: 3),
        .catalogue(field: nil, page: 2),
        .course(slug: "phong-chong-lua-dao"),
        .lesson(slug: "phong-chong-lua-dao", number: 2),
        .search(query: "", page: 1),
        .search(query: "tuần lễ & \"học\" + 100%", page: 1),
        .search(query: "lua dao", page: 4),
        .asset(path: ["style.css"]),
        .asset(path: ["img", "logo mới.svg"]),
        .favicon,
        .language(.english, returnTo: "/khoa-hoc?linh-vuc=ky-nang-so"),
        .language(.vietnamese, returnTo: "/"),
        .myData(.json), .myData(.csv), .editProfile, .changePassword, .adminResident(id: 7), .adminVillages, .adminVillage(id: 42), .adminAuditLog,
        .adminAssistedRegistration, .adminPasswordReset, .setPassword, .adminResidentsCSV,
        .adminHouseholds(villageID: nil, page: 1), .adminHouseholds(villageID: 12, page: 3), .adminHousehold(id: 5), .adminStaff, .adminSettings,
        .adminImport, .adminImportPreview(id: 9), .courseClass(id: 3), .enrol(classID: 3), .adminClasses, .adminClass(id: 4),
        .schedule(villageID: nil, field: nil), .schedule(villageID: 2, field: .health),
        .schedule(villageID: nil, field: nil, week: week), .schedule(villageID: 2, field: .health, week: week.next), .rollCall(sessionID: 5), .paperRoster(sessionID: 5),
        .paperEntry(sessionID: 5), .attendanceMatrix(classID: 2, format: .page), .attendanceMatrix(classID: 2, format: .csv), .pointsRule,
        .adminPointsRule, .adminWeeks, .adminWeek(year: 2026), .adminWeekReport(year: 2026, format: .page), .adminWeekReport(year: 2026, format: .csv),
        .adminCommuneReport(ReportPeriodQuery(), format: .page), .adminCommuneReport(ReportPeriodQuery(year: "2025"), format: .csv),
        .adminCommuneReport(ReportPeriodQuery(from: "01/03/2026", to: "31/3/2026"), format: .page),
        .selfAssessment(year: 2026), .adminSelfAssessment(personID: 3, year: 2026), .adminReviews, .adminReview(id: 8),
        .citizenTitle, .adminCriteria, .adminCriteriaYear(year: 2026, group: TargetGroup(number: 1)!),
        .adminCriteriaYear(year: 2027, group: TargetGroup(number: 4)!),
        .weekAnnouncement(year: 2026, day: nil), .weekAnnouncement(year: 2026, day: 3), .weekPrint(year: 2026), .weekBanner(year: 2026, version: nil), .weekBanner(year: 2026, version: 1_790_000_000), .weekFeed(year: 2026),
        .event(id: 12), .eventFeed(id: 12),
        .checkInDisplay(sessionID: 5), .checkIn(code: "ABC-def9"), .checkIn(code: "XYZW"), .checkInDone,
        .scheduleFeed, .classFeed(id: 3), .personalFeed(token: String(repeating: "0a", count: 32)), .calendarFeedSettings,
        .learningRecord, .learningRecordData(.json), .learningRecordData(.csv), .recordVerification(code: String(repeating: "c3", count: 16)),
        .recordVerification(code: "Abc9"), .adminRecordVerifications(personID: 7),
        .adminResidents(ResidentQuery()), .adminResidents(ResidentQuery(text: "Nguyễn Hoa", villageID: 3, group: TargetGroup(number: 2), page: 4)), .register, .login(next: "/"), .login(next: "/quan-tri?a=1&b=2"), .logout, .profile, .adminDashboard,
    ] + Field.allCases.map { .catalogue(field: $0, page: 1) }

    /// Prints a route, decodes the link as the server does, parses it: the same route.
    @Test(arguments: every)
    func roundTrips(route: Route) throws {
        let link = route.link
        let (path, query) = link.splitQuery
        let decodedPath = try #require(FormDecoder.component(path, plusIsSpace: false))
        let decodedQuery = try #require(FormDecoder.decode(Array(query.utf8)))
        #expect(Route(path: decodedPath, query: decodedQuery) == route, "\(link)")
    }

    @Test(arguments: [
        "/khong-co", "/khoa-hoc/", "/khoa-hoc/Viet-Hoa", "/khoa-hoc/a/bai/0", "/khoa-hoc/a/bai/x",
        "/khoa-hoc/a/bai/-1", "/khoa-hoc/a/bai/99999", "/static/", "/static/../Package.swift",
        "/static/./style.css", "/static/.env", "/static//etc/passwd", "/static/a\\..\\b", "/ngon-ngu/fr",
        "/khoa-hoc/a/b/c/d", "/quan-tri/ho/0", "/quan-tri/ho/x", "/quan-tri/ho/1/2",
        "/diem-danh/ABC", "/diem-danh/ABCDEFGHJKMNP", "/diem-danh/ABC DEF", "/diem-danh/AB_CDE", "/diem-danh/ABCDEF/x",
        "/diem-danh/ĐĂNGKÝ", "/quan-tri/buoi/0/ma-diem-danh",
        "/tuan-le-hoc-tap/2026/loa", "/tuan-le-hoc-tap/nam/in", "/quan-tri/tuan-le/2026/bao-cao.pdf", "/quan-tri/bao-cao.pdf", "/quan-tri/bao-cao/2026", "/quan-tri/tuan-le/x/bao-cao",
        "/ca-nhan/tu-danh-gia/x", "/ca-nhan/tu-danh-gia/20266", "/quan-tri/nguoi-dan/1/tu-danh-gia", "/quan-tri/tu-danh-gia/0", "/tuan-le-hoc-tap/x.ics", "/su-kien/0", "/su-kien/x.ics", "/su-kien/1/2",
        "/xac-minh", "/xac-minh/", "/xac-minh/abc/def", "/xac-minh/ab-cd", "/xac-minh/mã", "/xac-minh/\(String(repeating: "a", count: 65))",
        "/ca-nhan/ho-so.pdf", "/quan-tri/nguoi-dan/0/ho-so", "/quan-tri/nguoi-dan/1/ho-so-cu",
        "/quan-tri/tieu-chi/0", "/quan-tri/tieu-chi/nam", "/quan-tri/tieu-chi/20266", "/quan-tri/tieu-chi/2026/1", "/cong-dan-hoc-tap/2026",
    ])
    func rejects(path: String) {
        #expect(Route(path: path, query: []) == nil)
    }

    @Test func aCriteriaGroupIsOneOfTheFour() {
        #expect(Route(path: "/quan-tri/tieu-chi/2026", query: []) == .adminCriteriaYear(year: 2026, group: Route.firstGroup))
        #expect(Route(path: "/quan-tri/tieu-chi/2026", query: [("nhom", "3")]) == .adminCriteriaYear(year: 2026, group: TargetGroup(number: 3)!))
        for group in ["0", "5", "ba", "12"] { #expect(Route(path: "/quan-tri/tieu-chi/2026", query: [("nhom", group)]) == nil, "\(group)") }
        #expect(Route.adminCriteria.acceptsPost && Route.adminCriteriaYear(year: 2026, group: Route.firstGroup).acceptsPost)
        #expect(!Route.citizenTitle.acceptsPost)
    }

    @Test func anAnnouncementDayIsANumber() {
        #expect(Route(path: "/tuan-le-hoc-tap/2026/thong-bao", query: [("ngay", "2")]) == .weekAnnouncement(year: 2026, day: 2))
        #expect(Route(path: "/tuan-le-hoc-tap/2026/thong-bao", query: [("ngay", "hai")]) == nil)
        #expect(Route(path: "/tuan-le-hoc-tap/2026/thong-bao", query: [("ngay", "0")]) == nil)
    }

    /// Any day names its week and prints as the Monday, so one week has one address; what is
    /// not a date shows the week of today, as a mistyped village shows every village.
    @Test func aScheduleWeekIsAnyOfItsDaysAndPrintsAsItsMonday() {
        for text in ["2026-11-16", "2026-11-18", "2026-11-22", "18/11/2026", "22/11/2026", "16.11.2026", " 2026-11-16 "] {
            #expect(Route(path: "/lich", query: [("tuan", text)]) == .schedule(villageID: nil, field: nil, week: Self.week), "\(text)")
        }
        #expect(Route(path: "/lich", query: [("tuan", "2026-11-23")]) == .schedule(villageID: nil, field: nil, week: Self.week.next))
        for text in ["", "tuan-sau", "2026-11", "31/02/2026", "2026-11-16x", String(repeating: "1", count: 300)] {
            #expect(Route(path: "/lich", query: [("tuan", text)]) == .schedule(villageID: nil, field: nil), "\(text)")
        }
        let filtered = Route(path: "/lich", query: [("thon", "4"), ("linh-vuc", "suc-khoe"), ("tuan", "20/11/2026")])
        #expect(filtered == .schedule(villageID: 4, field: .health, week: Self.week))
        #expect(filtered?.link == "/lich?thon=4&linh-vuc=suc-khoe&tuan=2026-11-16")
        #expect(Route.schedule(villageID: nil, field: nil).link == "/lich", "this week keeps the plain address")
        #expect(Route(path: "/lich", query: [("linh-vuc", "khong-co"), ("tuan", "2026-11-16")]) == nil, "an unknown field is still no page")
    }

    @Test func unknownFieldIsNotAPage() {
        #expect(Route(path: "/khoa-hoc", query: [("linh-vuc", "khong-co")]) == nil)
    }

    @Test func pageNumbersAreClamped() {
        #expect(Route(path: "/khoa-hoc", query: [("trang", "-5")]) == .catalogue(field: nil, page: 1))
        #expect(Route(path: "/khoa-hoc", query: [("trang", "999999999")]) == .catalogue(field: nil, page: Route.maxPage))
    }

    @Test(arguments: ["https://lua-dao.example", "//lua-dao.example", "/\\lua-dao.example", "khoa-hoc", "/\r\nSet-Cookie: x"])
    func languageSwitchNeverLeavesTheSite(target: String) {
        #expect(Route(path: "/ngon-ngu/en", query: [("ve", target)]) == .language(.english, returnTo: "/"))
    }

    @Test func encodesEverythingButUnreservedCharacters() {
        #expect(Route.encode("a b/đ?&=") == "a%20b%2F%C4%91%3F%26%3D")
    }

    @Test func recordVerificationCodesNeverReachTheLog() {
        let code = String(repeating: "5e", count: 16)
        #expect(Route.loggedTarget("/xac-minh/\(code)") == "/xac-minh/…")
        #expect(Route.loggedTarget("/XAC-MINH/\(code)") == "/xac-minh/…")
        #expect(Route.loggedTarget("/ca-nhan/ho-so") == "/ca-nhan/ho-so")
    }

    @Test func onlyTheRecordAndVerificationsTakePosts() {
        #expect(Route.learningRecord.acceptsPost && Route.adminRecordVerifications(personID: 1).acceptsPost)
        #expect(!Route.learningRecordData(.csv).acceptsPost && !Route.recordVerification(code: "abc").acceptsPost)
    }
}

extension String {
    var splitQuery: (String, String) {
        guard let mark = firstIndex(of: "?") else { return (self, "") }
        return (String(self[..<mark]), String(self[index(after: mark)...]))
    }

    @Test func privateFeedTokensNeverReachTheLog() {
        let token = String(repeating: "ab", count: 32)
        #expect(Route.loggedTarget("/lich/rieng/\(token).ics") == "/lich/rieng/…")
        #expect(Route.loggedTarget("/LICH/RIENG/\(token).ics") == "/lich/rieng/…")
        #expect(Route.loggedTarget("/lich.ics") == "/lich.ics")
        #expect(Route.loggedTarget("/khoa-hoc") == "/khoa-hoc")
    }
}
