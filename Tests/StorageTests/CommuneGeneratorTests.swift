import Domain
import GRDB
@testable import Storage
import Testing
import TestSupport

/// The generated commune (`hoctap demo-data`), small: its counts are the rows written, every
/// reference holds, the self-assessments' totals are their scores, and real data stay untouched.
@Suite struct CommuneGeneratorTests {
    static let plan = CommunePlan(residents: 300, years: 2, lastYear: 2025, seed: 42,
                                  courses: try! CourseLibrary.load(from: Repository.root + "/Course").courses)

    static func generated() throws -> (AppDatabase, GeneratedCommune, TemporaryDirectory) {
        let (database, folder) = try AppDatabase.temporary()
        return (database, try database.generateCommune(plan, now: 0), folder)
    }

    @Test func theCountsAreTheRowsWritten() throws {
        let (database, counts, _) = try Self.generated()
        let rows = try database.rowCounts()
        #expect(counts.people == 300 && rows["person"] == 300)
        #expect(rows["village"] == counts.villages && counts.villages == 1)
        #expect(rows["household"] == counts.households && (60...100).contains(counts.households), "3–5 people a household")
        #expect(try database.countPeople() == [.resident: 300 - counts.staff - counts.instructors, .staff: counts.staff,
                                               .instructor: counts.instructors])
        #expect(rows["course_class"] == counts.classes && rows["class_session"] == counts.sessions)
        #expect(rows["enrolment"] == counts.enrolments && rows["attendance"] == counts.attendance)
        #expect(rows["week_edition"] == 2 && counts.events == 2 * 15)
        #expect(rows["criteria_set"] == 2 * 4, "one set per year and target group")
        #expect(rows["self_assessment"] == counts.selfAssessments.values.reduce(0, +))
        // About five attendance rows per person a year (the 20,000-person commune's 500,000 rows over five years).
        #expect((2_000...4_500).contains(counts.attendance), "\(counts.attendance) attendance rows")
        #expect(SelfAssessment.Status.allCases.allSatisfy { counts.selfAssessments[$0, default: 0] > 0 },
                "drafts, submitted, returned and confirmed forms")
        #expect(counts.recognised > 0)
    }

    @Test func everyReferenceHolds() throws {
        let (database, _, _) = try Self.generated()
        let violations = try database.writer.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }
        #expect(violations.isEmpty)
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func totalsArePassFlagsAndOutcomesAgreeWithTheScores() throws {
        let (database, _, _) = try Self.generated()
        let wrong = try database.writer.read { db in
            try Int.fetchAll(db, sql: """
                SELECT COUNT(*) FROM self_assessment
                WHERE total != (SELECT COALESCE(SUM(score), 0) FROM self_assessment_score WHERE assessment_id = self_assessment.id)
                UNION ALL
                SELECT COUNT(*) FROM self_assessment
                WHERE passed != ((SELECT COUNT(*) FROM self_assessment_score WHERE assessment_id = self_assessment.id AND score >= 5) = 10
                                 AND total >= 80)
                UNION ALL
                SELECT COUNT(*) FROM self_assessment
                WHERE recognised AND (status != 'da-xac-nhan' OR NOT passed OR decision_number = '' OR decision_on IS NULL)
                UNION ALL
                SELECT COUNT(*) FROM self_assessment WHERE status != 'nhap'
                  AND (SELECT COUNT(*) FROM self_assessment_score WHERE assessment_id = self_assessment.id) != 10
                """)
        }
        #expect(wrong == [0, 0, 0, 0], "total, passed, recognition, complete forms")
    }

    /// The report counts what the generator recorded: every present or late row of a session
    /// held in the year.
    @Test func theCommuneReportCountsTheGeneratedAttendance() throws {
        let (database, _, _) = try Self.generated()
        let period = ReportPeriod.year(2025)!
        let report = try database.communeReport(period: period, now: period.endsAt)
        let attended = try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM attendance JOIN class_session ON class_session.id = attendance.session_id
                WHERE attendance.status IN ('co-mat', 'di-muon') AND NOT class_session.cancelled
                  AND class_session.starts_at >= ? AND class_session.starts_at < ?
                """, arguments: [period.startsAt, period.endsAt])
        }
        #expect(report.total.learning.attendances == attended)
        #expect(report.total.classes > 0 && report.byVillage.count == 1)
    }

    @Test func theSameSeedGivesTheSameCommune() throws {
        let (first, _, _) = try Self.generated()
        let (second, _, _) = try Self.generated()
        let digest = "SELECT group_concat(id || full_name || phone || COALESCE(birth_year, '') || COALESCE(household_id, ''), ',') FROM person"
        let marks = "SELECT group_concat(session_id || ':' || person_id || status || recorded_at, ',') FROM attendance"
        for sql in [digest, marks] {
            #expect(try first.writer.read { try String.fetchOne($0, sql: sql) } == second.writer.read { try String.fetchOne($0, sql: sql) })
        }
    }

    @Test func aDatabaseWithPeopleIsLeftAlone() throws {
        let (database, _) = try AppDatabase.temporary()
        _ = try database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "Người thật", passwordHash: nil), now: 0)
        let before = try database.rowCounts()
        #expect(throws: GeneratorError.notEmpty(table: "person")) { try database.generateCommune(Self.plan, now: 0) }
        #expect(try database.rowCounts() == before)
    }
}
