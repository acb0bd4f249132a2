import Domain
import Routes

/// The one table of who may reach which route. Every route is listed: a new route does
/// not compile until someone decides who may see it.
enum AccessPolicy {
    /// The least role a route needs, or nil when anyone may see it.
    static func requiredRole(for route: Route) -> Role? {
        switch route {
        case .home, .catalogue, .course, .lesson, .search, .asset, .favicon, .language, .register, .login, .setPassword,
             .courseClass, .schedule, .pointsRule, .scheduleFeed, .classFeed, .personalFeed, .checkIn, .checkInDone, .weekProgramme,
             .weekAnnouncement, .weekPrint, .weekBanner, .weekFeed, .event, .eventFeed, .recordVerification,
             .citizenTitle:
            nil
        case .logout, .profile, .myData, .editProfile, .changePassword, .enrol, .calendarFeedSettings, .selfAssessment, .learningRecord, .learningRecordData:
            .resident
        case .adminDashboard, .rollCall, .paperRoster, .paperEntry, .attendanceMatrix, .checkInDisplay:
            .instructor
        case .adminVillages, .adminVillage, .adminAssistedRegistration, .adminPasswordReset, .adminResidents, .adminResidentsCSV,
             .adminResident, .adminImport, .adminImportPreview, .adminClasses, .adminClass, .adminWeeks, .adminWeek, .adminWeekReport, .adminSelfAssessment, .adminReviews, .adminReview, .adminHouseholds, .adminHousehold,
             .adminRecordVerifications, .adminCommuneReport:
            .staff
        case .adminAuditLog, .adminStaff, .adminSettings, .adminPointsRule, .adminCriteria, .adminCriteriaYear:
            .admin
        }
    }
}
