import Domain
import GRDB

public enum SelfAssessmentError: Error, Equatable {
    case notFound
    /// The person has no target group, so there is no form to answer.
    case noGroup
    case transition(SelfAssessment.TransitionError)
    /// A score outside 0 to the indicator's maximum, or for an indicator the set lacks.
    case badScore(Int)
}

/// What saving a form should do after writing the scores.
public enum SelfAssessmentStep: Sendable, Equatable {
    case saveDraft
    case submit
}

extension AppDatabase {
    /// A person's form for a year, if one was saved.
    public func selfAssessment(personID: Int64, year: Int) throws -> SelfAssessment? {
        try writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM self_assessment WHERE person_id = ? AND year = ?", arguments: [personID, year])
                .flatMap { try AppDatabase.fetchSelfAssessment(db, id: $0) }
        }
    }

    public func selfAssessment(id: Int64) throws -> SelfAssessment? {
        try writer.read { db in try AppDatabase.fetchSelfAssessment(db, id: id) }
    }

    /// A person's forms, the latest year first (their status on their own and staff pages).
    public func selfAssessments(personID: Int64) throws -> [SelfAssessment] {
        try writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM self_assessment WHERE person_id = ? ORDER BY year DESC", arguments: [personID])
                .compactMap { try AppDatabase.fetchSelfAssessment(db, id: $0) }
        }
    }

    /// Forms in `statuses` with their resident's name: the oldest submission first, as a queue
    /// is worked through; reviewed ones the latest review first.
    public func selfAssessments(statuses: [SelfAssessment.Status], limit: Int = 200) throws -> [(form: SelfAssessment, name: String)] {
        try writer.read { db in
            let placeholders = Array(repeating: "?", count: statuses.count).joined(separator: ",")
            return try Row.fetchAll(db, sql: """
                SELECT self_assessment.id, person.full_name FROM self_assessment JOIN person ON person.id = self_assessment.person_id
                WHERE self_assessment.status IN (\(placeholders))
                ORDER BY CASE self_assessment.status WHEN 'da-nop' THEN -self_assessment.submitted_at ELSE self_assessment.reviewed_at END DESC,
                         self_assessment.id LIMIT ?
                """, arguments: StatementArguments(statuses.map(\.rawValue) as [any DatabaseValueConvertible] + [limit]))
            .compactMap { row in try AppDatabase.fetchSelfAssessment(db, id: row["id"]).map { ($0, row["full_name"]) } }
        }
    }

    /// Saves scores (0 to each indicator's maximum) and, with `.submit`, sends the form to the
    /// reviewer, all in one transaction. The first save fixes the criteria version the form
    /// answers. `actor` is the resident, or staff entering it with the resident present, which
    /// the form then records. Audited.
    @discardableResult
    public func saveSelfAssessment(personID: Int64, year: Int, scores: [Int: SelfAssessment.Score], step: SelfAssessmentStep,
                                   by actor: Actor) throws -> SelfAssessment {
        try writer.write { db in
            guard let person = try Row.fetchOne(db, sql: "SELECT target_group FROM person WHERE id = ?", arguments: [personID]) else {
                throw SelfAssessmentError.notFound
            }
            guard let group = (person["target_group"] as Int?).flatMap(TargetGroup.init(number:)) else { throw SelfAssessmentError.noGroup }
            var form: SelfAssessment
            let criteria: CriteriaSet
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM self_assessment WHERE person_id = ? AND year = ?",
                                           arguments: [personID, year]),
               let existing = try AppDatabase.fetchSelfAssessment(db, id: id),
               let stored = try AppDatabase.fetchCriteria(db, id: existing.criteriaID) {
                (form, criteria) = (existing, stored.criteria)
            } else {
                let saved = try AppDatabase.savedCriteria(db, year: year, group: group, now: actor.now)
                try db.execute(sql: """
                    INSERT INTO self_assessment (person_id, year, criteria_id, status, updated_at) VALUES (?, ?, ?, 'nhap', ?)
                    """, arguments: [personID, year, saved.id, actor.now])
                form = SelfAssessment(id: db.lastInsertedRowID, personID: personID, year: year, criteriaID: saved.id)
                criteria = saved.criteria
            }
            do throws(SelfAssessment.TransitionError) { try form.checkEditable() } catch { throw SelfAssessmentError.transition(error) }
            for (number, score) in scores {
                guard let indicator = criteria.indicators.first(where: { $0.number == number }), (0...indicator.maxPoints).contains(score.value)
                else { throw SelfAssessmentError.badScore(number) }
            }
            let before = AppDatabase.auditFields(form)
            form.scores.merge(scores) { $1 }
            form.enteredBy = actor.personID == personID ? nil : actor.personID
            if case .submit = step {
                do throws(SelfAssessment.TransitionError) { try form.submit(criteria: criteria, at: actor.now) } catch {
                    throw SelfAssessmentError.transition(error)
                }
            }
            form.updatedAt = actor.now
            try AppDatabase.writeScores(db, form, criteria: criteria)
            try AppDatabase.audit(db, actor: actor, entity: "self-assessment", id: form.id, action: step == .submit ? "submit" : "save",
                                  before: before, after: AppDatabase.auditFields(form))
            return form
        }
    }

    /// The reviewer confirms a submitted form or returns it with a comment. Audited.
    @discardableResult
    public func reviewSelfAssessment(id: Int64, confirm: Bool, comment: String, by actor: Actor) throws -> SelfAssessment {
        try writer.write { db in
            guard var form = try AppDatabase.fetchSelfAssessment(db, id: id) else { throw SelfAssessmentError.notFound }
            do throws(SelfAssessment.TransitionError) { try form.review(confirm: confirm, comment: comment, by: actor.personID, at: actor.now) } catch {
                throw SelfAssessmentError.transition(error)
            }
            try db.execute(sql: """
                UPDATE self_assessment SET status = ?, reviewer_id = ?, reviewed_at = ?, review_confirmed = ?, review_comment = ?,
                    updated_at = ? WHERE id = ?
                """, arguments: [form.status.rawValue, actor.personID, actor.now, confirm, comment, actor.now, id])
            try AppDatabase.audit(db, actor: actor, entity: "self-assessment", id: id, action: confirm ? "confirm" : "return",
                                  before: nil, after: ["nhan_xet": comment])
            return form
        }
    }

    /// Records what happened outside: submission on the national site and the recognition
    /// decision. Only for a confirmed form: the association has checked it first. Audited.
    public func recordOutcome(id: Int64, _ outcome: SelfAssessment.Outcome, by actor: Actor) throws {
        try writer.write { db in
            guard let form = try AppDatabase.fetchSelfAssessment(db, id: id) else { throw SelfAssessmentError.notFound }
            guard form.status == .confirmed else { throw SelfAssessmentError.transition(.notSubmitted) }
            try db.execute(sql: """
                UPDATE self_assessment SET national_submitted_on = ?, recognised = ?, decision_number = ?, decision_on = ?,
                    decision_signer = ?, updated_at = ? WHERE id = ?
                """, arguments: [outcome.nationalSubmissionOn?.isoText, outcome.recognised, outcome.decisionNumber,
                                 outcome.decisionOn?.isoText, outcome.decisionSigner, actor.now, id])
            try AppDatabase.audit(db, actor: actor, entity: "self-assessment", id: id, action: "outcome",
                                  before: AppDatabase.outcomeFields(form.outcome), after: AppDatabase.outcomeFields(outcome))
        }
    }

    private static func writeScores(_ db: Database, _ form: SelfAssessment, criteria: CriteriaSet) throws {
        for (number, score) in form.scores {
            try db.execute(sql: """
                INSERT OR REPLACE INTO self_assessment_score (assessment_id, indicator, score, suggested, note) VALUES (?, ?, ?, ?, ?)
                """, arguments: [form.id, number, score.value, score.suggested, score.note])
        }
        let result = criteria.passRule.evaluate(form.values, indicators: criteria.indicators)
        try db.execute(sql: """
            UPDATE self_assessment SET status = ?, entered_by = ?, submitted_at = ?, total = ?, passed = ?, updated_at = ? WHERE id = ?
            """, arguments: [form.status.rawValue, form.enteredBy, form.submittedAt, result.total, result.passed, form.updatedAt, form.id])
    }

    static func fetchSelfAssessment(_ db: Database, id: Int64) throws -> SelfAssessment? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM self_assessment WHERE id = ?", arguments: [id]),
              let status = SelfAssessment.Status(rawValue: row["status"]) else { return nil }
        var scores: [Int: SelfAssessment.Score] = [:]
        for score in try Row.fetchAll(db, sql: "SELECT * FROM self_assessment_score WHERE assessment_id = ?", arguments: [id]) {
            scores[score["indicator"]] = SelfAssessment.Score(value: score["score"], suggested: score["suggested"], note: score["note"])
        }
        let review: SelfAssessment.Review? = (row["reviewed_at"] as Int64?).map {
            SelfAssessment.Review(reviewerID: row["reviewer_id"], at: $0, confirmed: row["review_confirmed"] ?? false, comment: row["review_comment"])
        }
        let outcome = SelfAssessment.Outcome(
            nationalSubmissionOn: (row["national_submitted_on"] as String?).flatMap(LocalDate.init(parsing:)), recognised: row["recognised"],
            decisionNumber: row["decision_number"], decisionOn: (row["decision_on"] as String?).flatMap(LocalDate.init(parsing:)),
            decisionSigner: row["decision_signer"])
        return SelfAssessment(id: id, personID: row["person_id"], year: row["year"], criteriaID: row["criteria_id"], status: status,
                              scores: scores, enteredBy: row["entered_by"], submittedAt: row["submitted_at"], review: review,
                              outcome: outcome, updatedAt: row["updated_at"])
    }

    private static func auditFields(_ form: SelfAssessment) -> [String: String] {
        var fields = ["trang_thai": form.status.rawValue]
        for (number, score) in form.scores { fields["chi_so_\(number)"] = String(score.value) }
        return fields
    }

    private static func outcomeFields(_ outcome: SelfAssessment.Outcome) -> [String: String] {
        ["nop_quoc_gia": outcome.nationalSubmissionOn?.description ?? "", "cong_nhan": outcome.recognised ? "co" : "khong",
         "so_quyet_dinh": outcome.decisionNumber, "ngay_quyet_dinh": outcome.decisionOn?.description ?? "",
         "nguoi_ky": outcome.decisionSigner]
    }
}
