import Credentials
import Domain
import GRDB

/// A stored check-in secret that no longer reads as 64 hex digits (the file was edited by hand).
public struct UnreadableCheckInSecret: Error, Equatable {
    public var sessionID: Int64
}

extension AppDatabase {
    /// The secret behind a session's rotating check-in codes. The first caller makes it and
    /// stores it in one transaction; `INSERT OR IGNORE` then a read back means two screens
    /// opened at the same moment still agree on one secret, so both show the same codes.
    public func checkInSecret(sessionID: Int64) throws -> CheckInCode.Secret {
        if let stored = try writer.read({ try AppDatabase.storedSecret($0, sessionID: sessionID) }) { return stored }
        return try writer.write { db in
            guard try AppDatabase.fetchSession(db, id: sessionID) != nil else { throw ClassError.notFound }
            try db.execute(sql: "INSERT OR IGNORE INTO session_check_in (session_id, secret) VALUES (?, ?)",
                           arguments: [sessionID, CheckInCode.Secret.make().hex])
            guard let stored = try AppDatabase.storedSecret(db, sessionID: sessionID) else {
                throw UnreadableCheckInSecret(sessionID: sessionID)
            }
            return stored
        }
    }

    /// Sessions, not cancelled, whose check-in window contains `now`: the few a typed or scanned
    /// code can belong to (a code alone does not say its session).
    public func sessionsOpenForCheckIn(now: Int64, window: CheckInWindow) throws -> [ClassSession] {
        try writer.read { db in
            // The index on ends_at narrows the scan to sessions not yet over. The "+"s keep
            // SQLite from walking the starts_at index instead (for the bound or the order):
            // that walk visits every past session, years of them.
            try db.decodeAll("""
                SELECT * FROM class_session
                WHERE cancelled = 0 AND +starts_at <= ? AND ends_at > ?
                ORDER BY +starts_at, id
                """, [now + Int64(window.minutesBeforeStart) * 60, now - Int64(window.minutesAfterEnd) * 60], AppDatabase.session(from:))
        }
    }

    /// Who is recorded as there (present or late) at a session, the latest first: the names the
    /// check-in screen shows as people arrive.
    public func arrivals(sessionID: Int64) throws -> [(name: String, status: AttendanceStatus, recordedAt: Int64)] {
        try writer.read { db in
            try db.decodeAll("""
                SELECT person.full_name, attendance.status, attendance.recorded_at
                FROM attendance JOIN person ON person.id = attendance.person_id
                WHERE attendance.session_id = ? AND attendance.status IN (?, ?)
                ORDER BY attendance.recorded_at DESC, attendance.rowid DESC
                """, [sessionID, AttendanceStatus.present.rawValue, AttendanceStatus.late.rawValue]) { row in
                AttendanceStatus(rawValue: row["status"]).map { (row["full_name"], $0, row["recorded_at"]) }
            }.compactMap { $0 }
        }
    }

    private static func storedSecret(_ db: Database, sessionID: Int64) throws -> CheckInCode.Secret? {
        guard let hex = try db.decodeOne("SELECT secret FROM session_check_in WHERE session_id = ?", [sessionID], { $0[0] as String }) else {
            return nil
        }
        guard let secret = CheckInCode.Secret(hex: hex) else { throw UnreadableCheckInSecret(sessionID: sessionID) }
        return secret
    }
}
