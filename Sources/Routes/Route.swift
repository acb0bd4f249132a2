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
    /// `/lich?thon=&linh-vuc=&tuan=2026-11-16`: one week's sessions by day, Monday to Sunday;
    /// without `tuan`, the week of today.
    case schedule(villageID: Int64?, field: Field?, week: CalendarWeek? = nil)
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
    /// `/tuan-le-hoc-tap/{year}/anh-bia?v={time}`: the year's banner picture; the upload time
    /// in the link makes browsers fetch a replaced picture at once.
    case weekBanner(year: Int, version: Int64?)
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
    /// `/cong-dan-hoc-tap`: what the learning-citizen title asks, this year's criteria and evidence rules.
    case citizenTitle
    /// `/quan-tri/tieu-chi`: the years' criteria sets; POST starts a new year from the latest.
    case adminCriteria
    /// `/quan-tri/tieu-chi/{year}?nhom=N`: one group's criteria of a year and the year's evidence rules; POST saves either.
    case adminCriteriaYear(year: Int, group: TargetGroup)
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
}
