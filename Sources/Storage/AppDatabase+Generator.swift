import Domain
import GRDB

/// What `generateCommune` builds: `residents` people over the `years` calendar years that end
/// with `lastYear`. The same plan and seed give the same rows.
public struct CommunePlan: Sendable {
    public var residents: Int
    public var years: Int
    public var lastYear: Int
    public var seed: UInt64
    /// Library courses that classes may follow; the other classes are topic sessions.
    public var courses: [Course]

    public init(residents: Int, years: Int, lastYear: Int, seed: UInt64, courses: [Course] = []) {
        self.residents = residents
        self.years = years
        self.lastYear = lastYear
        self.seed = seed
        self.courses = courses
    }

    var yearRange: ClosedRange<Int> { (lastYear - years + 1)...lastYear }
}

/// The rows a generated commune got, for the command to print and the tests to check.
public struct GeneratedCommune: Sendable, Equatable {
    /// People count everyone, staff and instructors included.
    public var villages = 0, households = 0, people = 0, staff = 0, instructors = 0
    /// Classes count the Week's events too (an event is a class of one session).
    public var classes = 0, sessions = 0, cancelledSessions = 0, enrolments = 0, attendance = 0
    public var editions = 0, events = 0
    public var selfAssessments: [SelfAssessment.Status: Int] = [:]
    public var recognised = 0

    /// The figures as the command prints them, in a fixed order.
    public var lines: [(name: String, count: Int)] {
        [("villages", villages), ("households", households), ("people", people), ("staff", staff), ("instructors", instructors),
         ("classes (with Week events)", classes), ("sessions", sessions), ("cancelled sessions", cancelledSessions),
         ("enrolments", enrolments), ("attendance", attendance), ("Week editions", editions), ("Week events", events)]
        + SelfAssessment.Status.allCases.map { ("self-assessments \($0.rawValue)", selfAssessments[$0] ?? 0) }
        + [("recognised", recognised)]
    }
}

/// Why a commune was not generated.
public enum GeneratorError: Error, Equatable, CustomStringConvertible {
    /// The database already holds data of its own, which the generator never mixes with.
    case notEmpty(table: String)
    case badPlan(String)

    public var description: String {
        switch self {
        case .notEmpty(let table):
            "cơ sở dữ liệu đã có dữ liệu (bảng \(table)); chỉ tạo dữ liệu mẫu vào cơ sở dữ liệu mới (the database already holds data)"
        case .badPlan(let reason): reason
        }
    }
}

extension AppDatabase {
    /// Fills an empty database with a realistic commune: villages, households, residents,
    /// staff and instructors, each year's classes with their sessions, enrolments and
    /// attendance, the Lifelong Learning Week, and the learning-citizen self-assessments.
    /// Refuses a database that already has people, villages, classes, Weeks or criteria, so
    /// real data are never touched. Written with reused statements in one transaction per
    /// year, not through the audited one-row methods: those would take hours for millions of
    /// rows. One audit line at `now` records that the data were generated.
    @discardableResult
    public func generateCommune(_ plan: CommunePlan, now: Int64) throws -> GeneratedCommune {
        guard plan.residents >= 20 else { throw GeneratorError.badPlan("cần ít nhất 20 người (at least 20 residents)") }
        guard (1...30).contains(plan.years), LocalDate(year: plan.lastYear - plan.years + 1, month: 1, day: 1) != nil,
              LocalDate(year: plan.lastYear + 1, month: 12, day: 31) != nil else {
            throw GeneratorError.badPlan("số năm 1–30, năm cuối 1901–9998 (1–30 years ending in 1901–9998)")
        }
        var generator = CommuneGenerator(plan: plan)
        try writer.write { db in
            for table in ["person", "village", "household", "course_class", "week_edition", "criteria_set"] {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true { throw GeneratorError.notEmpty(table: table) }
            }
            try generator.writePeople(db)
        }
        for (index, year) in plan.yearRange.enumerated() {
            try writer.write { db in try generator.writeYear(year, index: index, db) }
        }
        let counts = generator.counts
        try writer.write { db in
            try AppDatabase.audit(db, actor: .system(now: now), entity: "database", id: nil, action: "demo-data", before: nil,
                                  after: Dictionary(uniqueKeysWithValues: counts.lines.map { ($0.name, String($0.count)) }))
        }
        return counts
    }
}
