import Domain
import GRDB

extension CommuneGenerator {
    /// How much more likely a person is to self-assess, by how often they come (activity 0–4+).
    static let assessmentKeenness = [0.45, 1.0, 1.4, 1.7, 2.0]

    /// The year's learning-citizen self-assessments: from about 15% of people with a target
    /// group (15 and over) in the first year to about 40% in the last, keen learners more
    /// often, as the national target (40% of adults by 2025) pulls the commune along. Past
    /// years are settled (most confirmed, a few drafts never finished); the last year still
    /// has forms waiting for review. Totals and pass flags come from the criteria's own rule.
    mutating func writeSelfAssessments(year: Int, index: Int, _ db: Database) throws {
        let newYear = LocalDate(year: year, month: 1, day: 1)!.unixSeconds(atMinutes: 480)
        let criteria = try TargetGroup.all.map { try AppDatabase.savedCriteria(db, year: year, group: $0, now: newYear) }
        let share = plan.years > 1 ? 0.15 + 0.25 * Double(index) / Double(plan.years - 1) : 0.3
        let isLast = year == plan.lastYear
        let statuses: [(SelfAssessment.Status, Double)] = isLast ? [(.draft, 12), (.submitted, 8), (.returned, 4), (.confirmed, 76)]
                                                                 : [(.draft, 8), (.returned, 2), (.confirmed, 90)]
        // The People's Committee recognises the year's learning citizens in two decisions: mid-December
        // for forms sent to the national site by 5 December, late January for the rest.
        let decisions = [(number: "\(rng.int(100...450))/QĐ-UBND", on: LocalDate(year: year, month: 12, day: 15)!),
                         (number: "\(rng.int(1...90))/QĐ-UBND", on: LocalDate(year: year + 1, month: 1, day: 20)!)]
        let participation = EvidenceRule.standard.first { $0.indicator == 3 }
        for (person, member) in people.enumerated() where member.role == .resident && member.group > 0 && member.age(in: year) >= 15 {
            guard rng.chance(share * Self.assessmentKeenness[min(member.activity, 4)]) else { continue }
            let (setID, set) = criteria[member.group - 1]
            let status = rng.pick(weighted: statuses)
            // Indicator 3 (taking part in learning) follows the year's attendance, as the
            // evidence suggested it; the others scatter around the person's own level.
            let suggested = participation?.suggestedScore(count: Int(attended[person]), maxPoints: 10) ?? 0
            let level = Double(rng.int(75...98)) / 10
            var scores: [Int: Int] = [:]
            let answered = status == .draft ? set.indicators.prefix(rng.int(3...9)) : set.indicators[...]
            for indicator in answered {
                let value = indicator.number == 3 ? (suggested > 0 ? suggested + rng.int(-1...1) : rng.int(3...7))
                                                  : Int((level + Double(rng.int(-15...10)) / 10).rounded())
                scores[indicator.number] = min(max(value, 0), indicator.maxPoints)
            }
            let result = set.passRule.evaluate(scores, indicators: set.indicators)
            // Forms go in between mid-September and the end of November, as the commune collects them.
            let submittedOn = LocalDate(year: year, month: 9, day: 15)!.adding(days: rng.int(0...75))
            let submitted = status == .draft ? nil : submittedOn.unixSeconds(atMinutes: rng.int(420...1260))
            let reviewed = submitted.flatMap { status == .submitted ? nil : $0 + Int64(rng.int(2...20)) * 86400 }
            let national = status == .confirmed ? reviewed.map { LocalDate(unixSeconds: $0).adding(days: rng.int(1...10)) } : nil
            let decision = national.map { $0 <= LocalDate(year: year, month: 12, day: 5)! ? decisions[0] : decisions[1] }
            // Last year's second decision may not be recorded yet for everyone.
            let recognised = decision != nil && result.passed && (!isLast || rng.chance(0.8))
            let id = nextAssessmentID
            nextAssessmentID += 1
            try db.cachedStatement(sql: """
                INSERT INTO self_assessment (id, person_id, year, criteria_id, status, entered_by, submitted_at, reviewer_id, reviewed_at,
                    review_confirmed, review_comment, national_submitted_on, recognised, decision_number, decision_on, decision_signer,
                    total, passed, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    id, person + 1, year, setID, status.rawValue, !staffIDs.isEmpty && rng.chance(0.3) ? rng.pick(staffIDs) : nil, submitted,
                    reviewed == nil || staffIDs.isEmpty ? nil : rng.pick(staffIDs), reviewed, reviewed.map { _ in status == .confirmed },
                    status == .returned ? rng.pick(GeneratorNames.returnComments) : "", national?.isoText, recognised,
                    recognised ? decision?.number ?? "" : "", recognised ? decision?.on.isoText : nil, recognised ? signer : "",
                    result.total, result.passed, reviewed ?? submitted ?? submittedOn.unixSeconds(atMinutes: 600),
                ])
            let statement = try db.cachedStatement(sql: """
                INSERT INTO self_assessment_score (assessment_id, indicator, score, suggested) VALUES (?, ?, ?, ?)
                """)
            for indicator in answered {
                try statement.execute(arguments: [id, indicator.number, scores[indicator.number],
                                                  indicator.number == 3 && suggested > 0 ? suggested : nil])
            }
            counts.selfAssessments[status, default: 0] += 1
            if recognised { counts.recognised += 1 }
        }
    }
}
