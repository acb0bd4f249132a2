/// How a year's recorded participation suggests a score for one indicator of the self-
/// assessment. Rules are data, published to residents in plain words; a suggestion is only a
/// starting point: the resident (or staff with the resident present) confirms every score.
public struct EvidenceRule: Sendable, Equatable {
    public var indicator: Int
    public var measure: Measure
    /// Ascending by `minimum`: the score of the highest step reached; 0 below the first.
    public var steps: [Step]

    public init(indicator: Int, measure: Measure, steps: [Step]) {
        self.indicator = indicator
        self.measure = measure
        self.steps = steps.sorted { $0.minimum < $1.minimum }
    }

    /// What is counted from the year's attendance.
    public enum Measure: String, Sendable, CaseIterable {
        /// Every session and event attended (present or late), whatever it was about.
        case allAttendances = "moi-buoi"
        /// Sessions and events attended whose class or event supports this indicator.
        case taggedAttendances = "buoi-dung-chi-so"
        /// Classes supporting this indicator that the person completed (see `Evidence`).
        case completedClasses = "lop-hoan-thanh"
    }

    public struct Step: Sendable, Equatable {
        public var minimum: Int
        public var score: Int

        public init(minimum: Int, score: Int) {
            self.minimum = minimum
            self.score = score
        }
    }

    /// The suggested score for `count` things measured, held to the indicator's `maxPoints`.
    public func suggestedScore(count: Int, maxPoints: Int) -> Int {
        min(steps.last { count >= $0.minimum }?.score ?? 0, maxPoints)
    }

    /// The count this rule reads from a person's evidence.
    public func count(in evidence: Evidence) -> Int {
        switch measure {
        case .allAttendances, .taggedAttendances: attendances(in: evidence).count
        case .completedClasses: completedClasses(in: evidence).count
        }
    }

    /// The sessions and events that stand behind the count, to show the resident: those counted,
    /// or for completed classes the sessions of those classes.
    public func attendances(in evidence: Evidence) -> [Evidence.Attendance] {
        switch measure {
        case .allAttendances: return evidence.attendances
        case .taggedAttendances: return evidence.attendances.filter { $0.indicators.contains(indicator) }
        case .completedClasses:
            let classes = Set(completedClasses(in: evidence).map(\.classID))
            return evidence.attendances.filter { classes.contains($0.classID) }
        }
    }

    private func completedClasses(in evidence: Evidence) -> [Evidence.CompletedClass] {
        evidence.completedClasses.filter { $0.indicators.contains(indicator) }
    }

    /// Steps as "1:5,3:7,6:9" for storage.
    public var stepsText: String { steps.map { "\($0.minimum):\($0.score)" }.joined(separator: ",") }

    /// Steps read back from `stepsText`; nil when malformed, not ascending, or a score is negative.
    public static func steps(parsing text: String) -> [Step]? {
        let steps = text.split(separator: ",", omittingEmptySubsequences: false).map { pair -> Step? in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let minimum = Int(String(parts[0]).trimmingSpaces),
                  let score = Int(String(parts[1]).trimmingSpaces), minimum >= 0, score >= 0 else { return nil }
            return Step(minimum: minimum, score: score)
        }
        guard !steps.isEmpty, !steps.contains(nil) else { return nil }
        let values = steps.compactMap { $0 }
        guard zip(values, values.dropFirst()).allSatisfy({ $0.minimum < $1.minimum && $0.score <= $1.score }) else { return nil }
        return values
    }

    /// The starting rules, from the domain notes: attendance at the centre is evidence above
    /// all for indicators 3 (taking part) and 1 (reading, information), and for 5 when the
    /// class was about digital skills; talks and clubs speak for 4, 6 and 9.
    public static let standard: [EvidenceRule] = [
        EvidenceRule(indicator: 1, measure: .taggedAttendances, steps: [.init(minimum: 1, score: 5), .init(minimum: 3, score: 7),
                                                                       .init(minimum: 6, score: 9)]),
        EvidenceRule(indicator: 3, measure: .allAttendances, steps: [.init(minimum: 1, score: 5), .init(minimum: 4, score: 6),
                                                                    .init(minimum: 8, score: 8), .init(minimum: 12, score: 10)]),
        EvidenceRule(indicator: 4, measure: .taggedAttendances, steps: [.init(minimum: 1, score: 5), .init(minimum: 3, score: 7)]),
        EvidenceRule(indicator: 5, measure: .completedClasses, steps: [.init(minimum: 1, score: 7), .init(minimum: 2, score: 9),
                                                                      .init(minimum: 3, score: 10)]),
        EvidenceRule(indicator: 6, measure: .taggedAttendances, steps: [.init(minimum: 1, score: 5), .init(minimum: 4, score: 7)]),
        EvidenceRule(indicator: 9, measure: .taggedAttendances, steps: [.init(minimum: 1, score: 6), .init(minimum: 3, score: 8)]),
    ]
}

/// A person's recorded participation in a year, as the evidence rules read it.
public struct Evidence: Sendable, Equatable {
    /// One attended session or event (present or late).
    public struct Attendance: Sendable, Equatable {
        public var sessionID: Int64
        public var classID: Int64
        public var title: String
        public var startsAt: Int64
        public var isEvent: Bool
        /// The indicators its class or event supports.
        public var indicators: Set<Int>

        public init(sessionID: Int64, classID: Int64, title: String, startsAt: Int64, isEvent: Bool, indicators: Set<Int>) {
            self.sessionID = sessionID
            self.classID = classID
            self.title = title
            self.startsAt = startsAt
            self.isEvent = isEvent
            self.indicators = indicators
        }
    }

    /// A class of several sessions the person completed.
    public struct CompletedClass: Sendable, Equatable {
        public var classID: Int64
        public var title: String
        public var indicators: Set<Int>

        public init(classID: Int64, title: String, indicators: Set<Int>) {
            self.classID = classID
            self.title = title
            self.indicators = indicators
        }
    }

    public var attendances: [Attendance]
    public var completedClasses: [CompletedClass]

    public init(attendances: [Attendance], completedClasses: [CompletedClass]) {
        self.attendances = attendances
        self.completedClasses = completedClasses
    }

    /// A class counts as completed once all its sessions are over and the person attended at
    /// least this share of those not cancelled (80%, the usual bar for a certificate).
    public static let completionPercent = 80

    public static func isCompleted(attended: Int, held: Int) -> Bool {
        held > 0 && attended * 100 >= held * completionPercent
    }

    /// What each rule suggests, by indicator.
    public func suggestions(rules: [EvidenceRule], indicators: [CriteriaSet.Indicator]) -> [Int: Int] {
        var scores: [Int: Int] = [:]
        for rule in rules {
            guard let indicator = indicators.first(where: { $0.number == rule.indicator }) else { continue }
            scores[rule.indicator] = rule.suggestedScore(count: rule.count(in: self), maxPoints: indicator.maxPoints)
        }
        return scores
    }
}
