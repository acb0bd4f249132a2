import Domain
import GRDB

/// How an attendance was recorded.
public enum AttendanceSource: String, Sendable {
    case rollCall = "roll-call"
    case checkIn = "check-in"
    case paper
}

/// A recorded attendance.
public struct AttendanceRecord: Sendable, Equatable {
    public var sessionID: Int64
    public var personID: Int64
    public var status: AttendanceStatus
    public var source: AttendanceSource
    public var recordedAt: Int64
}

/// What recording an attendance did.
public enum AttendanceOutcome: Sendable, Equatable {
    /// Nothing was recorded before; now it is.
    case recorded
    /// The same status was already recorded: nothing changed (repeated taps and submissions).
    case unchanged
    /// A different status was replaced; the audit log keeps the old one.
    case changed(from: AttendanceStatus)
    /// Something is already recorded and this source may not overwrite it (a check-in after
    /// the roll call, a paper line that disagrees): nothing changed.
    case kept(AttendanceStatus)
}

extension AppDatabase {
    /// Records a status. Staff (roll call) may change an earlier status, which is audited;
    /// self check-in and paper entry never overwrite one (`overwrite: false`).
    @discardableResult
    public func recordAttendance(sessionID: Int64, personID: Int64, status: AttendanceStatus, source: AttendanceSource,
                                 overwrite: Bool, by actor: Actor) throws -> AttendanceOutcome {
        try writer.write { db in
            try AppDatabase.record(db, sessionID: sessionID, personID: personID, status: status, source: source,
                                   overwrite: overwrite, actor: actor)
        }
    }

    /// Records many paper lines at once, in one transaction; returns each line's outcome, so
    /// disagreements with what was already recorded can be shown instead of overwritten.
    public func recordPaperRoster(sessionID: Int64, lines: [(personID: Int64, status: AttendanceStatus)],
                                  by actor: Actor) throws -> [AttendanceOutcome] {
        try writer.write { db in
            try lines.map {
                try AppDatabase.record(db, sessionID: sessionID, personID: $0.personID, status: $0.status, source: .paper,
                                       overwrite: false, actor: actor)
            }
        }
    }

