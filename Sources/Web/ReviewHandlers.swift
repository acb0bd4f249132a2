import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/tu-danh-gia`: the association's queue.
    func adminReviews(_ exchange: Exchange) throws -> Response {
        let view = ReviewsPage(waiting: try database.selfAssessments(statuses: [.submitted]),
                               reviewed: try database.selfAssessments(statuses: [.confirmed, .returned], limit: 50))
        return page(view.render(exchange.context))
    }

    /// `/quan-tri/tu-danh-gia/{id}`: POST `confirm`, `return` (with a comment) or `outcome`.
    func adminReview(_ exchange: Exchange, id: Int64) throws -> Response {
        let strings = exchange.context.strings.selfAssessment
        guard let form = try database.selfAssessment(id: id), let person = try database.person(id: form.personID),
              let group = try person.group ?? database.criteria(id: form.criteriaID)?.criteria.group else {
            throw PageFailure(status: 404)
        }
        var typed = FormState()
        var notice: String?
        var status = 200
        if exchange.request.method == "POST" {
            // Nobody confirms or records the outcome of their own form, whatever their role.
            guard exchange.visitor.person?.id != form.personID else { throw PageFailure(status: 403) }
            let fields = FormFields(exchange.form)
            typed = FormState(values: fields.values(except: ["csrf", "action"]))
            do {
                switch fields["action"] {
                case "confirm":
                    try database.reviewSelfAssessment(id: id, confirm: true, comment: fields.text("comment"), by: try actor(exchange))
                    (typed, notice) = (FormState(), strings.confirmedNotice)
                case "return":
                    let comment = fields.text("comment")
                    if comment.isEmpty {
                        (typed.errors["comment"], status) = (strings.errorComment, 422)
                    } else {
                        try database.reviewSelfAssessment(id: id, confirm: false, comment: String(comment.prefix(1000)), by: try actor(exchange))
                        (typed, notice) = (FormState(), strings.returnedNotice)
                    }
                case "outcome":
                    if let outcome = Self.outcome(fields, strings: strings, typed: &typed) {
                        try database.recordOutcome(id: id, outcome, by: try actor(exchange))
                        (typed, notice) = (FormState(), strings.outcomeSaved)
                    } else {
                        (typed.message, status) = (strings.errorSummary, 422)
                    }
                default:
                    throw PageFailure(status: 400)
                }
            } catch SelfAssessmentError.transition {
                // Someone else reviewed it meanwhile: show the form as it now stands.
                (notice, status) = (strings.locked, 409)
            }
        }
        let current = try database.selfAssessment(id: id) ?? form
        let view = ReviewPage(sheet: try sheet(person: person, year: current.year, group: group, form: current), residentName: person.fullName,
                              residentID: person.id, typed: typed, notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    /// The official outcome typed: dates in dd/mm/yyyy or empty.
    private static func outcome(_ fields: FormFields, strings: SelfAssessmentStrings, typed: inout FormState) -> SelfAssessment.Outcome? {
        func date(_ name: String) -> LocalDate? {
            let text = fields[name].trimmingSpaces
            guard !text.isEmpty else { return nil }
            guard let date = LocalDate(parsing: text) else {
                typed.errors[name] = strings.errorDate
                return nil
            }
            return date
        }
        let outcome = SelfAssessment.Outcome(nationalSubmissionOn: date("national"), recognised: fields["recognised"] == "1",
                                             decisionNumber: String(fields.text("decision").prefix(60)), decisionOn: date("decision-date"),
                                             decisionSigner: String(fields.text("signer").prefix(120)))
        return typed.errors.isEmpty ? outcome : nil
    }
}
