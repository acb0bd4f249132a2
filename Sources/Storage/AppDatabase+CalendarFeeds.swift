import Domain
import GRDB

/// A resident's private calendar feed. Only the SHA-256 digest of its secret address is
/// kept (the caller makes the token and its digest, as for sign-in sessions), so a copy
/// of the database reveals no one's schedule; the resident sees the address once.
extension AppDatabase {
    /// Gives the person a feed under `tokenDigest`. A person has at most one feed, so this
    /// replaces the previous one: its address stops working at once.
    public func createCalendarFeed(personID: Int64, tokenDigest: String, now: Int64) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO calendar_feed (person_id, token_digest, created_at) VALUES (?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET token_digest = excluded.token_digest, created_at = excluded.created_at
                """, arguments: [personID, tokenDigest, now])
        }
    }

    /// Ends the person's feed; calendars subscribed to it get 404 from then on.
    public func revokeCalendarFeed(personID: Int64) throws {
        try writer.write { try $0.execute(sql: "DELETE FROM calendar_feed WHERE person_id = ?", arguments: [personID]) }
    }

    public func hasCalendarFeed(personID: Int64) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM calendar_feed WHERE person_id = ?)", arguments: [personID]) ?? false
        }
    }

    /// The owner of the feed whose token has this digest, if it has not been revoked or replaced.
    public func personForCalendarFeed(tokenDigest: String) throws -> Person? {
        try writer.read { db in
            try db.decodeOne("""
                SELECT person.* FROM calendar_feed JOIN person ON person.id = calendar_feed.person_id
                WHERE calendar_feed.token_digest = ?
                """, [tokenDigest], AppDatabase.person(from:))
        }
    }

    /// Sessions starting in [from, to) of the classes where the person has a seat (not a
    /// waiting place: a calendar entry would tell them to come), cancelled ones included.
    public func seatedSchedule(personID: Int64, from: Int64, to: Int64) throws -> [(session: ClassSession, courseClass: CourseClass)] {
        try writer.read { db in
            try AppDatabase.sessionsWithClasses(db, sql: """
                SELECT \(AppDatabase.sessionColumns)
                FROM enrolment
                JOIN class_session ON class_session.class_id = enrolment.class_id
                JOIN course_class ON course_class.id = enrolment.class_id
                WHERE enrolment.person_id = ? AND enrolment.status = 'enrolled'
                  AND class_session.starts_at >= ? AND class_session.starts_at < ?
                ORDER BY class_session.starts_at, class_session.id
                """, arguments: [personID, from, to])
        }
    }
}
