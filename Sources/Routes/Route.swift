import Domain

/// Every page and file the site serves. Parsed from a request's path and query, and
/// printed back into links: no other code writes a URL by hand.
public enum Route: Equatable, Sendable {
    /// `/`
    case home
    /// `/khoa-hoc`, `/khoa-hoc?linh-vuc=ky-nang-so&trang=2`
    case catalogue(field: Field?, page: Int)
    /// `/khoa-hoc/{slug}`
    case course(slug: String)
    /// `/khoa-hoc/{slug}/bai/{n}`
    case lesson(slug: String, number: Int)
    /// `/tim-kiem?q=…&trang=2`
    case search(query: String, page: Int)
    /// `/static/{path}`: a file under `Public/`. The segments are checked to never leave it.
    case asset(path: [String])
    /// `/favicon.ico`, which browsers ask for by themselves.
    case favicon
    /// `/ngon-ngu/{vi|en}?ve=/khoa-hoc`: remember the interface language, then go back.
    case language(Language, returnTo: String)
    /// `/dang-ky`: create an account (GET the form, POST it).
    case register
    /// `/dang-nhap?tiep=/ca-nhan`: sign in, then go to `next` (a local path).
    case login(next: String)
    /// `/dang-xuat`: sign out (POST only).
    case logout
    /// `/lop/{id}`: a class: its sessions, seats left, and the enrol button.
    case courseClass(id: Int64)
    /// `/lop/{id}/dang-ky`: POST enrols the signed-in resident or gives up their place.
    case enrol(classID: Int64)
    /// `/lich?thon=&linh-vuc=`: the coming weeks' sessions by day.
    case schedule(villageID: Int64?, field: Field?)
    /// `/quan-tri/lop`: every class; POST opens a new one.
    case adminClasses
    /// `/quan-tri/lop/{id}`: one class for staff: its facts, sessions and enrolments.
    case adminClass(id: Int64)
    /// `/quan-tri/buoi/{id}/diem-danh`: the roll call of a session, one tap per person.
    case rollCall(sessionID: Int64)
    /// `/quan-tri/buoi/{id}/danh-sach`: the printable A4 roster with a signature column.
    case paperRoster(sessionID: Int64)
    /// `/quan-tri/buoi/{id}/nhap-giay`: typing a signed paper roster back in.
    case paperEntry(sessionID: Int64)
    /// `/quan-tri/buoi/{id}/ma-diem-danh`: the session's rotating self check-in code, full screen.
    case checkInDisplay(sessionID: Int64)
    /// `/diem-danh/{code}`: the QR code's target; a signed-in resident checks in with the code.
    case checkIn(code: String)
    /// `/diem-danh`, `/diem-danh?ma=`: finishes a check-in begun before signing in; takes a typed code.
    case checkInDone
    /// `/quan-tri/lop/{id}/diem-danh`, `….csv`: a class's attendance, people × sessions.
    case attendanceMatrix(classID: Int64, format: TableFormat)
    /// `/diem-tich-luy`: the published points rule, in plain words.
    case pointsRule
    /// `/quan-tri/diem-tich-luy`: the administrator sets the points rule.
    case adminPointsRule
    /// `/tuan-le-hoc-tap` (the current or next Week), `/tuan-le-hoc-tap/{year}?dia-diem=&loai=`:
    /// the Week's programme, day by day, filtered by venue and kind of event.
    case weekProgramme(year: Int?, venue: String? = nil, type: EventType? = nil)
    /// `/tuan-le-hoc-tap/{year}/thong-bao?ngay=N`: the programme as the loudspeaker script, the whole Week or day N.
    case weekAnnouncement(year: Int, day: Int?)
    /// `/tuan-le-hoc-tap/{year}/in`: the programme on an A4 sheet for the commune noticeboard.
    case weekPrint(year: Int)
    /// `/tuan-le-hoc-tap/{year}.ics`: the Week's events as an iCalendar feed.
    case weekFeed(year: Int)
    /// `/su-kien/{id}`: an event of the Week.
    case event(id: Int64)
    /// `/su-kien/{id}.ics`: one event as an iCalendar feed.
    case eventFeed(id: Int64)
    /// `/quan-tri/tuan-le`: every year's Week; POST creates one or clones the latest.
    case adminWeeks
    /// `/quan-tri/tuan-le/{year}`: one year's Week for staff; POST saves it or adds an event.
    case adminWeek(year: Int)
    /// `/quan-tri/tuan-le/{year}/bao-cao`, `….csv`: the report on a year's Week.
    case adminWeekReport(year: Int, format: TableFormat)
    /// `/ca-nhan/tu-danh-gia/{year}`: my learning-citizen self-assessment; POST saves or submits it.
    case selfAssessment(year: Int)
    /// `/quan-tri/nguoi-dan/{id}/tu-danh-gia/{year}`: staff enter a resident's form with the resident present.
    case adminSelfAssessment(personID: Int64, year: Int)
    /// `/quan-tri/tu-danh-gia`: submitted self-assessments waiting for the association's review.
    case adminReviews
    /// `/quan-tri/tu-danh-gia/{id}`: one form to confirm or return, and its official outcome.
    case adminReview(id: Int64)
    /// `/quan-tri/bao-cao?tu=&den=` or `?nam=`, `….csv`: the commune's learning report for a period.
    case adminCommuneReport(ReportPeriodQuery, format: TableFormat)
    /// `/ca-nhan`: my profile; POST signs out everywhere.
    case profile
    /// `/quan-tri`: the admin section's dashboard.
    case adminDashboard
    /// `/quan-tri/thon`: the commune's villages; POST adds one.
    case adminVillages
    /// `/quan-tri/thon/{id}`: one village; POST renames it.
    case adminVillage(id: Int64)
    /// `/quan-tri/nhat-ky`: the audit log.
    case adminAuditLog
    /// `/quan-tri/dang-ky-ho`: staff register a resident who has no smartphone.
    case adminAssistedRegistration
    /// `/quan-tri/cap-lai-mat-khau`: staff give a resident a code to set a new password.
    case adminPasswordReset
    /// `/dat-mat-khau`: a resident sets a password with the code staff printed.
    case setPassword
    /// `/quan-tri/nguoi-dan?q=&thon=&nhom=&trang=`: residents, searched and filtered.
    case adminResidents(ResidentQuery)
    /// `/quan-tri/nguoi-dan.csv`: every resident as CSV for Excel.
    case adminResidentsCSV
    /// `/ca-nhan/du-lieu.json`, `/ca-nhan/du-lieu.csv`: everything the centre holds about me.
    case myData(DataFormat)
    /// `/ca-nhan/sua`: edit my own record.
    case editProfile
    /// `/ca-nhan/mat-khau`: change my password.
    case changePassword
    /// `/quan-tri/nguoi-dan/{id}`: one resident's record, its history, and staff's edit form.
    case adminResident(id: Int64)
    /// `/quan-tri/nhap-nguoi-dan`: upload a CSV file of residents (multipart POST).
    case adminImport
    /// `/quan-tri/nhap-nguoi-dan/{id}`: an uploaded file's preview; POST confirms the import.
    case adminImportPreview(id: Int64)
    /// `/quan-tri/ho?thon=&trang=`: households by village; POST adds one.
    case adminHouseholds(villageID: Int64?, page: Int)
    /// `/quan-tri/ho/{id}`: one household and its members; POST saves, adds or removes a member.
    case adminHousehold(id: Int64)
    /// `/quan-tri/can-bo`: staff accounts; POST gives an account a role.
    case adminStaff
    /// `/quan-tri/cai-dat`: the centre's names and contact details.
    case adminSettings
    /// `/lich.ics`: the coming months' sessions of every class as an iCalendar feed.
    case scheduleFeed
    /// `/lop/{id}.ics`: all sessions of one class as an iCalendar feed.
    case classFeed(id: Int64)
    /// `/lich/rieng/{token}.ics`: a resident's own classes; the secret token is the only key.
    case personalFeed(token: String)
    /// `/ca-nhan/lich`: a resident makes or revokes the secret address of their own feed.
    case calendarFeedSettings
    /// `/ca-nhan/ho-so`: my lifelong learning record, printable; POST issues or revokes a verification code.
    case learningRecord
    /// `/ca-nhan/ho-so.json`, `/ca-nhan/ho-so.csv`: my learning record as data.
    case learningRecordData(DataFormat)
    /// `/xac-minh/{code}`: anyone checks a printed record with the code of its QR code.
    case recordVerification(code: String)
    /// `/quan-tri/nguoi-dan/{id}/ho-so`: a resident's verification codes for staff; POST revokes one.
    case adminRecordVerifications(personID: Int64)

