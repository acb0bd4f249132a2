import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/ca-nhan/tu-danh-gia/{year}`: the resident's own form.
    func selfAssessment(_ exchange: Exchange, year: Int) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        return try selfAssessmentForm(exchange, person: person, year: year, assisted: false)
    }

    /// `/quan-tri/nguoi-dan/{id}/tu-danh-gia/{year}`: staff enter a resident's form with the
    /// resident present; the form records who entered it.
    func adminSelfAssessment(_ exchange: Exchange, personID: Int64, year: Int) throws -> Response {
        guard let person = try database.person(id: personID) else { throw PageFailure(status: 404) }
        return try selfAssessmentForm(exchange, person: person, year: year, assisted: true)
    }

    private func selfAssessmentForm(_ exchange: Exchange, person: Person, year: Int, assisted: Bool) throws -> Response {
        let strings = exchange.context.strings.selfAssessment
        let thisYear = LocalDate(unixSeconds: clock()).year
        // This year's form, or last year's finished in January; older ones stay readable.
        let existing = try database.selfAssessment(personID: person.id, year: year)
        guard year <= thisYear, year >= thisYear - 1 || existing != nil else { throw PageFailure(status: 404) }
        let action: Route = assisted ? .adminSelfAssessment(personID: person.id, year: year) : .selfAssessment(year: year)
        guard let group = person.group else {
            let body: HTML = "<h1>\(strings.title(year))</h1>\n<p>\(strings.noGroup)</p>\n<p><a class=\"button\" href=\"\(Route.editProfile.link)\">\(exchange.context.strings.profile.editTitle)</a></p>"
            return page(Layout.render(Document(title: strings.title(year), description: strings.lead, body: body), context: exchange.context))
        }
        var sheet = try sheet(person: person, year: year, group: group, form: existing)
        var typed = FormState()
        var notice: String?
        var status = 200
        if exchange.request.method == "POST" {
            let fields = FormFields(exchange.form)
            typed = FormState(values: fields.values(except: ["csrf", "step", "consent"]))
            let submit = fields["step"] == "submit"
            let scores = Self.scores(fields, sheet: sheet, strings: strings, typed: &typed)
            if assisted, fields["consent"] != "1" { typed.errors["consent"] = strings.errorConsent }
            if typed.errors.isEmpty {
                do {
                    let saved = try database.saveSelfAssessment(personID: person.id, year: year, scores: scores,
                                                                step: submit ? .submit : .saveDraft, by: try actor(exchange))
                    sheet.form = saved
                    (typed, notice) = (FormState(), submit ? strings.submittedNotice : strings.saved)
                } catch SelfAssessmentError.transition(.locked) {
                    (notice, status) = (strings.locked, 409)
                } catch SelfAssessmentError.transition(.incomplete) {
                    // The scores typed so far are kept as a draft; the resident finishes and submits again.
                    sheet.form = try database.saveSelfAssessment(personID: person.id, year: year, scores: scores, step: .saveDraft,
                                                                 by: try actor(exchange))
                    (typed.message, status) = (strings.errorIncomplete, 422)
                }
            } else {
                (typed.message, status) = (strings.errorSummary, 422)
            }
        }
        let view = SelfAssessmentPage(sheet: sheet, action: action, assistedName: assisted ? person.fullName : nil, typed: typed, notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    /// A person's forms by year, for their own page and the staff page about them.
    func citizenYears(personID: Int64, forStaff: Bool) throws -> CitizenYears {
        CitizenYears(personID: personID, assessments: try database.selfAssessments(personID: personID),
                     thisYear: LocalDate(unixSeconds: clock()).year, forStaff: forStaff)
    }

    /// What the page needs: the criteria version the form answers (or the one it would), the
    /// year's evidence and the published rules.
    func sheet(person: Person, year: Int, group: TargetGroup, form: SelfAssessment?) throws -> SelfAssessmentSheet {
        let criteria = try form.flatMap { try database.criteria(id: $0.criteriaID) } ?? database.criteria(year: year, group: group)
        let evidence = try database.evidence(personID: person.id, year: year, now: clock(), courseIndicators: library.indicatorsBySlug)
        return SelfAssessmentSheet(year: year, criteria: criteria.criteria, form: form, evidence: evidence,
                                   rules: try database.evidenceRules(year: year))
    }

    /// The scores typed: an empty field is "not scored yet"; anything else must be a whole
    /// number from 0 to the indicator's maximum. Each keeps what the evidence suggested.
    private static func scores(_ fields: FormFields, sheet: SelfAssessmentSheet, strings: SelfAssessmentStrings,
                               typed: inout FormState) -> [Int: SelfAssessment.Score] {
        var scores: [Int: SelfAssessment.Score] = [:]
        let suggestions = sheet.suggestions
        for indicator in sheet.criteria.indicators {
            let text = fields["score-\(indicator.number)"].trimmingSpaces
            let note = String(fields.text("note-\(indicator.number)").prefix(300))
            guard !text.isEmpty else { continue }
            guard text.utf8.count <= 3, let value = Int(text), (0...indicator.maxPoints).contains(value) else {
                typed.errors["score-\(indicator.number)"] = strings.errorScore(indicator.maxPoints)
                continue
            }
            scores[indicator.number] = SelfAssessment.Score(value: value, suggested: suggestions[indicator.number], note: note)
        }
        return scores
    }
}