    /// Everyone recorded for a session.
    public func attendance(sessionID: Int64) throws -> [Int64: AttendanceRecord] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM attendance WHERE session_id = ?", arguments: [sessionID])
            return Dictionary(uniqueKeysWithValues: rows.compactMap(AppDatabase.attendance(from:)).map { ($0.personID, $0) })
        }
    }

    /// People recorded at a session who are not enrolled in its class (walk-ins).
    public func walkIns(sessionID: Int64) throws -> [Person] {
        try writer.read { db in
            try db.decodeAll("""
                SELECT person.* FROM attendance
                JOIN class_session ON class_session.id = attendance.session_id
                JOIN person ON person.id = attendance.person_id
                LEFT JOIN enrolment ON enrolment.class_id = class_session.class_id AND enrolment.person_id = person.id
                WHERE attendance.session_id = ? AND enrolment.person_id IS NULL
                ORDER BY person.sort_key, person.id
                """, [sessionID], AppDatabase.person(from:))
        }
    }

    /// A person's attendances in a year (Vietnam time), as the points ledger reads them.
    public func ledgerEntries(personID: Int64, year: Int) throws -> [PointsLedger.Entry] {
        let from = LocalDate(year: year, month: 1, day: 1)?.unixSeconds(atMinutes: 0) ?? 0
        let to = LocalDate(year: year + 1, month: 1, day: 1)?.unixSeconds(atMinutes: 0) ?? Int64.max
        return try writer.read { db in
            try db.decodeAll("""
                SELECT attendance.session_id, attendance.status, class_session.starts_at, course_class.title,
                       course_class.points_per_session
                FROM attendance
                JOIN class_session ON class_session.id = attendance.session_id
                JOIN course_class ON course_class.id = class_session.class_id
                WHERE attendance.person_id = ? AND class_session.starts_at >= ? AND class_session.starts_at < ?
                ORDER BY class_session.starts_at
                """, [personID, from, to]) { row in
                AttendanceStatus(rawValue: row["status"]).map {
                    PointsLedger.Entry(sessionID: row["session_id"], classTitle: row["title"], startsAt: row["starts_at"],
                                       status: $0, sessionPoints: row["points_per_session"])
                }
            }.compactMap { $0 }
        }
    }

    /// The sessions still to come in the person's classes (seats only, not cancelled), for
    /// "still possible this year".
    public func upcomingSessions(personID: Int64, from: Int64, to: Int64) throws -> [PointsLedger.Upcoming] {
        try writer.read { db in
            try db.decodeAll("""
                SELECT class_session.id, class_session.starts_at, class_session.ends_at, course_class.points_per_session
                FROM enrolment
                JOIN course_class ON course_class.id = enrolment.class_id
                JOIN class_session ON class_session.class_id = course_class.id
                WHERE enrolment.person_id = ? AND enrolment.status = 'enrolled' AND class_session.cancelled = 0
                  AND class_session.ends_at > ? AND class_session.starts_at < ?
                ORDER BY class_session.starts_at
                """, [personID, from, to]) { PointsLedger.Upcoming(sessionID: $0["id"], startsAt: $0["starts_at"], endsAt: $0["ends_at"],
                                         sessionPoints: $0["points_per_session"]) }
        }
    }

    /// The published points rule (the standard one until an administrator saves another).
    public func pointsRule() throws -> PointsRule {
        try writer.read(AppDatabase.pointsRule)
    }

    static func pointsRule(_ db: Database) throws -> PointsRule {
        var rule = PointsRule.standard
        for row in try Row.fetchAll(db, sql: "SELECT status, percent FROM points_rule") {
            if let status = AttendanceStatus(rawValue: row["status"]) { rule.percentByStatus[status] = row["percent"] }
        }
        return rule
    }

    public func savePointsRule(_ rule: PointsRule, by actor: Actor) throws {
        try writer.write { db in
            var before: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, percent FROM points_rule") { before[row["status"]] = String(row["percent"] as Int) }
            for status in AttendanceStatus.allCases {
                try db.execute(sql: "INSERT OR REPLACE INTO points_rule (status, percent) VALUES (?, ?)",
                               arguments: [status.rawValue, rule.percent(for: status)])
            }
            try AppDatabase.audit(db, actor: actor, entity: "points-rule", id: nil, action: "update", before: before,
                                  after: Dictionary(uniqueKeysWithValues: AttendanceStatus.allCases.map { ($0.rawValue, String(rule.percent(for: $0))) }))
        }
    }

    static func record(_ db: Database, sessionID: Int64, personID: Int64, status: AttendanceStatus, source: AttendanceSource,
                       overwrite: Bool, actor: Actor) throws -> AttendanceOutcome {
        guard try fetchSession(db, id: sessionID) != nil else { throw ClassError.notFound }
        let existing = try db.decodeOne("SELECT * FROM attendance WHERE session_id = ? AND person_id = ?",
                                        [sessionID, personID], attendance(from:)) ?? nil
        if let existing {
            if existing.status == status { return .unchanged }
            guard overwrite else { return .kept(existing.status) }
            try db.run("""
                UPDATE attendance SET status = ?, source = ?, recorded_at = ?, recorded_by = ? WHERE session_id = ? AND person_id = ?
                """, [status.rawValue, source.rawValue, actor.now, actor.personID, sessionID, personID])
            try audit(db, actor: actor, entity: "session", id: sessionID, action: "attendance",
                      before: ["nguoi_dan": String(personID), "trang_thai": existing.status.rawValue],
                      after: ["nguoi_dan": String(personID), "trang_thai": status.rawValue])
            return .changed(from: existing.status)
        }
        try db.run("""
            INSERT INTO attendance (session_id, person_id, status, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            """, [sessionID, personID, status.rawValue, source.rawValue, actor.now, actor.personID])
        return .recorded
    }

    static func attendance(from row: Row) -> AttendanceRecord? {
        guard let status = AttendanceStatus(rawValue: row["status"]), let source = AttendanceSource(rawValue: row["source"]) else { return nil }
        return AttendanceRecord(sessionID: row["session_id"], personID: row["person_id"], status: status, source: source,
                                recordedAt: row["recorded_at"])
    }
}

extension AppDatabase {
    /// When self check-in opens and closes around a session, and when arriving counts as
    /// late: the administrator's setting, else `CheckInWindow.standard`.
    public func checkInWindow() throws -> CheckInWindow {
        try writer.read { db in
            var window = CheckInWindow.standard
            let settings = try db.decodeAll("SELECT key, value FROM centre_setting WHERE key IN \(AppDatabase.checkInKeys)") {
                ($0[0] as String, $0[1] as String)
            }
            for (key, value) in settings {
                guard let minutes = Int(value) else { continue }
                switch key {
                case "diem_danh_mo_truoc": window.minutesBeforeStart = minutes
                case "diem_danh_dong_sau": window.minutesAfterEnd = minutes
                case "diem_danh_muon_sau": window.lateAfterMinutes = minutes
                default: break
                }
            }
            return window
        }
    }

    public func saveCheckInWindow(_ window: CheckInWindow, by actor: Actor) throws {
        try writer.write { db in
            let before = try AppDatabase.fetchCheckInSettings(db)
            let after = ["diem_danh_mo_truoc": String(window.minutesBeforeStart), "diem_danh_dong_sau": String(window.minutesAfterEnd),
                         "diem_danh_muon_sau": String(window.lateAfterMinutes)]
            for (key, value) in after {
                try db.execute(sql: "INSERT OR REPLACE INTO centre_setting (key, value) VALUES (?, ?)", arguments: [key, value])
            }
            try AppDatabase.audit(db, actor: actor, entity: "check-in-window", id: nil, action: "update", before: before, after: after)
        }
    }

    private static let checkInKeys = "('diem_danh_mo_truoc', 'diem_danh_dong_sau', 'diem_danh_muon_sau')"

    private static func fetchCheckInSettings(_ db: Database) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM centre_setting WHERE key IN \(checkInKeys)")
            .map { ($0["key"] as String, $0["value"] as String) })
    }
}
