import Domain
import MicroHTTP
import Routes
import Storage
import Testing
import TestSupport

/// Every route that takes a post refuses one without the visitor's anti-forgery token, and
/// nothing changes. Posted by an administrator, who may reach every route, with fields that
/// would change something if the token were right.
@Suite struct FormTokenTests {
    static let posts: [(route: Route, fields: [(String, String)])] = [
        (.register, [("phone", "0912000077"), ("name", "Lén"), ("password", "một câu đủ dài"), ("consent", "1")]),
        (.login(next: "/"), [("phone", "0900000009"), ("password", "mật khẩu cán bộ")]),
        (.logout, []),
        (.profile, [("action", "sign-out-everywhere")]),
        (.editProfile, [("phone", "0900000009"), ("name", "Tên Lén")]),
        (.changePassword, [("current-password", "mật khẩu cán bộ"), ("password", "một mật khẩu mới dài")]),
        (.setPassword, [("phone", "0900000009"), ("code", "12345678"), ("password", "một mật khẩu mới dài")]),
        (.adminVillages, [("kind", "thôn"), ("name", "Lén")]),
        (.adminVillage(id: 1), [("kind", "thôn"), ("name", "Lén")]),
        (.adminAssistedRegistration, [("phone", "0912000078"), ("name", "Lén"), ("consent", "1")]),
        (.adminPasswordReset, [("phone", "0900000009")]),
        (.adminResident(id: 1), [("phone", "0900000009"), ("name", "Tên Lén")]),
        (.adminHouseholds(villageID: nil, page: 1), [("head", "Lén"), ("village", "")]),
        (.adminHousehold(id: 1), [("action", "add-member"), ("phone", "0900000009")]),
        (.adminStaff, [("phone", "0900000009"), ("role", "resident")]),
        (.adminSettings, [("commune", "Xã Lén"), ("centre", "Lén")]),
        (.adminImportPreview(id: 1), [("consent", "1")]),
        (.enrol(classID: 1), [("action", "enrol")]),
        (.adminWeeks, [("action", "create"), ("year", "2027"), ("from", "01/10/2027"), ("to", "07/10/2027")]),
        (.adminWeek(year: 2026), [("action", "save"), ("from", "01/10/2026"), ("to", "07/10/2026"), ("theme", "Lén")]),
        (.adminClasses, [("action", "save"), ("title", "Lén"), ("capacity", "5")]),
        (.adminClass(id: 1), [("action", "save"), ("title", "Lén"), ("capacity", "5")]),
        (.calendarFeedSettings, [("action", "create")]),
        (.selfAssessment(year: 2026), [("step", "draft"), ("score-1", "5")]),
        (.adminSelfAssessment(personID: 1, year: 2026), [("step", "draft"), ("consent", "1"), ("score-1", "5")]),
        (.adminReview(id: 1), [("action", "confirm")]),
        (.learningRecord, [("action", "issue")]),
        (.learningRecord, [("action", "revoke"), ("id", "1")]),
        (.adminRecordVerifications(personID: 1), [("action", "revoke"), ("id", "1")]),
        (.rollCall(sessionID: 1), [("action", "mark"), ("person", "1"), ("status", "co-mat")]),
        (.paperEntry(sessionID: 1), [("p-1", "co-mat")]),
        (.adminPointsRule, [("co-mat", "100"), ("di-muon", "100"), ("vang-co-phep", "0"), ("vang", "0")]),
        (.adminCriteria, [("year", "2027")]),
        (.adminCriteriaYear(year: 2026, group: Route.firstGroup), [("action", "save-criteria"), ("pass-total", "70"), ("pass-minimum", "5")]
            + CriteriaSet.standard(year: 2026, group: Route.firstGroup).indicators.flatMap { indicator -> [(String, String)] in
                [("competency-\(indicator.competency)", indicator.competencyName), ("label-\(indicator.number)", "Lén"),
                 ("text-\(indicator.number)", indicator.text), ("max-\(indicator.number)", "10")]
            }),
        (.adminCriteriaYear(year: 2026, group: Route.firstGroup), [("action", "save-rules"), ("measure-2", "moi-buoi"), ("steps-2", "1:5")]),
    ]

