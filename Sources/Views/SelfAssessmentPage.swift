import Domain
import Routes

/// A self-assessment as the page shows it: the criteria, the saved form, the year's evidence
/// and what the published rules suggest from it.
public struct SelfAssessmentSheet: Sendable {
    public var year: Int
    public var criteria: CriteriaSet
    public var form: SelfAssessment?
    public var evidence: Evidence
    public var rules: [EvidenceRule]

    public init(year: Int, criteria: CriteriaSet, form: SelfAssessment?, evidence: Evidence, rules: [EvidenceRule]) {
        self.year = year
        self.criteria = criteria
        self.form = form
        self.evidence = evidence
        self.rules = rules
    }

    public var suggestions: [Int: Int] { evidence.suggestions(rules: rules, indicators: criteria.indicators) }

    /// The result of the saved scores (nothing saved: every indicator missing).
    public var evaluation: PassRule.Evaluation { criteria.passRule.evaluate(form?.values ?? [:], indicators: criteria.indicators) }

    /// What the score field shows: what was typed, else the saved score, else the suggestion.
    func shownScore(_ number: Int, typed: FormState) -> String {
        typed.values["score-\(number)"] ?? form?.scores[number].map { String($0.value) } ?? suggestions[number].map(String.init) ?? ""
    }

    /// The sessions and events that count for an indicator under its rule (all of them for a
    /// rule that counts everything; none for an indicator without a rule).
    func evidence(for number: Int) -> [Evidence.Attendance] {
        rules.first { $0.indicator == number }?.attendances(in: evidence) ?? []
    }
}

/// `/ca-nhan/tu-danh-gia/{year}` and staff's assisted entry: the form with each indicator's
/// suggestion and evidence, editable while a draft or returned, read-only once submitted.
public struct SelfAssessmentPage: Sendable {
    public var sheet: SelfAssessmentSheet
    public var action: Route
    /// The resident's name when staff enter the form for them.
    public var assistedName: String?
    public var typed: FormState
    public var notice: String?

