import Domain

/// What a route accepts, and the checks its parsing shares.
extension Route {
    /// Whether the route takes form posts (every other route answers POST with 405).
    public var acceptsPost: Bool {
        switch self {
        case .register, .login, .logout, .profile, .adminVillages, .adminVillage, .adminAssistedRegistration,
             .adminPasswordReset, .setPassword, .editProfile, .changePassword, .adminResident,
             .adminHouseholds, .adminHousehold, .adminStaff, .adminSettings, .adminImport, .adminImportPreview,
             .selfAssessment, .adminSelfAssessment, .adminReview, .enrol, .adminClasses, .adminClass, .rollCall, .paperEntry, .adminPointsRule, .adminWeeks, .adminWeek, .calendarFeedSettings,
             .learningRecord, .adminRecordVerifications, .adminCriteria, .adminCriteriaYear: true
        case .home, .catalogue, .course, .lesson, .search, .asset, .favicon, .language, .adminDashboard, .myData,
             .adminAuditLog, .adminResidents, .adminResidentsCSV, .courseClass, .schedule, .paperRoster, .weekProgramme,
             .weekAnnouncement, .weekPrint, .weekBanner, .weekFeed, .event, .eventFeed, .adminWeekReport, .adminCommuneReport,
             .adminReviews, .attendanceMatrix, .pointsRule, .scheduleFeed, .classFeed, .personalFeed,
             .checkInDisplay, .checkIn, .checkInDone, .learningRecordData, .recordVerification, .citizenTitle: false
        }
    }

    /// Whether the route takes a file upload (`multipart/form-data`) besides plain forms.
    public var acceptsUpload: Bool {
        switch self {
        case .adminImport, .adminWeek: true
        default: false
        }
    }

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

    /// The schedule's `tuan`, read leniently as `thon` and `trang` are: any day of the week
    /// means its week ("2026-11-18", "18/11/2026" as people type it), and text that is not a
    /// date means no week chosen, so a link cut short in a chat still opens the schedule. Links
    /// print the Monday, so every week has one address (and one page in the cache).
    static func week(_ text: String?) -> CalendarWeek? {
        guard let text, text.utf8.count <= 20, let day = LocalDate(parsing: text) else { return nil }
        return CalendarWeek(containing: day)
    }

    static func positiveNumber(_ text: String, digits: Int = 4) -> Int? {
        guard text.utf8.count <= digits, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let number = Int(text), number > 0 else { return nil }
        return number
    }
}
