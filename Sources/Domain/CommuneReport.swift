/// The report the commune sends on its centre's learning over a period (by default the
/// calendar year): classes (số lớp) and attendances (lượt người), the two numbers every report
/// counts, with the sessions, learners and hours behind them, by field and month, and by the
/// learners' village, target group, sex, age and ethnicity. Every figure is counted from
/// recorded rows, and every table adds up to the totals.
///
/// Counting rules:
/// - a session is held when it started in the period, by the time of the report, and is not
///   cancelled; a class counts when at least one of its sessions was held;
/// - an attendance is a person present or late at a held session; a learner is a person
///   with at least one, counted once;
/// - learning hours add up the length of the session of each attendance;
/// - ages are those reached in the period's last year.
///
/// A class or a learner active in several months, or a learner in several fields, counts
/// once in each of them: those columns of the month and field tables may add up to more than
/// the total, which counts each once.
public struct CommuneReport: Sendable, Equatable {
    /// Who learned and for how long: the columns every table has.
    public struct Learning: Sendable, Equatable {
        public var learners: Int
        public var attendances: Int
        public var seconds: Int64

        public init(learners: Int, attendances: Int, seconds: Int64) {
            self.learners = learners
            self.attendances = attendances
            self.seconds = seconds
        }

        public static let zero = Learning(learners: 0, attendances: 0, seconds: 0)

        public static func + (lhs: Learning, rhs: Learning) -> Learning {
            Learning(learners: lhs.learners + rhs.learners, attendances: lhs.attendances + rhs.attendances, seconds: lhs.seconds + rhs.seconds)
        }

        /// Learning hours in tenths, rounded half up on each line as a printed table shows them.
        public var tenthsOfHours: Int { Int((seconds * 10 + 1800) / 3600) }
    }

    /// What was held and the learning in it: the columns of the totals, field and month tables.
    public struct Activity: Sendable, Equatable {
        public var classes: Int
        public var sessions: Int
        public var learning: Learning

        public init(classes: Int, sessions: Int, learning: Learning) {
            self.classes = classes
            self.sessions = sessions
            self.learning = learning
        }

        public static let zero = Activity(classes: 0, sessions: 0, learning: .zero)

        public static func + (lhs: Activity, rhs: Activity) -> Activity {
            Activity(classes: lhs.classes + rhs.classes, sessions: lhs.sessions + rhs.sessions, learning: lhs.learning + rhs.learning)
        }
    }

    /// One line of a table; a nil key is "not recorded".
    public struct Line<Key: Hashable & Sendable, Figures: Sendable & Equatable>: Sendable, Equatable {
        public var key: Key?
        public var figures: Figures
    }

    /// What storage counts in SQL, one breakdown at a time: no row of it is a person, and
    /// ethnicity, which is sensitive personal data, is only ever counted. A nil key is "not
    /// recorded" (for a field, a code this version does not know).
    public struct Counts: Sendable, Equatable {
        /// What was held in each field and month, with the learners of each.
        public var byField: [Field?: Activity]
        public var byMonth: [YearMonth: Activity]
        public var byVillage: [String?: Learning]
        public var byGroup: [TargetGroup?: Learning]
        public var bySex: [Sex?: Learning]
        public var byBirthYear: [Int?: Learning]
        /// Keyed by the ethnicity as recorded, "" when not recorded.
        public var byEthnicity: [String: Learning]

        public init(byField: [Field?: Activity] = [:], byMonth: [YearMonth: Activity] = [:], byVillage: [String?: Learning] = [:],
                    byGroup: [TargetGroup?: Learning] = [:], bySex: [Sex?: Learning] = [:], byBirthYear: [Int?: Learning] = [:],
                    byEthnicity: [String: Learning] = [:]) {
            self.byField = byField
            self.byMonth = byMonth
            self.byVillage = byVillage
            self.byGroup = byGroup
            self.bySex = bySex
            self.byBirthYear = byBirthYear
            self.byEthnicity = byEthnicity
        }
    }