    /// The route for a path and query, or nil when no page lives there.
    public init?(path: String, query: [(name: String, value: String)]) {
        let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        guard let head = segments.first.map({ Substring($0) }) else { return nil }
        func segment(_ offset: Int) -> String { String(Substring(segments[segments.startIndex + offset])) }
        func value(_ name: String) -> String? { query.first { $0.name == name }?.value }
        func page() -> Int { value("trang").flatMap(Int.init).map { min(max($0, 1), Route.maxPage) } ?? 1 }
        func period() -> ReportPeriodQuery { ReportPeriodQuery(from: value("tu") ?? "", to: value("den") ?? "", year: value("nam") ?? "") }

        // Switch on the first segment and the count, so matching costs no allocation.
        switch (head, segments.count) {
        case ("", 1):
            self = .home
        case ("khoa-hoc", 1):
            let fieldCode = value("linh-vuc") ?? ""
            let field = Field(rawValue: fieldCode)
            if !fieldCode.isEmpty, field == nil { return nil }
            self = .catalogue(field: field, page: page())
        case ("khoa-hoc", 2):
            let slug = segment(1)
            guard Slug.isValid(slug) else { return nil }
            self = .course(slug: slug)
        case ("khoa-hoc", 4):
            let slug = segment(1)
            guard Slug.isValid(slug), segment(2) == "bai", let number = Route.positiveNumber(segment(3)) else { return nil }
            self = .lesson(slug: slug, number: number)
        case ("tim-kiem", 1):
            self = .search(query: value("q") ?? "", page: page())
        case ("favicon.ico", 1):
            self = .favicon
        case ("ngon-ngu", 2):
            guard let language = Language(rawValue: segment(1)) else { return nil }
            self = .language(language, returnTo: Route.localPath(value("ve")))
        case ("dang-ky", 1):
            self = .register
        case ("lop", 2) where segment(1).hasSuffix(".ics"):
            guard let id = Route.positiveNumber(String(segment(1).dropLast(4)), digits: 12) else { return nil }
            self = .classFeed(id: Int64(id))
        case ("lop", 2):
            guard let id = Route.positiveNumber(segment(1), digits: 12) else { return nil }
            self = .courseClass(id: Int64(id))
        case ("lop", 3) where segment(2) == "dang-ky":
            guard let id = Route.positiveNumber(segment(1), digits: 12) else { return nil }
            self = .enrol(classID: Int64(id))
        case ("diem-danh", 1):
            self = .checkInDone
        case ("diem-danh", 2):
            let code = segment(1)
            guard Route.isCheckInCode(code) else { return nil }
            self = .checkIn(code: code)
        case ("tuan-le-hoc-tap", 1):
            self = .weekProgramme(year: nil, venue: value("dia-diem"), type: value("loai").flatMap(EventType.init(rawValue:)))
        case ("tuan-le-hoc-tap", 2) where Route.positiveNumber(segment(1)) != nil:
            self = .weekProgramme(year: Route.positiveNumber(segment(1)), venue: value("dia-diem").flatMap { $0.isEmpty ? nil : $0 },
                                  type: value("loai").flatMap(EventType.init(rawValue:)))
        case ("tuan-le-hoc-tap", 2) where segment(1).hasSuffix(".ics"):
            guard let year = Route.positiveNumber(String(segment(1).dropLast(4))) else { return nil }
            self = .weekFeed(year: year)
        case ("tuan-le-hoc-tap", 3):
            guard let year = Route.positiveNumber(segment(1)) else { return nil }
            switch segment(2) {
            case "thong-bao":
                let typed = value("ngay"), day = typed.flatMap { Route.positiveNumber($0, digits: 2) }
                if typed != nil, day == nil { return nil }
                self = .weekAnnouncement(year: year, day: day)
            case "in": self = .weekPrint(year: year)
            default: return nil
            }
        case ("su-kien", 2) where segment(1).hasSuffix(".ics"):
            guard let id = Route.positiveNumber(String(segment(1).dropLast(4)), digits: 12) else { return nil }
            self = .eventFeed(id: Int64(id))
        case ("su-kien", 2):
            guard let id = Route.positiveNumber(segment(1), digits: 12) else { return nil }
            self = .event(id: Int64(id))
        case ("diem-tich-luy", 1):
            self = .pointsRule
        case ("xac-minh", 2):
            let code = segment(1)
            guard Route.isVerificationCode(code) else { return nil }
            self = .recordVerification(code: code)
        case ("lich.ics", 1):
            self = .scheduleFeed
        case ("lich", 3) where segment(1) == "rieng":
            guard let token = Route.feedToken(segment(2)) else { return nil }
            self = .personalFeed(token: token)
        case ("lich", 1):
            let fieldCode = value("linh-vuc") ?? ""
            let field = Field(rawValue: fieldCode)
            if !fieldCode.isEmpty, field == nil { return nil }
            self = .schedule(villageID: value("thon").flatMap { Route.positiveNumber($0, digits: 12) }.map(Int64.init), field: field)
        case ("dang-nhap", 1):
            self = .login(next: Route.localPath(value("tiep")))
        case ("dat-mat-khau", 1):
            self = .setPassword
        case ("dang-xuat", 1):
            self = .logout
        case ("ca-nhan", 1):
            self = .profile
        case ("quan-tri", 1):
            self = .adminDashboard
        case ("quan-tri", 2):
            switch segment(1) {
            case "thon": self = .adminVillages
            case "nhat-ky": self = .adminAuditLog
            case "dang-ky-ho": self = .adminAssistedRegistration
            case "cap-lai-mat-khau": self = .adminPasswordReset
            case "nguoi-dan":
                self = .adminResidents(ResidentQuery(
                    text: value("q") ?? "", villageID: value("thon").flatMap { Route.positiveNumber($0, digits: 12) }.map(Int64.init),
                    group: value("nhom").flatMap(Int.init).flatMap(TargetGroup.init(number:)), page: page()))
            case "nguoi-dan.csv": self = .adminResidentsCSV
            case "nhap-nguoi-dan": self = .adminImport
            case "lop": self = .adminClasses
            case "diem-tich-luy": self = .adminPointsRule
            case "tuan-le": self = .adminWeeks
            case "tu-danh-gia": self = .adminReviews
            case "ho":
                self = .adminHouseholds(villageID: value("thon").flatMap { Route.positiveNumber($0, digits: 12) }.map(Int64.init),
                                        page: page())
            case "can-bo": self = .adminStaff
            case "cai-dat": self = .adminSettings
            case "bao-cao": self = .adminCommuneReport(period(), format: .page)
            case "bao-cao.csv": self = .adminCommuneReport(period(), format: .csv)
            default: return nil
            }
        case ("quan-tri", 4) where segment(1) == "buoi":
            guard let id = Route.positiveNumber(segment(2), digits: 12).map(Int64.init) else { return nil }
            switch segment(3) {
            case "diem-danh": self = .rollCall(sessionID: id)
            case "danh-sach": self = .paperRoster(sessionID: id)
            case "nhap-giay": self = .paperEntry(sessionID: id)
            case "ma-diem-danh": self = .checkInDisplay(sessionID: id)
            default: return nil
            }
        case ("quan-tri", 4) where segment(1) == "lop":
            guard let id = Route.positiveNumber(segment(2), digits: 12).map(Int64.init) else { return nil }
            switch segment(3) {
            case "diem-danh": self = .attendanceMatrix(classID: id, format: .page)
            case "diem-danh.csv": self = .attendanceMatrix(classID: id, format: .csv)
            default: return nil
            }
        case ("quan-tri", 4) where segment(1) == "nguoi-dan" && segment(3) == "ho-so":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminRecordVerifications(personID: Int64(id))
        case ("quan-tri", 4) where segment(1) == "tuan-le":
            guard let year = Route.positiveNumber(segment(2)) else { return nil }
            switch segment(3) {
            case "bao-cao": self = .adminWeekReport(year: year, format: .page)
            case "bao-cao.csv": self = .adminWeekReport(year: year, format: .csv)
            default: return nil
            }
        case ("quan-tri", 3) where segment(1) == "tuan-le":
            guard let year = Route.positiveNumber(segment(2)) else { return nil }
            self = .adminWeek(year: year)
        case ("quan-tri", 3) where segment(1) == "lop":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminClass(id: Int64(id))
        case ("quan-tri", 3) where segment(1) == "nhap-nguoi-dan":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminImportPreview(id: Int64(id))
        case ("quan-tri", 3) where segment(1) == "nguoi-dan":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminResident(id: Int64(id))
        case ("quan-tri", 3) where segment(1) == "ho":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminHousehold(id: Int64(id))
        case ("quan-tri", 3) where segment(1) == "thon":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminVillage(id: Int64(id))
        case ("ca-nhan", 3) where segment(1) == "tu-danh-gia":
            guard let year = Route.positiveNumber(segment(2)) else { return nil }
            self = .selfAssessment(year: year)
        case ("quan-tri", 5) where segment(1) == "nguoi-dan" && segment(3) == "tu-danh-gia":
            guard let id = Route.positiveNumber(segment(2), digits: 12), let year = Route.positiveNumber(segment(4)) else { return nil }
            self = .adminSelfAssessment(personID: Int64(id), year: year)
        case ("quan-tri", 3) where segment(1) == "tu-danh-gia":
            guard let id = Route.positiveNumber(segment(2), digits: 12) else { return nil }
            self = .adminReview(id: Int64(id))
        case ("ca-nhan", 2):
            switch segment(1) {
            case "du-lieu.json": self = .myData(.json)
            case "du-lieu.csv": self = .myData(.csv)
            case "sua": self = .editProfile
            case "mat-khau": self = .changePassword
            case "lich": self = .calendarFeedSettings
            case "ho-so": self = .learningRecord
            case "ho-so.json": self = .learningRecordData(.json)
            case "ho-so.csv": self = .learningRecordData(.csv)
            default: return nil
            }
        case ("static", let count) where count >= 2:
            let rest = (1..<count).map(segment)
            guard rest.allSatisfy(Route.isSafeSegment) else { return nil }
            self = .asset(path: rest)
        default:
            return nil
        }
    }

