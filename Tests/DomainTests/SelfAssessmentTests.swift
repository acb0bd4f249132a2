import Domain
import Foundation
import Testing

@Suite struct PassRuleTests {
    static let indicators = CriteriaSet.standard(year: 2026, group: TargetGroup(number: 1)!).indicators

    static func scores(_ values: [Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.offset + 1, $0.element) })
    }

    /// The boundaries of "at least 80 points and no indicator below 5".
    @Test(arguments: [
        ([8, 8, 8, 8, 8, 8, 8, 8, 8, 8], 80, true),
        ([8, 8, 8, 8, 8, 8, 8, 8, 8, 7], 79, false),
        ([10, 10, 10, 10, 10, 10, 10, 10, 10, 5], 95, true),
        ([10, 10, 10, 10, 10, 10, 10, 10, 10, 4], 94, false),
        ([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 50, false),
        ([10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100, true),
        ([10, 10, 10, 10, 10, 10, 10, 10, 10, 0], 90, false),
    ])
    func theTitleNeedsEightyAndNoIndicatorBelowFive(values: [Int], total: Int, passed: Bool) {
        let result = PassRule.standard.evaluate(Self.scores(values), indicators: Self.indicators)
        #expect(result.total == total)
        #expect(result.passed == passed)
        #expect(result.belowMinimum == values.enumerated().filter { $0.element < 5 }.map { $0.offset + 1 })
    }

    @Test func aMissingIndicatorCountsAsZeroAndIsListed() {
        var scores = Self.scores(Array(repeating: 10, count: 10))
        scores[7] = nil
        let result = PassRule.standard.evaluate(scores, indicators: Self.indicators)
        #expect(result.total == 90 && !result.passed && result.missing == [7] && result.belowMinimum == [7])
    }

    @Test func scoresOutsideTheRangeAreHeldToIt() {
        var scores = Self.scores(Array(repeating: 8, count: 10))
        scores[1] = 15
        scores[2] = -3
        let result = PassRule.standard.evaluate(scores, indicators: Self.indicators)
        #expect(result.total == 8 * 8 + 10 + 0 && result.belowMinimum == [2])
    }
}

@Suite struct CriteriaSetTests {
    @Test func theStandardSetHasThreeCompetenciesOfFourFourAndTwo() {
        let set = CriteriaSet.standard(year: 2026, group: TargetGroup(number: 3)!)
        #expect(set.indicators.map(\.number) == Array(1...10))
        #expect(set.indicators.map(\.competency) == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3])
        #expect(set.maxTotal == 100 && set.passRule == .standard && set.version == 1)
        #expect(set.problems.isEmpty)
        #expect(set.indicators.allSatisfy { $0.text == $0.text.precomposedStringWithCanonicalMapping })
    }

    @Test func anImpossibleSetIsRefused() {
        var set = CriteriaSet.standard(year: 2026, group: TargetGroup(number: 1)!)
        set.passRule = PassRule(total: 101, minimumPerIndicator: 11)
        set.indicators[2].label = ""
        set.indicators[4].maxPoints = 0
        set.indicators[5].number = 1
        #expect(set.problems == [.indicatorNumbers, .emptyText(3), .maxPoints(5), .passTotal, .passMinimum])
    }
}

@Suite struct EvidenceRuleTests {
    static let rule3 = EvidenceRule.standard.first { $0.indicator == 3 }!

    /// Indicator 3: 1 → 5, 4 → 6, 8 → 8, 12 → 10, at and around each step.
    @Test(arguments: [(0, 0), (1, 5), (3, 5), (4, 6), (7, 6), (8, 8), (11, 8), (12, 10), (40, 10)])
    func attendancesGiveTheScoreOfTheHighestStepReached(count: Int, score: Int) {
        #expect(Self.rule3.suggestedScore(count: count, maxPoints: 10) == score)
    }

    @Test func aSuggestionNeverPassesTheIndicatorsMaximum() {
        #expect(Self.rule3.suggestedScore(count: 12, maxPoints: 8) == 8)
    }

    @Test func stepsRoundTripAndBadStepsAreRefused() {
        #expect(EvidenceRule.steps(parsing: Self.rule3.stepsText) == Self.rule3.steps)
        #expect(EvidenceRule.steps(parsing: " 1 : 5 , 3:7") == [.init(minimum: 1, score: 5), .init(minimum: 3, score: 7)])
        for bad in ["", "1:5,1:6", "3:7,1:5", "1:7,3:5", "1-5", "a:b", "1:-2", "1:5,"] {
            #expect(EvidenceRule.steps(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func eachMeasureCountsItsOwnEvidence() {
        func attendance(_ id: Int64, _ indicators: Set<Int>) -> Evidence.Attendance {
            Evidence.Attendance(sessionID: id, classID: id, title: "", startsAt: 0, isEvent: false, indicators: indicators)
        }
        let evidence = Evidence(attendances: [attendance(1, [1, 3]), attendance(2, [5]), attendance(3, [1])],
                                completedClasses: [Evidence.CompletedClass(classID: 2, title: "VNeID", indicators: [5])])
        let suggestions = evidence.suggestions(rules: EvidenceRule.standard,
                                               indicators: CriteriaSet.standard(year: 2026, group: TargetGroup(number: 1)!).indicators)
        #expect(suggestions == [1: 5, 3: 5, 4: 0, 5: 7, 6: 0, 9: 0])
    }

    @Test(arguments: [(0, 0, false), (4, 5, true), (3, 5, false), (8, 10, true), (7, 10, false), (1, 1, true)])
    func aClassIsCompletedAtEightyPercent(attended: Int, held: Int, completed: Bool) {
        #expect(Evidence.isCompleted(attended: attended, held: held) == completed)
    }
}

@Suite struct SelfAssessmentFlowTests {
    static let criteria = CriteriaSet.standard(year: 2026, group: TargetGroup(number: 1)!)

    static func full() -> SelfAssessment {
        SelfAssessment(id: 1, personID: 7, year: 2026, criteriaID: 1,
                       scores: Dictionary(uniqueKeysWithValues: (1...10).map { ($0, SelfAssessment.Score(value: 8)) }))
    }

    @Test func aFormIsSubmittedOnlyWhenEveryIndicatorIsScored() throws {
        var form = Self.full()
        form.scores[4] = nil
        #expect(throws: SelfAssessment.TransitionError.incomplete([4])) { try form.submit(criteria: Self.criteria, at: 10) }
        form.scores[4] = .init(value: 6)
        try form.submit(criteria: Self.criteria, at: 10)
        #expect(form.status == .submitted && form.submittedAt == 10)
        #expect(throws: SelfAssessment.TransitionError.locked) { try form.checkEditable() }
    }

    @Test func theReviewerConfirmsOrReturnsWithAComment() throws {
        var form = Self.full()
        #expect(throws: SelfAssessment.TransitionError.notSubmitted) { try form.review(confirm: true, comment: "", by: 2, at: 20) }
        try form.submit(criteria: Self.criteria, at: 10)
        #expect(throws: SelfAssessment.TransitionError.commentRequired) { try form.review(confirm: false, comment: "", by: 2, at: 20) }
        try form.review(confirm: false, comment: "Chỉ số 5: hãy ghi lớp đã học", by: 2, at: 20)
        #expect(form.status == .returned && form.status.isEditable)
        try form.submit(criteria: Self.criteria, at: 30)
        try form.review(confirm: true, comment: "", by: 2, at: 40)
        #expect(form.status == .confirmed && !form.status.isEditable && form.review?.reviewerID == 2)
    }
}
