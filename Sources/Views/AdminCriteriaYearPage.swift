import Domain
import Routes

/// `/quan-tri/tieu-chi/{year}?nhom=N`: one group's criteria of a year, every competency name,
/// indicator wording, short label, maximum and the pass rule, then the year's evidence rules,
/// each also shown in the plain words residents read.
public struct AdminCriteriaYearPage: Sendable {
    public var state: CriteriaSetState
    /// The rules in force (saved, or the standard ones).
    public var rules: [EvidenceRule]
    /// The criteria form: what was typed after a refused save, else the set's own values.
    public var criteriaForm: FormState
    /// The rules form: what was typed after a refused save, else the rules' own values.
    public var rulesForm: FormState
    public var notice: String?

    public init(state: CriteriaSetState, rules: [EvidenceRule], criteriaForm: FormState? = nil, rulesForm: FormState? = nil,
                notice: String? = nil) {
        self.state = state
        self.rules = rules
        self.criteriaForm = criteriaForm ?? FormState(values: Self.values(of: state.criteria))
        self.rulesForm = rulesForm ?? FormState(values: Self.values(of: rules))
        self.notice = notice
    }

    var year: Int { state.criteria.year }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.criteria
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let groups = TargetGroup.all.map { group -> HTML in
            let current: HTML = group == state.criteria.group ? " aria-current=\"page\"" : ""
            let name = strings.groupHeading(group.number, context.strings.groupName(group))
            return "<li><a href=\"\(Route.adminCriteriaYear(year: year, group: group).link)\"\(current)>\(name)</a></li>"
        }
        let title = strings.yearTitle(year)
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.adminTitle, .adminCriteria), (title, nil)],
                                 strings: context.strings))
        <h1>\(title)</h1>
        \(noticeHTML)
        <ul class="admin-links">\(groups)</ul>
        <h2 id="tieu-chi">\(strings.groupHeading(state.criteria.group.number, context.strings.groupName(state.criteria.group)))</h2>
        <p class="notice">\(state.summary(strings))</p>
        \(criteriaFields(context))
        <h2 id="quy-tac">\(strings.rulesHeading(year))</h2>
        <p>\(strings.rulesLead)</p>
        \(ruleFields(context))
        """
        return Layout.render(Document(title: title, description: strings.adminLead, body: body), context: context)
    }

    private var action: Route { .adminCriteriaYear(year: year, group: state.criteria.group) }

    private func number(_ name: String, _ label: String) -> HTML {
        Forms.field(name, label: label, value: criteriaForm[name], error: criteriaForm.errors[name],
                    attributes: " inputmode=\"numeric\" maxlength=\"3\" required")
    }

    private func criteriaFields(_ context: PageContext) -> HTML {
        let strings = context.strings.criteria
        let competencies = Dictionary(grouping: state.criteria.indicators, by: \.competency).sorted { $0.key < $1.key }
        let fieldsets = competencies.map { competency, indicators -> HTML in
            let items = indicators.map { indicator -> HTML in
                let number = indicator.number
                let textError: HTML = criteriaForm.errors["text-\(number)"].map { "<p class=\"field-error\" id=\"text-\(number)-loi\">\($0)</p>" } ?? ""
                return """
                <div class="indicator"><h3>\(strings.indicator(number))</h3>
                \(Forms.field("label-\(number)", label: strings.label, value: criteriaForm["label-\(number)"],
                              error: criteriaForm.errors["label-\(number)"], attributes: " maxlength=\"100\" required"))
                <div class="field"><label for="text-\(number)">\(strings.text)</label>\(textError)\
                <textarea id="text-\(number)" name="text-\(number)" rows="3" maxlength="500" required>\(criteriaForm["text-\(number)"])</textarea></div>
                \(self.number("max-\(number)", strings.maxPointsField))
                </div>
                """
            }
            let name = "competency-\(competency)"
            return """
            <fieldset class="competency"><legend>\(strings.competency(competency))</legend>
            \(Forms.field(name, label: strings.competencyName, value: criteriaForm[name], error: criteriaForm.errors[name],
                          attributes: " maxlength=\"150\" required"))
            \(HTML.join(items, separator: "\n"))
            </fieldset>
            """
        }
        let submit = state.isFrozen ? strings.saveAsVersion(state.criteria.version + 1) : strings.save
        return """
        <form class="narrow" action="\(action.link)#tieu-chi" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="save-criteria">
        \(Forms.summary(criteriaForm.message ?? (criteriaForm.errors.isEmpty ? nil : context.strings.account.fixErrors)))
        \(HTML.join(fieldsets, separator: "\n"))
        <fieldset class="optional"><legend>\(strings.passHeading)</legend>
        \(number("pass-total", strings.passTotal))
        \(number("pass-minimum", strings.passMinimum))
        </fieldset>
        <button type="submit">\(submit)</button>
        </form>
        """
    }

    private func ruleFields(_ context: PageContext) -> HTML {
        let strings = context.strings.criteria
        let measures: [EvidenceRule.Measure?] = [nil] + EvidenceRule.Measure.allCases
        let rows = state.criteria.indicators.map { indicator -> HTML in
            let number = indicator.number
            let measure = "measure-\(number)", steps = "steps-\(number)"
            let options = measures.map { option -> HTML in
                let value = option?.rawValue ?? ""
                return "<option value=\"\(value)\"\(rulesForm[measure] == value ? " selected" : "" as HTML)>\(strings.measureName(option))</option>"
            }
            let measureError: HTML = rulesForm.errors[measure].map { "<p class=\"field-error\">\($0)</p>" } ?? ""
            let rule = rules.first { $0.indicator == number }
            return """
            <fieldset class="optional"><legend>\(number). \(indicator.label)</legend>
            <p class="meta">\(rule.map(context.strings.selfAssessment.rule) ?? context.strings.selfAssessment.noSuggestion)</p>
            <div class="field"><label for="\(measure)">\(strings.measure)</label>\(measureError)\
            <select id="\(measure)" name="\(measure)">\(options)</select></div>
            \(Forms.field(steps, label: strings.steps, value: rulesForm[steps], error: rulesForm.errors[steps], hint: strings.stepsHint,
                          attributes: " maxlength=\"100\""))
            </fieldset>
            """
        }
        return """
        <form class="narrow" action="\(action.link)#quy-tac" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="save-rules">
        \(Forms.summary(rulesForm.message ?? (rulesForm.errors.isEmpty ? nil : context.strings.account.fixErrors)))
        \(HTML.join(rows, separator: "\n"))
        <button type="submit">\(strings.saveRules)</button>
        </form>
        """
    }

    /// The criteria form's values for a set.
    static func values(of criteria: CriteriaSet) -> [String: String] {
        var values = ["pass-total": String(criteria.passRule.total), "pass-minimum": String(criteria.passRule.minimumPerIndicator)]
        for indicator in criteria.indicators {
            values["competency-\(indicator.competency)"] = indicator.competencyName
            values["label-\(indicator.number)"] = indicator.label
            values["text-\(indicator.number)"] = indicator.text
            values["max-\(indicator.number)"] = String(indicator.maxPoints)
        }
        return values
    }

    /// The rules form's values: a measure and its steps per indicator that has a rule.
    static func values(of rules: [EvidenceRule]) -> [String: String] {
        var values: [String: String] = [:]
        for rule in rules {
            values["measure-\(rule.indicator)"] = rule.measure.rawValue
            values["steps-\(rule.indicator)"] = rule.stepsText
        }
        return values
    }
}
