import Domain
import GRDB

/// A resident's lifelong learning record and the verification codes of its printed copies.
/// Only the SHA-256 digest of a code is kept (the caller makes the code and its digest, as for
/// calendar feeds), so a copy of the database cannot be used to vouch for anyone's record.
extension AppDatabase {
    /// The person's record as of now, priced by the published points rule, read in one
    /// transaction so that the classes, attendances and rule agree with each other.
    public func learningRecord(personID: Int64) throws -> LearningRecord {
        try writer.read { db in try AppDatabase.learningRecord(db, personID: personID) }
    }

    static func learningRecord(_ db: Database, personID: Int64) throws -> LearningRecord {
        let classes = try db.decodeAll("""
            SELECT course_class.id, course_class.title, course_class.field, course_class.edition_year IS NOT NULL AS is_event,
                   MIN(class_session.starts_at) AS first_session, MAX(class_session.starts_at) AS last_session
            FROM course_class
            LEFT JOIN class_session ON class_session.class_id = course_class.id AND class_session.cancelled = 0
            WHERE course_class.id IN (SELECT class_id FROM enrolment WHERE person_id = ?1 AND status = 'enrolled')
               OR course_class.id IN (SELECT class_session.class_id FROM attendance
                                      JOIN class_session ON class_session.id = attendance.session_id
                                      WHERE attendance.person_id = ?1 AND attendance.status IN ('co-mat', 'di-muon'))
            GROUP BY course_class.id
            """, [personID]) { row in
            LearningRecord.Class(id: row["id"], title: row["title"], field: Field(rawValue: row["field"]) ?? .lifeSkills,
                                 firstSession: row["first_session"], lastSession: row["last_session"], isEvent: row["is_event"])
        }
        let attendances = try db.decodeAll("""
            SELECT attendance.session_id, class_session.class_id, class_session.starts_at, class_session.ends_at,
                   attendance.status, course_class.points_per_session
            FROM attendance
            JOIN class_session ON class_session.id = attendance.session_id
            JOIN course_class ON course_class.id = class_session.class_id
            WHERE attendance.person_id = ?
            """, [personID]) { row in
            AttendanceStatus(rawValue: row["status"]).map {
                LearningRecord.Attendance(sessionID: row["session_id"], classID: row["class_id"], startsAt: row["starts_at"],
                                          endsAt: row["ends_at"], status: $0, sessionPoints: row["points_per_session"])
            }
        }.compactMap { $0 }
        // Only forms the study-promotion association confirmed: a printed record, and anyone
        // checking its code, must not take a score the resident is still writing for a checked one.
        var assessments: [Int: LearningRecord.Year.Assessment] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM self_assessment WHERE person_id = ? AND status = 'da-xac-nhan'",
                                    arguments: [personID]) {
            assessments[row["year"]] = assessment(row, prefix: "")
        }
        return LearningRecord(classes: classes, attendances: attendances, rule: try pointsRule(db), assessments: assessments)
    }

    /// A self-assessment as the record states it, from a `self_assessment` row or, with the
    /// `assessment_` prefix, from a verification snapshot (nil where the snapshot has none).
    private static func assessment(_ row: Row, prefix: String) -> LearningRecord.Year.Assessment? {
        guard let status = (row[prefix + "status"] as String?).flatMap(SelfAssessment.Status.init(rawValue:)) else { return nil }
        return LearningRecord.Year.Assessment(
            total: row[prefix + "total"], passed: row[prefix + "passed"], status: status, recognised: row[prefix + "recognised"],
            decisionNumber: row[prefix + "decision_number"], decisionOn: (row[prefix + "decision_on"] as String?).flatMap(LocalDate.init(parsing:)))
    }

    /// Keeps a new code's digest with the summary the printed record states.
    @discardableResult
    public func issueRecordVerification(personID: Int64, codeDigest: String, summary: RecordSummary,
                                        now: Int64) throws -> RecordVerification {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO record_verification (person_id, code_digest, holder_name, centre_name, issued_at)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [personID, codeDigest, summary.holderName, summary.centreName, now])
            let id = db.lastInsertedRowID
            for year in summary.years {
                let assessment = year.assessment
                try db.execute(sql: """
                    INSERT INTO record_verification_year (verification_id, year, sessions, minutes, events, points, assessment_status,
                        assessment_total, assessment_passed, assessment_recognised, assessment_decision_number, assessment_decision_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, year.year, year.sessions, year.minutes, year.events, year.points, assessment?.status.rawValue,
                                     assessment?.total, assessment?.passed, assessment?.recognised, assessment?.decisionNumber,
                                     assessment?.decisionOn?.isoText])
            }
            return RecordVerification(id: id, personID: personID, summary: summary, issuedAt: now)
        }
    }

    /// The code whose digest this is, revoked or not, with the person's figures today (so the
    /// page can say whether the record is still current); nil for a code never issued.
    public func recordVerification(codeDigest: String) throws -> (verification: RecordVerification, current: [LearningRecord.Year])? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM record_verification WHERE code_digest = ?",
                                             arguments: [codeDigest]) else { return nil }
            let verification = try AppDatabase.recordVerification(db, row: row)
            return (verification, try AppDatabase.learningRecord(db, personID: verification.personID).years)
        }
    }

    /// The person's issued codes, the newest first.
    public func recordVerifications(personID: Int64) throws -> [RecordVerification] {
        try writer.read { db in
            try db.decodeAll("SELECT * FROM record_verification WHERE person_id = ? ORDER BY id DESC",
                             [personID]) { try AppDatabase.recordVerification(db, row: $0) }
        }
    }

    /// Withdraws one of the person's codes, audited with who did it (the resident or staff).
    /// False when the person has no such code or it was already revoked: nothing changes.
    @discardableResult
    public func revokeRecordVerification(id: Int64, personID: Int64, by actor: Actor) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: """
                UPDATE record_verification SET revoked_at = ?, revoked_by = ?
                WHERE id = ? AND person_id = ? AND revoked_at IS NULL
                """, arguments: [actor.now, actor.personID, id, personID])
            guard db.changesCount > 0 else { return false }
            try AppDatabase.audit(db, actor: actor, entity: "record-verification", id: id, action: "revoke",
                                  before: ["nguoi_dan": String(personID)], after: ["thu_hoi": DateText.dayAndTime(unixSeconds: actor.now)])
            return true
        }
    }

    private static func recordVerification(_ db: Database, row: Row) throws -> RecordVerification {
        let id: Int64 = row["id"]
        let years = try db.decodeAll("SELECT * FROM record_verification_year WHERE verification_id = ? ORDER BY year",
                                     [id]) { LearningRecord.Year(year: $0["year"], sessions: $0["sessions"], minutes: $0["minutes"], events: $0["events"],
                                       points: $0["points"], assessment: assessment($0, prefix: "assessment_")) }
        return RecordVerification(id: id, personID: row["person_id"],
                                  summary: RecordSummary(holderName: row["holder_name"], centreName: row["centre_name"], years: years),
                                  issuedAt: row["issued_at"], revokedAt: row["revoked_at"])
    }
}
