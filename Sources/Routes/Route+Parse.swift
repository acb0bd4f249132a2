import Domain

/// Reading a request's path and query into a route: the one place addresses are understood.
extension Route {
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
            case "anh-bia": self = .weekBanner(year: year, version: value("v").flatMap { Int64($0) })
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
            self = .schedule(villageID: value("thon").flatMap { Route.positiveNumber($0, digits: 12) }.map(Int64.init), field: field,
                             week: Route.week(value("tuan")))
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
        case ("quan-tri", 2...3) where segment(1) == "tieu-chi":
            guard let route = Route.criteria(year: segments.count == 3 ? segment(2) : nil, group: value("nhom")) else { return nil }
            self = route
        case ("cong-dan-hoc-tap", 1):
            self = .citizenTitle
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
}
