import Domain
import GRDB

extension AppDatabase {
    /// The commune report's figures for a period as of `now`, read in one transaction so that
    /// the tables agree with each other while check-ins arrive. One statement counts them over
    /// the sessions that started in the period (index `class_session_start`) and their
    /// attendance (index `attendance_session_status`): what reaches Swift is a line per field,
    /// month, village, group, sex, birth year and ethnicity, never an attendance row nor a person.
    /// A second statement counts the learning citizens of the period's last year.
    public func communeReport(period: ReportPeriod, now: Int64) throws -> CommuneReport {
        let query = CommuneReportQuery(period: period, now: now)
        return try writer.read { db in
            var counts = CommuneReport.Counts()
            for row in try Row.fetchAll(db, sql: CommuneReportQuery.sql(months: query.months.count), arguments: query.arguments) {
                let learning = CommuneReport.Learning(learners: row["learners"], attendances: row["attendances"], seconds: row["seconds"])
                switch row["dimension"] as String {
                case "field":
                    counts.byField[query.field(row["key"])] = .init(classes: row["classes"], sessions: row["sessions"], learning: learning)
                case "month":
                    counts.byMonth[query.months[row["key"]]] = .init(classes: row["classes"], sessions: row["sessions"], learning: learning)
                case "village": counts.byVillage[row["key"]] = learning
                case "target_group": counts.byGroup[(row["key"] as Int?).flatMap(TargetGroup.init(number:))] = learning
                case "sex": counts.bySex[(row["key"] as String?).flatMap(Sex.init(rawValue:))] = learning
                case "birth_year": counts.byBirthYear[row["key"]] = learning
                default: counts.byEthnicity[row["key"]] = learning
                }
            }
            let villages = try String.fetchAll(db, sql: "SELECT name FROM village").sorted { (TextFolding.fold($0), $0) < (TextFolding.fold($1), $1) }
            return CommuneReport(period: period, counts: counts, villages: villages, now: now,
                                 citizens: try AppDatabase.citizenSummary(db, year: period.to.year))
        }
    }
}

/// The report's statement and its parameters. Fields and months are numbered from lists bound
/// as parameters, so the month boundaries come from `ReportPeriod` (Vietnam time) rather than
/// from date functions in SQL.
private struct CommuneReportQuery {
    let months: [YearMonth]
    let arguments: StatementArguments

    /// Sessions count from the period's start until its end or `now`, whichever comes first:
    /// a session still to come has not been held.
    init(period: ReportPeriod, now: Int64) {
        months = period.months
        let attended = StatementArguments(AttendanceStatus.allCases.filter(\.attended).map(\.rawValue))
        arguments = StatementArguments(months.flatMap { [$0.startsAt, $0.endsAt] }) + StatementArguments(Field.allCases.map(\.code))
            + attended + [period.startsAt, min(period.endsAt, now)] + attended
    }

    /// The field numbered `number`; nil for a code this version does not know.
    func field(_ number: Int) -> Field? {
        Field.allCases.indices.contains(number) ? Field.allCases[number] : nil
    }

    /// `held`: each session held in the period, with its class, field and month numbers, length
    /// and attendances. `learner`: each person with an attendance, with the fields and months
    /// they learned in as bit sets (SQLite has no bitwise OR aggregate: the sum of distinct
    /// powers of two is their OR), which give each field's and month's learners without a
    /// second pass over the attendance. Then one line per key of each breakdown.
    static func sql(months: Int) -> String {
        let monthRows = (0..<months).map { "(\($0), ?, ?)" }.joined(separator: ", ")
        let fieldRows = Field.allCases.indices.map { "(\($0), ?)" }.joined(separator: ", ")
        let unknownField = Field.allCases.count
        let attended = "(" + AttendanceStatus.allCases.filter(\.attended).map { _ in "?" }.joined(separator: ", ") + ")"
        let learners = ["village", "target_group", "sex", "birth_year", "ethnicity"].map { column in
            "SELECT '\(column)', \(column), 0, 0, COUNT(*), SUM(attendances), SUM(seconds) FROM profile GROUP BY \(column)"
        }
        return """
            WITH month(number, starts_at, ends_at) AS (VALUES \(monthRows)),
            field(number, code) AS (VALUES \(fieldRows), (\(unknownField), NULL)),
            held AS MATERIALIZED (
                SELECT class_session.id, class_session.class_id, month.number AS month,
                       COALESCE(field.number, \(unknownField)) AS field,
                       class_session.ends_at - class_session.starts_at AS seconds,
                       (SELECT COUNT(*) FROM attendance
                        WHERE attendance.session_id = class_session.id AND attendance.status IN \(attended)) AS attendances
                FROM class_session
                JOIN course_class ON course_class.id = class_session.class_id
                JOIN month ON class_session.starts_at >= month.starts_at AND class_session.starts_at < month.ends_at
                LEFT JOIN field ON field.code = course_class.field
                WHERE class_session.starts_at >= ? AND class_session.starts_at < ? AND NOT class_session.cancelled),
            learner AS MATERIALIZED (
                SELECT attendance.person_id, COUNT(*) AS attendances, SUM(held.seconds) AS seconds,
                       SUM(DISTINCT 1 << held.field) AS fields, SUM(DISTINCT 1 << held.month) AS months
                -- CROSS JOIN keeps held as the outer loop: left to itself SQLite walks all attendance by person.
                FROM held CROSS JOIN attendance ON attendance.session_id = held.id AND attendance.status IN \(attended)
                GROUP BY attendance.person_id),
            profile AS MATERIALIZED (
                SELECT learner.attendances, learner.seconds, village.name AS village, person.target_group, person.sex,
                       person.birth_year, person.ethnicity
                FROM learner JOIN person ON person.id = learner.person_id LEFT JOIN village ON village.id = person.village_id)
            SELECT 'field' AS dimension, held.field AS key, COUNT(DISTINCT held.class_id) AS classes, COUNT(*) AS sessions,
                   (SELECT COUNT(*) FROM learner WHERE (learner.fields >> held.field) & 1) AS learners,
                   SUM(held.attendances) AS attendances, SUM(held.attendances * held.seconds) AS seconds
            FROM held GROUP BY held.field
            UNION ALL
            SELECT 'month', held.month, COUNT(DISTINCT held.class_id), COUNT(*),
                   (SELECT COUNT(*) FROM learner WHERE (learner.months >> held.month) & 1),
                   SUM(held.attendances), SUM(held.attendances * held.seconds)
            FROM held GROUP BY held.month
            UNION ALL
            \(learners.joined(separator: "\nUNION ALL\n"))
            """
    }
}
