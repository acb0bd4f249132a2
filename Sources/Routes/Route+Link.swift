/// Printing routes into links: the inverse of parsing, checked by the round-trip tests.
extension Route {
    /// The path and query of this route, percent-encoded, for links.
    public var link: String {
        switch self {
        case .home:
            return "/"
        case .catalogue(let field, let page):
            return "/khoa-hoc" + Route.queryString([("linh-vuc", field?.code), ("trang", page > 1 ? String(page) : nil)])
        case .course(let slug):
            return "/khoa-hoc/\(Route.encode(slug))"
        case .lesson(let slug, let number):
            return "/khoa-hoc/\(Route.encode(slug))/bai/\(number)"
        case .search(let query, let page):
            return "/tim-kiem" + Route.queryString([("q", query), ("trang", page > 1 ? String(page) : nil)])
        case .asset(let path):
            return "/static/" + path.map(Route.encode).joined(separator: "/")
        case .favicon:
            return "/favicon.ico"
        case .language(let language, let returnTo):
            return "/ngon-ngu/\(language.code)" + Route.queryString([("ve", returnTo)])
        case .register:
            return "/dang-ky"
        case .courseClass(let id):
            return "/lop/\(id)"
        case .enrol(let classID):
            return "/lop/\(classID)/dang-ky"
        case .schedule(let villageID, let field, let week):
            return "/lich" + Route.queryString([("thon", villageID.map(String.init)), ("linh-vuc", field?.code),
                                                ("tuan", week?.monday.isoText)])
        case .adminClasses:
            return "/quan-tri/lop"
        case .rollCall(let id):
            return "/quan-tri/buoi/\(id)/diem-danh"
        case .paperRoster(let id):
            return "/quan-tri/buoi/\(id)/danh-sach"
        case .checkInDisplay(let id):
            return "/quan-tri/buoi/\(id)/ma-diem-danh"
        case .checkIn(let code):
            return "/diem-danh/\(Route.encode(code))"
        case .checkInDone:
            return "/diem-danh"
        case .paperEntry(let id):
            return "/quan-tri/buoi/\(id)/nhap-giay"
        case .attendanceMatrix(let id, let format):
            return "/quan-tri/lop/\(id)/diem-danh" + (format == .csv ? ".csv" : "")
        case .pointsRule:
            return "/diem-tich-luy"
        case .adminWeeks:
            return "/quan-tri/tuan-le"
        case .adminWeek(let year):
            return "/quan-tri/tuan-le/\(year)"
        case .adminWeekReport(let year, let format):
            return "/quan-tri/tuan-le/\(year)/bao-cao" + (format == .csv ? ".csv" : "")
        case .selfAssessment(let year):
            return "/ca-nhan/tu-danh-gia/\(year)"
        case .adminSelfAssessment(let personID, let year):
            return "/quan-tri/nguoi-dan/\(personID)/tu-danh-gia/\(year)"
        case .adminReviews:
            return "/quan-tri/tu-danh-gia"
        case .adminReview(let id):
            return "/quan-tri/tu-danh-gia/\(id)"
        case .citizenTitle:
            return "/cong-dan-hoc-tap"
        case .adminCriteria:
            return "/quan-tri/tieu-chi"
        case .adminCriteriaYear(let year, let group):
            return "/quan-tri/tieu-chi/\(year)" + Route.queryString([("nhom", group == Route.firstGroup ? nil : String(group.number))])
        case .adminCommuneReport(let period, let format):
            func given(_ text: String) -> String? { text.isEmpty ? nil : text }
            return "/quan-tri/bao-cao" + (format == .csv ? ".csv" : "")
                + Route.queryString([("tu", given(period.from)), ("den", given(period.to)), ("nam", given(period.year))])
        case .weekProgramme(let year, let venue, let type):
            return "/tuan-le-hoc-tap" + (year.map { "/\($0)" } ?? "") + Route.queryString([("dia-diem", venue), ("loai", type?.rawValue)])
        case .adminPointsRule:
            return "/quan-tri/diem-tich-luy"
        case .weekAnnouncement(let year, let day):
            return "/tuan-le-hoc-tap/\(year)/thong-bao" + Route.queryString([("ngay", day.map(String.init))])
        case .weekPrint(let year):
            return "/tuan-le-hoc-tap/\(year)/in"
        case .weekBanner(let year, let version):
            return "/tuan-le-hoc-tap/\(year)/anh-bia" + Route.queryString([("v", version.map(String.init))])
        case .weekFeed(let year):
            return "/tuan-le-hoc-tap/\(year).ics"
        case .event(let id):
            return "/su-kien/\(id)"
        case .eventFeed(let id):
            return "/su-kien/\(id).ics"
        case .adminClass(let id):
            return "/quan-tri/lop/\(id)"
        case .login(let next):
            return "/dang-nhap" + Route.queryString([("tiep", next == "/" ? nil : next)])
        case .logout:
            return "/dang-xuat"
        case .profile:
            return "/ca-nhan"
        case .adminDashboard:
            return "/quan-tri"
        case .myData(let format):
            return "/ca-nhan/du-lieu.\(format.rawValue)"
        case .editProfile:
            return "/ca-nhan/sua"
        case .changePassword:
            return "/ca-nhan/mat-khau"
        case .adminResident(let id):
            return "/quan-tri/nguoi-dan/\(id)"
        case .adminImport:
            return "/quan-tri/nhap-nguoi-dan"
        case .adminImportPreview(let id):
            return "/quan-tri/nhap-nguoi-dan/\(id)"
        case .adminHouseholds(let villageID, let page):
            return "/quan-tri/ho" + Route.queryString([("thon", villageID.map(String.init)), ("trang", page > 1 ? String(page) : nil)])
        case .adminHousehold(let id):
            return "/quan-tri/ho/\(id)"
        case .adminStaff:
            return "/quan-tri/can-bo"
        case .scheduleFeed:
            return "/lich.ics"
        case .classFeed(let id):
            return "/lop/\(id).ics"
        case .personalFeed(let token):
            return "/lich/rieng/\(Route.encode(token)).ics"
        case .calendarFeedSettings:
            return "/ca-nhan/lich"
        case .learningRecord:
            return "/ca-nhan/ho-so"
        case .learningRecordData(let format):
            return "/ca-nhan/ho-so.\(format.rawValue)"
        case .recordVerification(let code):
            return "/xac-minh/\(Route.encode(code))"
        case .adminRecordVerifications(let personID):
            return "/quan-tri/nguoi-dan/\(personID)/ho-so"
        case .adminSettings:
            return "/quan-tri/cai-dat"
        case .adminVillages:
            return "/quan-tri/thon"
        case .adminVillage(let id):
            return "/quan-tri/thon/\(id)"
        case .adminAuditLog:
            return "/quan-tri/nhat-ky"
        case .adminAssistedRegistration:
            return "/quan-tri/dang-ky-ho"
        case .adminPasswordReset:
            return "/quan-tri/cap-lai-mat-khau"
        case .setPassword:
            return "/dat-mat-khau"
        case .adminResidents(let query):
            return "/quan-tri/nguoi-dan" + Route.queryString([
                ("q", query.text.isEmpty ? nil : query.text), ("thon", query.villageID.map(String.init)),
                ("nhom", query.group.map { String($0.number) }), ("trang", query.page > 1 ? String(query.page) : nil),
            ])
        case .adminResidentsCSV:
            return "/quan-tri/nguoi-dan.csv"
        }
    }
}
