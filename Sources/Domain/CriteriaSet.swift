/// The learning-citizen (Công dân học tập) criteria of one year for one target group: the
/// competencies, their indicators and the pass rule. The official wording (Quyết định
/// 324/QĐ-KHVN) was not verified, so the criteria are data an administrator edits; once a
/// resident has used a set it is frozen and an edit makes a new version.
public struct CriteriaSet: Sendable, Equatable {
    public var year: Int
    public var group: TargetGroup
    /// 1 for the first set of a year and group; each edit of a frozen set adds one.
    public var version: Int
    public var indicators: [Indicator]
    public var passRule: PassRule

    public init(year: Int, group: TargetGroup, version: Int = 1, indicators: [Indicator], passRule: PassRule = .standard) {
        self.year = year
        self.group = group
        self.version = version
        self.indicators = indicators
        self.passRule = passRule
    }

    /// One indicator (chỉ số), scored from 0 to `maxPoints`.
    public struct Indicator: Sendable, Equatable {
        public var number: Int
        /// The competency (năng lực) it belongs to, 1–3, and that competency's name.
        public var competency: Int
        public var competencyName: String
        /// The full wording residents answer, and a short label for tables.
        public var text: String
        public var label: String
        public var maxPoints: Int

        public init(number: Int, competency: Int, competencyName: String, text: String, label: String, maxPoints: Int = 10) {
            self.number = number
            self.competency = competency
            self.competencyName = competencyName
            self.text = text
            self.label = label
            self.maxPoints = maxPoints
        }
    }

    /// The highest total the set allows.
    public var maxTotal: Int { indicators.reduce(0) { $0 + $1.maxPoints } }

    /// Why a set cannot be saved; empty when it can.
    public var problems: [Problem] {
        var problems: [Problem] = []
        let numbers = indicators.map(\.number)
        if numbers.isEmpty || Set(numbers).count != numbers.count { problems.append(.indicatorNumbers) }
        for indicator in indicators {
            if indicator.text.isEmpty || indicator.label.isEmpty || indicator.competencyName.isEmpty {
                problems.append(.emptyText(indicator.number))
            }
            if !(1...100).contains(indicator.maxPoints) { problems.append(.maxPoints(indicator.number)) }
        }
        if passRule.total > maxTotal || passRule.total < 0 { problems.append(.passTotal) }
        if indicators.contains(where: { passRule.minimumPerIndicator > $0.maxPoints }) || passRule.minimumPerIndicator < 0 {
            problems.append(.passMinimum)
        }
        return problems
    }

    public enum Problem: Sendable, Equatable {
        case indicatorNumbers
        case emptyText(Int)
        case maxPoints(Int)
        case passTotal
        case passMinimum
    }
}

/// The title is reached with at least `total` points and no indicator below `minimumPerIndicator`.
public struct PassRule: Sendable, Equatable {
    public var total: Int
    public var minimumPerIndicator: Int

    public init(total: Int, minimumPerIndicator: Int) {
        self.total = total
        self.minimumPerIndicator = minimumPerIndicator
    }

    /// 80 of 100, no indicator below 5 (Quyết định 324/QĐ-KHVN, as provincial trainings state it).
    public static let standard = PassRule(total: 80, minimumPerIndicator: 5)

    /// The result of `scores` (by indicator number) against `indicators`: an indicator
    /// without a score counts as 0 and is listed as missing, so a form left half-done can
    /// never pass.
    public func evaluate(_ scores: [Int: Int], indicators: [CriteriaSet.Indicator]) -> Evaluation {
        let total = indicators.reduce(0) { $0 + min(max(scores[$1.number] ?? 0, 0), $1.maxPoints) }
        let below = indicators.filter { (scores[$0.number] ?? 0) < minimumPerIndicator }.map(\.number)
        let missing = indicators.filter { scores[$0.number] == nil }.map(\.number)
        return Evaluation(total: total, belowMinimum: below, missing: missing, passed: total >= self.total && below.isEmpty)
    }

    public struct Evaluation: Sendable, Equatable {
        public var total: Int
        /// Indicators scored under the minimum (a missing one included).
        public var belowMinimum: [Int]
        public var missing: [Int]
        public var passed: Bool
    }
}
