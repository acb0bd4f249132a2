import Domain
import GRDB

extension AppDatabase {
    /// The facts of a year's Week report, read in one transaction so the tables agree with
    /// each other even while check-ins arrive; nil when there is no such edition.
    public func weekReport(year: Int, now: Int64) throws -> WeekReport? {
        try writer.read { db in
            guard let stored = try (db.decodeOne("SELECT * FROM week_edition WHERE year = ?", [year], AppDatabase.edition(from:)) ?? nil) else { return nil }
            let villages = Dictionary(uniqueKeysWithValues: try db.decodeAll("SELECT id, name FROM village", StatementArguments()) { ($0["id"] as Int64, $0["name"] as String) })
            let sessions = try AppDatabase.sessionsWithClasses(db, sql: """
                SELECT \(AppDatabase.sessionColumns)
                FROM class_session JOIN course_class ON course_class.id = class_session.class_id
                WHERE course_class.edition_year = ?
                ORDER BY class_session.starts_at, class_session.id
                """, arguments: [year])
            var seated: [Int64: Set<Int64>] = [:], waiting: [Int64: Set<Int64>] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT enrolment.class_id, enrolment.person_id, enrolment.status
                FROM enrolment JOIN course_class ON course_class.id = enrolment.class_id
                WHERE course_class.edition_year = ?
                """, arguments: [year]) {
                let status = EnrolmentStatus(rawValue: row["status"])
                if status == .enrolled { seated[row["class_id"], default: []].insert(row["person_id"]) }
                if status == .waiting { waiting[row["class_id"], default: []].insert(row["person_id"]) }
            }
            var marks: [Int64: [Int64: AttendanceStatus]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT attendance.session_id, attendance.person_id, attendance.status
                FROM attendance
                JOIN class_session ON class_session.id = attendance.session_id
                JOIN course_class ON course_class.id = class_session.class_id
                WHERE course_class.edition_year = ?
                """, arguments: [year]) {
                if let status = AttendanceStatus(rawValue: row["status"]) { marks[row["session_id"], default: [:]][row["person_id"]] = status }
            }
            let people = Dictionary(uniqueKeysWithValues: try db.decodeAll("""
                SELECT person.id, village.name AS village, person.target_group, person.sex, person.birth_year
                FROM person LEFT JOIN village ON village.id = person.village_id
                WHERE person.id IN (
                    SELECT attendance.person_id FROM attendance
                    JOIN class_session ON class_session.id = attendance.session_id
                    JOIN course_class ON course_class.id = class_session.class_id
                    WHERE course_class.edition_year = ?)
                """, [year]) { row in
                (row["id"] as Int64, WeekReport.Person(village: row["village"], group: (row["target_group"] as Int?).flatMap(TargetGroup.init(number:)),
                                                        sex: (row["sex"] as String?).flatMap(Sex.init(rawValue:)), birthYear: row["birth_year"]))
            })
            let events = sessions.map { session, courseClass in
                WeekReport.Event(
                    id: session.id, classID: courseClass.id, title: courseClass.title, type: courseClass.event?.type ?? .other,
                    startsAt: session.startsAt, endsAt: session.endsAt, venue: courseClass.venue,
                    village: courseClass.villageID.flatMap { villages[$0] }, cancelled: session.cancelled,
                    takesRegistration: courseClass.event?.takesRegistration ?? true, points: courseClass.pointsPerSession,
                    seated: seated[courseClass.id] ?? [], waiting: waiting[courseClass.id] ?? [], marks: marks[session.id] ?? [:])
            }
            let villageNames = villages.values.sorted { (TextFolding.fold($0), $0) < (TextFolding.fold($1), $1) }
            return WeekReport(edition: stored.edition, events: events, people: people, villages: villageNames,
                              rule: try AppDatabase.pointsRule(db), now: now)
        }
    }
}
