import Domain

/// Every sentence of the interface in one language. One catalogue per language
/// (`Strings.vietnamese`, `Strings.english`); pages never hold UI text of their own.
public struct Strings: Sendable {
    public var language: Language
    var skipToContent: String
    var navHome: String
    var navCourses: String
    var navSearch: String
    var switchLanguage: String
    var otherLanguage: Language
    var footerCentre: @Sendable (_ centre: String, _ commune: String) -> String
    var footerNote: String
    var demoNotice: String

    var homeLead: String
    var homeFieldsHeading: String
    var homeCoursesHeading: String
    var homeAllCourses: String

    var searchLabel: String
    var searchPlaceholder: String
    var searchButton: String
    var searchHint: String
    var searchTitle: @Sendable (_ query: String) -> String
    var searchEmptyQuery: String
    var searchNoResults: String
    var searchResultCount: @Sendable (_ count: Int) -> String
    var searchInLesson: @Sendable (_ number: Int) -> String

    var catalogueTitle: String
    var catalogueLead: String
    var allFields: String
    var courseCount: @Sendable (_ count: Int) -> String
    var seeAllInField: @Sendable (_ count: Int) -> String

    var courseField: String
    var courseDuration: @Sendable (_ hours: String) -> String
    var courseLessonCount: @Sendable (_ count: Int) -> String
    var courseIndicators: String
    var courseIndicatorsHelp: String
    var courseGroups: String
    var courseContents: String
    var courseStart: String
    var fieldName: @Sendable (Field) -> String
    var groupName: @Sendable (TargetGroup) -> String

    var lessonPosition: @Sendable (_ number: Int, _ total: Int) -> String
    var lessonMinutes: @Sendable (_ minutes: Int) -> String
    var lessonPrevious: String
    var lessonNext: String
    var lessonBackToCourse: String

    var pagePrevious: String
    var pageNext: String
    var pagePosition: @Sendable (_ page: Int, _ pages: Int) -> String
    var pagination: String
    var breadcrumb: String

    var errorTitle: @Sendable (_ status: Int) -> String
    var errorMessage: @Sendable (_ status: Int) -> String
    var errorBackHome: String
    public var account: AccountStrings
    public var profile: ProfileStrings
    public var residentImport: ImportStrings
    public var classes: ClassStrings
    public var classAdmin: ClassAdminStrings
    public var checkIn: CheckInStrings
    public var feeds: FeedStrings
    public var attendance: AttendanceStrings
    public var announcement: AnnouncementStrings
    public var week: WeekStrings
    public var weekAdmin: WeekAdminStrings
    public var weekReport: WeekReportStrings
    public var communeReport: CommuneReportStrings
    public var selfAssessment: SelfAssessmentStrings
    public var criteria: CriteriaStrings
    public var banner: WeekBannerStrings
    public var record: RecordStrings
    /// Sunday first, as `DateText.weekday` counts.
    var weekdays: [String]
    public var admin: AdminStrings
    public var centre: CentreStrings

    /// "Thứ Năm, 01/10/2026 07:30": how dates are written on pages.
    public func dateAndTime(_ unixSeconds: Int64) -> String {
        weekdays[DateText.weekday(unixSeconds: unixSeconds)] + ", " + DateText.dayAndTime(unixSeconds: unixSeconds)
    }

    /// "Thứ Năm, 01/10/2026".
    public func date(_ unixSeconds: Int64) -> String {
        weekdays[DateText.weekday(unixSeconds: unixSeconds)] + ", " + DateText.day(unixSeconds: unixSeconds)
    }

    /// "10.000" in Vietnamese, "10,000" in English.
    public func number(_ value: Int) -> String {
        NumberText.grouped(value, separator: language == .vietnamese ? "." : ",")
    }

    /// The catalogue for `language`.
    public static func forLanguage(_ language: Language) -> Strings {
        switch language {
        case .vietnamese: .vietnamese
        case .english: .english
        }
    }
}
