/// A resident's learning-citizen self-assessment for one year: scores per indicator, who
/// entered them, the association's review, and the official outcome recorded afterwards.
public struct SelfAssessment: Sendable, Equatable {
    public var id: Int64
    public var personID: Int64
    public var year: Int
    /// The stored criteria set it was made against (a frozen version).
    public var criteriaID: Int64
    public var status: Status
    public var scores: [Int: Score]
    /// Who last saved it when that was not the resident (assisted entry); nil for the resident.
    public var enteredBy: Int64?
    public var submittedAt: Int64?
    public var review: Review?
    public var outcome: Outcome
    public var updatedAt: Int64

    public init(id: Int64, personID: Int64, year: Int, criteriaID: Int64, status: Status = .draft, scores: [Int: Score] = [:],
                enteredBy: Int64? = nil, submittedAt: Int64? = nil, review: Review? = nil, outcome: Outcome = Outcome(),
                updatedAt: Int64 = 0) {
        self.id = id
        self.personID = personID
        self.year = year
        self.criteriaID = criteriaID
        self.status = status
        self.scores = scores
        self.enteredBy = enteredBy
        self.submittedAt = submittedAt
        self.review = review
        self.outcome = outcome
        self.updatedAt = updatedAt
    }

    /// Where the form stands. A draft and a returned form may be edited; a submitted one waits
    /// for the reviewer; a confirmed one is final (only the official outcome is added).
    public enum Status: String, Sendable, CaseIterable {
        case draft = "nhap"
        case submitted = "da-nop"
        case returned = "tra-lai"
        case confirmed = "da-xac-nhan"

        public var isEditable: Bool { self == .draft || self == .returned }
    }

    /// One indicator's score (0 to its maximum), what the evidence suggested, and a note.
    public struct Score: Sendable, Equatable {
        public var value: Int
        public var suggested: Int?
        public var note: String

        public init(value: Int, suggested: Int? = nil, note: String = "") {
            self.value = value
            self.suggested = suggested
            self.note = note
        }
    }

    /// The study-promotion association's decision on a submitted form.
    public struct Review: Sendable, Equatable {
        public var reviewerID: Int64?
        public var at: Int64
        public var confirmed: Bool
        /// Why it was returned, for the resident to act on; may be empty when confirmed.
        public var comment: String

        public init(reviewerID: Int64?, at: Int64, confirmed: Bool, comment: String) {
            self.reviewerID = reviewerID
            self.at = at
            self.confirmed = confirmed
            self.comment = comment
        }
    }

    /// What happened outside this server: the resident's submission on the association's
    /// national site, and the commune's recognition decision.
    public struct Outcome: Sendable, Equatable {
        public var nationalSubmissionOn: LocalDate?
        public var recognised: Bool
        public var decisionNumber: String
        public var decisionOn: LocalDate?
        public var decisionSigner: String

        public init(nationalSubmissionOn: LocalDate? = nil, recognised: Bool = false, decisionNumber: String = "",
                    decisionOn: LocalDate? = nil, decisionSigner: String = "") {
            self.nationalSubmissionOn = nationalSubmissionOn
            self.recognised = recognised
            self.decisionNumber = decisionNumber
            self.decisionOn = decisionOn
            self.decisionSigner = decisionSigner
        }
    }

    /// The scores as the pass rule reads them.
    public var values: [Int: Int] { scores.mapValues(\.value) }

    /// Why a step is refused.
    public enum TransitionError: Error, Equatable {
        /// Submitted or confirmed forms are locked.
        case locked
        /// Only a submitted form can be reviewed.
        case notSubmitted
        /// A form goes to the reviewer only with every indicator scored.
        case incomplete([Int])
        /// Returning a form needs a comment saying what to change.
        case commentRequired
    }

    /// Checks that scores may be saved now.
    public func checkEditable() throws(TransitionError) {
        guard status.isEditable else { throw .locked }
    }

    /// Submits the form: every indicator of `criteria` must have a score.
    public mutating func submit(criteria: CriteriaSet, at now: Int64) throws(TransitionError) {
        try checkEditable()
        let missing = criteria.indicators.map(\.number).filter { scores[$0] == nil }
        guard missing.isEmpty else { throw .incomplete(missing) }
        status = .submitted
        submittedAt = now
    }

    /// The reviewer confirms the form or returns it with a comment.
    public mutating func review(confirm: Bool, comment: String, by reviewerID: Int64?, at now: Int64) throws(TransitionError) {
        guard status == .submitted else { throw .notSubmitted }
        if !confirm, comment.isEmpty { throw .commentRequired }
        review = Review(reviewerID: reviewerID, at: now, confirmed: confirm, comment: comment)
        status = confirm ? .confirmed : .returned
    }
}
