import Domain
import Routes

/// `/quan-tri/tu-danh-gia`: the forms waiting for the study-promotion association, and those
/// it reviewed lately.
public struct ReviewsPage: Sendable {
    public var waiting: [(form: SelfAssessment, name: String)]
    public var reviewed: [(form: SelfAssessment, name: String)]

    public init(waiting: [(form: SelfAssessment, name: String)], reviewed: [(form: SelfAssessment, name: String)]) {
        self.waiting = waiting
        self.reviewed = reviewed
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        func list(_ entries: [(form: SelfAssessment, name: String)]) -> HTML {
            guard !entries.isEmpty else { return "<p>\(strings.noneWaiting)</p>" }
            let items = entries.map { entry -> HTML in
                let when = entry.form.submittedAt.map { " · \(strings.submittedOn) \(DateText.day(unixSeconds: $0))" } ?? ""
                return """
                <li><a href="\(Route.adminReview(id: entry.form.id).link)">\(entry.name)</a> · \(entry.form.year) · \
                <span class="tag">\(strings.statusName(entry.form.status))</span>\(when)</li>
                """
            }
            return "<ul class=\"schedule\">\(HTML.join(items, separator: "\n"))</ul>"
        }
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.reviews, nil)], strings: context.strings))
        <h1>\(strings.reviews)</h1>
        <p class="lead">\(strings.reviewsLead)</p>
        <h2>\(strings.waiting)</h2>
        \(list(waiting))
        <h2>\(strings.recentlyReviewed)</h2>
        \(list(reviewed))
        """
        return Layout.render(Document(title: strings.reviews, description: strings.reviewsLead, body: body), context: context)
    }
}

/// `/quan-tri/tu-danh-gia/{id}`: one form read-only with its evidence; confirm or return it
/// while submitted; once confirmed, record the official outcome.
public struct ReviewPage: Sendable {
    public var sheet: SelfAssessmentSheet
    public var residentName: String
    public var residentID: Int64
    public var typed: FormState
    public var notice: String?

    public init(sheet: SelfAssessmentSheet, residentName: String, residentID: Int64, typed: FormState = FormState(), notice: String? = nil) {
        self.sheet = sheet
        self.residentName = residentName
        self.residentID = residentID
        self.typed = typed
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        guard let form = sheet.form else { return "" }
        let title = "\(residentName) · \(strings.title(sheet.year))"
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.reviews, .adminReviews), (residentName, nil)],
                                 strings: context.strings))
        <h1>\(title)</h1>
        \(noticeHTML)
        <p><a href="\(Route.adminResident(id: residentID).link)">\(strings.resident): \(residentName)</a></p>
        \(SelfAssessmentParts.status(sheet, context: context))
        \(SelfAssessmentParts.evaluation(sheet, context: context))
        \(SelfAssessmentParts.readOnly(sheet, context: context))
        \(evidence(context))
        \(form.status == .submitted ? review(context) : "")
        \(form.status == .confirmed ? outcome(form.outcome, context: context) : "")
        """
        return Layout.render(Document(title: title, description: strings.reviewsLead, body: body), context: context)
    }

    private func evidence(_ context: PageContext) -> HTML {
        let items = sheet.criteria.indicators.compactMap { indicator -> HTML? in
            let parts = SelfAssessmentParts.ruleAndEvidence(sheet, number: indicator.number, context: context)
            return parts.text.isEmpty ? nil : "<h3>\(indicator.number). \(indicator.label)</h3>\(parts)"
        }
        return "<h2>\(context.strings.selfAssessment.evidence)</h2>\n\(HTML.join(items, separator: "\n"))"
    }

    private func review(_ context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        let action = Route.adminReview(id: sheet.form?.id ?? 0).link
        let error: HTML = typed.errors["comment"].map { "<p class=\"field-error\" id=\"comment-loi\">\($0)</p>" } ?? ""
        return """
        <form class="narrow" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="confirm">
        <button type="submit">\(strings.confirm)</button>
        </form>
        <form class="narrow" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="return">
        <div class="field"><label for="comment">\(strings.comment)</label>\(error)\
        <textarea id="comment" name="comment" rows="4" maxlength="1000">\(typed["comment"])</textarea></div>
        <button type="submit" class="secondary">\(strings.returnForm)</button>
        </form>
        """
    }

    private func outcome(_ outcome: SelfAssessment.Outcome, context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        func value(_ name: String, _ stored: String) -> String { typed.values[name] ?? stored }
        let recognised: HTML = value("recognised", outcome.recognised ? "1" : "") == "1" ? " checked" : ""
        return """
        <h2>\(strings.outcome)</h2>
        <form class="narrow" action="\(Route.adminReview(id: sheet.form?.id ?? 0).link)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="outcome">
        \(Forms.summary(typed.message))
        \(Forms.field("national", label: strings.nationalSubmission, value: value("national", outcome.nationalSubmissionOn?.description ?? ""),
                      error: typed.errors["national"], attributes: " inputmode=\"numeric\""))
        <div class="field"><label class="choice"><input type="checkbox" name="recognised" value="1"\(recognised)> \(strings.recognised)</label></div>
        \(Forms.field("decision", label: strings.decisionNumber, value: value("decision", outcome.decisionNumber), attributes: " maxlength=\"60\""))
        \(Forms.field("decision-date", label: strings.decisionDate, value: value("decision-date", outcome.decisionOn?.description ?? ""),
                      error: typed.errors["decision-date"], attributes: " inputmode=\"numeric\""))
        \(Forms.field("signer", label: strings.decisionSigner, value: value("signer", outcome.decisionSigner), attributes: " maxlength=\"120\""))
        <button type="submit">\(strings.saveOutcome)</button>
        </form>
        """
    }
}