    public init(sheet: SelfAssessmentSheet, action: Route, assistedName: String? = nil, typed: FormState = FormState(), notice: String? = nil) {
        self.sheet = sheet
        self.action = action
        self.assistedName = assistedName
        self.typed = typed
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        let title = assistedName.map(strings.assistedFor) ?? strings.title(sheet.year)
        let editable = sheet.form?.status.isEditable ?? true
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.profile, assistedName == nil ? .profile : .adminDashboard), (title, nil)],
                                 strings: context.strings))
        <h1>\(title)</h1>
        \(noticeHTML)
        <p class="lead">\(strings.lead) <a href="\(Route.citizenTitle.link)">\(context.strings.criteria.aboutTitle)</a></p>
        <p>\(strings.groupLine(context.strings.groupName(sheet.criteria.group), sheet.criteria.version))</p>
        \(SelfAssessmentParts.status(sheet, context: context))
        \(SelfAssessmentParts.evaluation(sheet, context: context))
        \(editable ? form(context) : SelfAssessmentParts.readOnly(sheet, context: context))
        <p class="meta">\(strings.officialSite)</p>
        """
        return Layout.render(Document(title: title, description: strings.lead, body: body), context: context)
    }

    private func form(_ context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        let competencies = Dictionary(grouping: sheet.criteria.indicators, by: \.competency).sorted { $0.key < $1.key }
        let fieldsets = competencies.map { number, indicators -> HTML in
            let items = indicators.map { indicator(($0), context: context) }
            return "<fieldset class=\"competency\"><legend>\(number). \(indicators[0].competencyName)</legend>\n\(HTML.join(items, separator: "\n"))</fieldset>"
        }
        let consent: HTML = assistedName == nil ? "" : """
            <div class="field"><label class="choice"><input type="checkbox" name="consent" value="1" required> \(strings.assistedConsent)</label>\
            \(typed.errors["consent"].map { HTML("<p class=\"field-error\">\($0)</p>") } ?? "")</div>
            """
        return """
        <form class="narrow" action="\(action.link)" method="post">\(Forms.csrf(context.csrfToken))
        \(Forms.summary(typed.message))
        \(HTML.join(fieldsets, separator: "\n"))
        \(consent)
        <p><button type="submit" name="step" value="draft">\(strings.saveDraft)</button> \
        <button type="submit" name="step" value="submit" class="secondary">\(strings.submit)</button></p>
        </form>
        """
    }

    private func indicator(_ indicator: CriteriaSet.Indicator, context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        let number = indicator.number
        let hint = sheet.suggestions[number].map(strings.suggested) ?? strings.noSuggestion
        return """
        <div class="indicator" id="chi-so-\(number)">
        <h3>\(number). \(indicator.label)</h3>
        <p>\(indicator.text)</p>
        \(SelfAssessmentParts.ruleAndEvidence(sheet, number: number, context: context))
        \(Forms.field("score-\(number)", label: strings.scoreLabel(indicator.maxPoints), value: sheet.shownScore(number, typed: typed),
                      error: typed.errors["score-\(number)"], hint: hint, attributes: " inputmode=\"numeric\" maxlength=\"3\""))
        \(Forms.field("note-\(number)", label: strings.note, value: typed.values["note-\(number)"] ?? sheet.form?.scores[number]?.note ?? "",
                      attributes: " maxlength=\"300\""))
        </div>
        """
    }
}

/// The pieces the resident's form and the reviewer's page share.
enum SelfAssessmentParts {
    static func status(_ sheet: SelfAssessmentSheet, context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        guard let form = sheet.form else { return "<p class=\"tag\">\(strings.notStarted)</p>" }
        let comment: HTML = form.status == .returned && !(form.review?.comment ?? "").isEmpty
            ? "<p class=\"form-error\">\(strings.returnedBecause) \(form.review?.comment ?? "")</p>" : ""
        let assisted: HTML = form.enteredBy == nil ? "" : "<p class=\"meta\">\(strings.enteredByStaff)</p>"
        let recognised: HTML = form.outcome.recognised
            ? "<p class=\"notice\">\(strings.recognised): \(form.outcome.decisionNumber) \(form.outcome.decisionOn?.description ?? "")</p>" : ""
        return "<p><span class=\"tag\">\(strings.statusName(form.status))</span></p>\(comment)\(assisted)\(recognised)"
    }

    static func evaluation(_ sheet: SelfAssessmentSheet, context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        guard sheet.form != nil else { return "" }
        let result = sheet.evaluation
        var lines: [HTML] = ["<strong>\(strings.total(result.total, sheet.criteria.maxTotal))</strong>",
                             "\(result.passed ? strings.passes : strings.doesNotPass(sheet.criteria.passRule))"]
        let scoredBelow = result.belowMinimum.filter { !result.missing.contains($0) }
        if !scoredBelow.isEmpty { lines.append("\(strings.belowMinimum(scoredBelow))") }
        if !result.missing.isEmpty { lines.append("\(strings.missing(result.missing))") }
        return "<div class=\"card result\" role=\"status\"><p>\(HTML.join(lines, separator: "<br>"))</p></div>"
    }

    static func ruleAndEvidence(_ sheet: SelfAssessmentSheet, number: Int, context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        guard let rule = sheet.rules.first(where: { $0.indicator == number }) else { return "" }
        let items = sheet.evidence(for: number).map { item -> HTML in
            let link: Route = item.isEvent ? .event(id: item.classID) : .courseClass(id: item.classID)
            return "<li><a href=\"\(link.link)\">\(item.title)</a> · \(DateText.day(unixSeconds: item.startsAt))</li>"
        }
        let list: HTML = items.isEmpty ? "<p>\(strings.noEvidence)</p>" : "<ul>\(HTML.join(items, separator: ""))</ul>"
        return """
        <p class="meta">\(strings.rule(rule))</p>
        <details><summary>\(strings.evidence) (\(items.count))</summary>\(list)</details>
        """
    }

    static func readOnly(_ sheet: SelfAssessmentSheet, context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        let rows = sheet.criteria.indicators.map { indicator -> HTML in
            let score = sheet.form?.scores[indicator.number]
            let note: HTML = (score?.note ?? "").isEmpty ? "" : "<br><span class=\"meta\">\(score?.note ?? "")</span>"
            return """
            <tr><th scope="row">\(indicator.number). \(indicator.label)\(note)</th>\
            <td class="number">\(score.map { String($0.value) } ?? "–")/\(indicator.maxPoints)</td>\
            <td class="number">\(sheet.suggestions[indicator.number].map(String.init) ?? "–")</td></tr>
            """
        }
        return """
        <p>\(strings.locked)</p>
        <table class="facts-table"><thead><tr><th scope="col">\(strings.indicatorColumn)</th>\
        <th scope="col">\(strings.scoreColumn)</th><th scope="col">\(strings.suggestedColumn)</th></tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody></table>
        """
    }
}