    /// Whether the route takes form posts (every other route answers POST with 405).
    public var acceptsPost: Bool {
        switch self {
        case .register, .login, .logout, .profile, .adminVillages, .adminVillage, .adminAssistedRegistration,
             .adminPasswordReset, .setPassword, .editProfile, .changePassword, .adminResident,
             .adminHouseholds, .adminHousehold, .adminStaff, .adminSettings, .adminImport, .adminImportPreview,
             .selfAssessment, .adminSelfAssessment, .adminReview, .enrol, .adminClasses, .adminClass, .rollCall, .paperEntry, .adminPointsRule, .adminWeeks, .adminWeek, .calendarFeedSettings,
             .learningRecord, .adminRecordVerifications: true
        case .home, .catalogue, .course, .lesson, .search, .asset, .favicon, .language, .adminDashboard, .myData,
             .adminAuditLog, .adminResidents, .adminResidentsCSV, .courseClass, .schedule, .paperRoster, .weekProgramme,
             .weekAnnouncement, .weekPrint, .weekFeed, .event, .eventFeed, .adminWeekReport, .adminCommuneReport,
             .adminReviews, .attendanceMatrix, .pointsRule, .scheduleFeed, .classFeed, .personalFeed,
             .checkInDisplay, .checkIn, .checkInDone, .learningRecordData, .recordVerification: false
        }
    }

    /// Whether the route takes a file upload (`multipart/form-data`) besides plain forms.
    public var acceptsUpload: Bool { self == .adminImport }

    /// Page numbers beyond this are clamped (keeps SQL offsets small).
    public static let maxPage = 10_000

    /// A file name segment: not empty, not `.` or `..`, no hidden files, no separators or NUL.
    static func isSafeSegment(_ segment: String) -> Bool {
        guard let first = segment.utf8.first, first != UInt8(ascii: ".") else { return false }
        return !segment.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == 0 }
    }

    /// A path on this site (starting with one `/`), or `/`: never a link to another site.
    static func localPath(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/" }
        return text
    }

    private static func positiveNumber(_ text: String, digits: Int = 4) -> Int? {
        guard text.utf8.count <= digits, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let number = Int(text), number > 0 else { return nil }
        return number
    }
}
