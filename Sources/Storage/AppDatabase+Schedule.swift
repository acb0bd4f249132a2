import Domain
import GRDB

/// The public schedule's queries: sessions in a period with their classes, optionally for one
/// village or field, and one week of them with the nearest sessions around it.
extension AppDatabase {
    /// Sessions starting in [from, to), with their classes, optionally for one village or field.
    public func schedule(from: Int64, to: Int64, villageID: Int64? = nil, field: Field? = nil)
        throws -> [(session: ClassSession, courseClass: CourseClass)] {
        try writer.read { db in
            try AppDatabase.sessionsWithClasses(db, sql: AppDatabase.periodSQL, arguments: [from, to, villageID, field?.code])
        }
    }

    /// The week's sessions, and no others (a busy centre has hundreds a month), with when the
    /// nearest sessions before and after it start, read in one transaction so they agree.
    /// Cancelled sessions are listed in the week (nobody should travel for them) but do not
    /// count as sessions to go back or forward to.
    public func schedule(week: CalendarWeek, villageID: Int64? = nil, field: Field? = nil) throws -> WeekSchedule {
        try writer.read { db in
            // ?1 and ?2 are the week's bounds, ?3 and ?4 the filters, in every statement below
            // (SQLite counts parameters up to the highest number, so one may go unused).
            let arguments: StatementArguments = [week.startsAt, week.endsAt, villageID, field?.code]
            let entries = try AppDatabase.sessionsWithClasses(db, sql: AppDatabase.periodSQL, arguments: arguments)
            let previous = try Int64.fetchOne(db, sql: """
                SELECT class_session.starts_at \(AppDatabase.scheduleFilter)
                  AND class_session.starts_at < ?1 AND NOT class_session.cancelled
                ORDER BY class_session.starts_at DESC LIMIT 1
                """, arguments: arguments)
            let next = try Int64.fetchOne(db, sql: """
                SELECT class_session.starts_at \(AppDatabase.scheduleFilter)
                  AND class_session.starts_at >= ?2 AND NOT class_session.cancelled
                ORDER BY class_session.starts_at LIMIT 1
                """, arguments: arguments)
            return WeekSchedule(week: week, entries: entries, previousStart: previous, nextStart: next)
        }
    }

    /// Sessions joined to their classes, with the village (?3) and field (?4) filters, each
    /// ignored when NULL. The statements using it bind ?1 and ?2 as well.
    private static let scheduleFilter = """
        FROM class_session JOIN course_class ON course_class.id = class_session.class_id
        WHERE (?3 IS NULL OR course_class.village_id = ?3) AND (?4 IS NULL OR course_class.field = ?4)
        """

    private static let periodSQL = """
        SELECT \(sessionColumns) \(scheduleFilter)
          AND class_session.starts_at >= ?1 AND class_session.starts_at < ?2
        ORDER BY class_session.starts_at, class_session.id
        """
}