    public var period: ReportPeriod
    public var counts: Counts
    /// Every village of the commune, in the order tables list them, so one where nobody
    /// learned shows a zero.
    public var villages: [String]
    public var ageBands: AgeBands
    /// When the report was drawn.
    public var now: Int64
    /// The learning-citizen figures of the period's last year, counted beside `counts` from the
    /// self-assessments rather than the attendance; nil in a report drawn without them.
    public var citizens: CitizenSummary?

    public init(period: ReportPeriod, counts: Counts, villages: [String], ageBands: AgeBands = .standard, now: Int64,
                citizens: CitizenSummary? = nil) {
        self.period = period
        self.counts = counts
        self.villages = villages
        self.ageBands = ageBands
        self.now = now
        self.citizens = citizens
    }

    /// The totals. A class has one field, so the field lines add up to the classes and
    /// sessions held; a learner has one village (or none), so those lines add up to the learners.
    public var total: Activity {
        var total = counts.byField.values.reduce(.zero, +)
        total.learning.learners = counts.byVillage.values.reduce(0) { $0 + $1.learners }
        return total
    }

    public var byField: [Line<Field, Activity>] { Self.lines(keys: Field.allCases, counts.byField.map { ($0.key, $0.value) }) }
    public var byMonth: [Line<YearMonth, Activity>] { Self.lines(keys: period.months, counts.byMonth.map { ($0.key, $0.value) }) }
    public var byVillage: [Line<String, Learning>] { Self.lines(keys: villages, counts.byVillage.map { ($0.key, $0.value) }) }
    public var byGroup: [Line<TargetGroup, Learning>] { Self.lines(keys: TargetGroup.all, counts.byGroup.map { ($0.key, $0.value) }) }
    public var bySex: [Line<Sex, Learning>] { Self.lines(keys: Sex.allCases, counts.bySex.map { ($0.key, $0.value) }) }
    public var byAgeBand: [Line<AgeBands.Band, Learning>] {
        Self.lines(keys: ageBands.bands, counts.byBirthYear.map { (ageBands.band(birthYear: $0.key, in: period.to.year), $0.value) })
    }

    /// Ethnicities have no fixed list: those recorded, the most learners first; spellings that
    /// differ only by spaces at the ends are one.
    public var byEthnicity: [Line<String, Learning>] {
        let entries = counts.byEthnicity.map { key, learning in
            let text = key.trimmingSpaces
            return (text.isEmpty ? nil : text, learning)
        }
        let learners = entries.reduce(into: [String: Int]()) { sums, entry in
            if let key = entry.0 { sums[key, default: 0] += entry.1.learners }
        }
        let keys = learners.sorted { $0.value != $1.value ? $0.value > $1.value : TextFolding.fold($0.key) < TextFolding.fold($1.key) }
        return Self.lines(keys: keys.map(\.key), entries)
    }

    /// A table's lines by `Breakdown`'s rule, for this report's tables and its citizens' ones.
    static func lines<Key: Hashable & Sendable, Figures: Sendable & Equatable & Summable>(keys: [Key], _ entries: [(Key?, Figures)])
        -> [Line<Key, Figures>] {
        Breakdown.lines(keys: keys, entries: entries, zero: .zero, add: +).map { Line(key: $0.key, figures: $0.value) }
    }
}

extension CommuneReport {
    /// Learning hours in tenths for the lines of a table, so that they add up to the total's
    /// `tenthsOfHours` as the lines' seconds add up to its seconds (rounding each line alone
    /// can leave a printed column 0.1 off its total): each line is rounded down, then the
    /// tenths still missing go to the lines with the largest remainders, the earlier first.
    public static func tenthsOfHours(_ lines: [Learning]) -> [Int] {
        let tenth: Int64 = 360
        var tenths = lines.map { Int($0.seconds / tenth) }
        let missing = lines.reduce(Learning.zero, +).tenthsOfHours - tenths.reduce(0, +)
        let order = lines.indices.sorted { (-(lines[$0].seconds % tenth), $0) < (-(lines[$1].seconds % tenth), $1) }
        for index in order.prefix(missing) { tenths[index] += 1 }
        return tenths
    }
}

/// Figures that add up line by line.
protocol Summable {
    static var zero: Self { get }
    static func + (lhs: Self, rhs: Self) -> Self
}

extension CommuneReport.Learning: Summable {}
extension CommuneReport.Activity: Summable {}
