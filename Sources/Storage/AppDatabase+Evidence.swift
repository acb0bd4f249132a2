import Domain
import GRDB

extension AppDatabase {
    /// What a person did in `year` (Vietnam time) that the evidence rules read: each session
    /// and event attended (present or late) with the indicators its class or event supports
    /// (`CourseClass.supportedIndicators`; `courseIndicators` come from the course files),
    /// and the classes completed. A class is completed once its last session is over and the person
    /// attended enough of its sessions (`Evidence.isCompleted`).
    public func evidence(personID: Int64, year: Int, now: Int64, courseIndicators: [String: [Int]]) throws -> Evidence {
        let from = LocalDate(year: year, month: 1, day: 1)?.unixSeconds(atMinutes: 0) ?? 0
        let to = LocalDate(year: year + 1, month: 1, day: 1)?.unixSeconds(atMinutes: 0) ?? Int64.max
        return try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT class_session.id AS session_id, course_class.id AS class_id, course_class.title, class_session.starts_at,
                       course_class.edition_year, course_class.course_slug, course_class.field, course_class.indicators
                FROM attendance
                JOIN class_session ON class_session.id = attendance.session_id
                JOIN course_class ON course_class.id = class_session.class_id
                WHERE attendance.person_id = ? AND attendance.status IN ('co-mat', 'di-muon')
                  AND class_session.starts_at >= ? AND class_session.starts_at < ?
                ORDER BY class_session.starts_at, class_session.id
                """, arguments: [personID, from, to])
            func tags(_ row: Row) -> Set<Int> {
                CourseClass.supportedIndicators(tagged: (row["indicators"] as String).split(separator: ",").compactMap { Int($0) },
                                                courseIndicators: (row["course_slug"] as String?).flatMap { courseIndicators[$0] } ?? [],
                                                field: Field(rawValue: row["field"]) ?? .lifeSkills)
            }
            let attendances = rows.map { row in
                Evidence.Attendance(sessionID: row["session_id"], classID: row["class_id"], title: row["title"], startsAt: row["starts_at"],
                                    isEvent: (row["edition_year"] as Int?) != nil, indicators: tags(row))
            }
            var completed: [Evidence.CompletedClass] = []
            let classes = Dictionary(rows.filter { (($0["edition_year"] as Int?) == nil) }.map { ($0["class_id"] as Int64, $0) },
                                     uniquingKeysWith: { first, _ in first })
            for (classID, row) in classes.sorted(by: { $0.key < $1.key }) {
                guard let totals = try Row.fetchOne(db, sql: """
                    SELECT COUNT(*) AS held, MAX(ends_at) AS last_end,
                           (SELECT COUNT(*) FROM attendance JOIN class_session AS s ON s.id = attendance.session_id
                            WHERE s.class_id = ? AND s.cancelled = 0 AND attendance.person_id = ?
                              AND attendance.status IN ('co-mat', 'di-muon')) AS attended
                    FROM class_session WHERE class_id = ? AND cancelled = 0
                    """, arguments: [classID, personID, classID]),
                      let lastEnd = totals["last_end"] as Int64?, lastEnd <= now, lastEnd < to else { continue }
                if Evidence.isCompleted(attended: totals["attended"], held: totals["held"]) {
                    completed.append(Evidence.CompletedClass(classID: classID, title: row["title"], indicators: tags(row)))
                }
            }
            return Evidence(attendances: attendances, completedClasses: completed)
        }
    }
}