    /// The import, which takes only a file, is covered below; the banner upload too.
    @Test func everyListedRouteTakesPosts() {
        #expect(Self.posts.allSatisfy { $0.route.acceptsPost && $0.route != .adminImport })
    }

    @Test(arguments: 0..<posts.count)
    func aPostWithoutTheTokenIsRefusedAndChangesNothing(index: Int) throws {
        let (route, fields) = Self.posts[index]
        let (app, admin) = try Self.setUp()
        let before = try Self.snapshot(app)
        for token in ["", "sai", String(repeating: "0", count: 64)] {
            #expect(admin.post(route.link, fields, csrf: token).status == 403, "\(route.link) with token \(token.prefix(4))")
        }
        #expect(try Self.snapshot(app) == before, "\(route.link) changed something")
        #expect(admin.get("/ca-nhan").status == 200, "still signed in")
    }

    @Test func anUploadWithoutTheTokenIsRefusedAndKeepsNothing() throws {
        let (app, admin) = try Self.setUp()
        let before = try Self.snapshot(app)
        for token in ["", "sai"] {
            let response = admin.upload(Route.adminImport.link, field: "file", fileName: "a.csv",
                                        content: Array("ho_ten,so_dien_thoai\nLén,0912000079\n".utf8), csrf: token)
            #expect(response.status == 403)
        }
        #expect(try app.database.pendingImport(id: 2, personID: 1) == nil)
        #expect(try Self.snapshot(app) == before)
    }

    @Test func aBannerUploadWithoutTheTokenIsRefusedAndKeepsNothing() throws {
        let (app, admin) = try Self.setUp()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
        for token in ["", "sai"] {
            let response = admin.upload(Route.adminWeek(year: 2026).link, field: "banner", fileName: "a.png", content: png, csrf: token,
                                        fields: [("action", "banner"), ("alt", "Lén")], contentType: "image/png")
            #expect(response.status == 403)
        }
        #expect(try app.database.weekBanner(year: 2026) == nil)
    }

    /// An administrator (person 1), a village, a household, a pending import and a record
    /// verification code, all with id 1.
    static func setUp() throws -> (TestApp, Visit) {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: .system(now: 0))
        try app.database.createHousehold(headName: "Nguyễn Văn Đức", villageID: nil, address: "", by: .system(now: 0))
        _ = try app.database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Lớp", field: .health, venue: Venue(kind: .centre),
                                                     capacity: 5), by: .system(now: 0))
        try app.database.addSessions(classID: 1, times: [(app.clock.now, app.clock.now + 3600)], by: .system(now: 0))
        try app.database.createEdition(StoredEdition(edition: WeekEdition.standard(year: 2026)!), by: .system(now: 0))
        _ = try app.database.stageImport(fileName: "a.csv", content: Array("ho_ten,so_dien_thoai\nAn,0912000080\n".utf8),
                                         by: Actor(personID: 1, address: "-", now: app.clock.now))
        try app.database.issueRecordVerification(personID: 1, codeDigest: String(repeating: "d", count: 64),
                                                 summary: RecordSummary(holderName: "Quản trị", centreName: "TTHTCĐ", years: []),
                                                 now: app.clock.now)
        return (app, admin)
    }

    /// What any of the posts would change.
    static func snapshot(_ app: TestApp) throws -> [String] {
        let person = try app.database.person(id: 1)
        return [
            "\(try app.database.countPeople())", "\(try app.database.auditEntries().count)",
            "\(try app.database.villages().map(\.name))", "\(try app.database.householdMembers(of: 1).count)",
            "\(String(describing: try app.database.centreSettings()))", "\(String(describing: person))",
            "\(try app.database.passwordHash(personID: 1) ?? "")", "\(try app.database.countSessions(personID: 1))",
            "\(try app.database.classes())", "\(try app.database.editions())", "\(try app.database.enrolmentCounts(classID: 1))",
            "\(try app.database.hasCalendarFeed(personID: 1))", "\(try app.database.recordVerifications(personID: 1))",
            "\(try app.database.attendance(sessionID: 1))", "\(try app.database.pointsRule())", "\(try app.database.checkInWindow())",
            "\(try app.database.criteriaYears())", "\(try app.database.evidenceRules(year: 2026))",
        ]
    }
}
