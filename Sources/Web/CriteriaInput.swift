import Domain
import Views

/// The administrator's criteria and evidence-rule forms, checked: nil with the reasons in
/// `state`, next to their fields, when nothing may be saved.
enum CriteriaInput {
    /// `base` with what was typed: each competency's name (the same for all its indicators),
    /// each indicator's short label, wording and maximum, and the pass rule. Indicator numbers
    /// and competencies stay as they are. Checked against `CriteriaSet.problems`.
    static func criteria(_ fields: FormFields, base: CriteriaSet, strings: CriteriaStrings, state: inout FormState) -> CriteriaSet? {
        func number(_ name: String) -> Int? {
            let text = fields[name].trimmingSpaces
            guard text.utf8.count <= 3, let value = Int(text) else {
                state.errors[name] = strings.errorNumber
                return nil
            }
            return value
        }
        var criteria = base
        for index in criteria.indicators.indices {
            let indicator = criteria.indicators[index]
            criteria.indicators[index].competencyName = String(fields.text("competency-\(indicator.competency)").prefix(150))
            criteria.indicators[index].label = String(fields.text("label-\(indicator.number)").prefix(100))
            criteria.indicators[index].text = String(fields.text("text-\(indicator.number)").prefix(500))
            criteria.indicators[index].maxPoints = number("max-\(indicator.number)") ?? indicator.maxPoints
        }
        criteria.passRule = PassRule(total: number("pass-total") ?? base.passRule.total,
                                     minimumPerIndicator: number("pass-minimum") ?? base.passRule.minimumPerIndicator)
        guard state.errors.isEmpty else { return nil }
        for problem in criteria.problems {
            switch problem {
            case .indicatorNumbers:
                state.message = strings.errorIndicatorNumbers
            case .emptyText(let number):
                guard let indicator = criteria.indicators.first(where: { $0.number == number }) else { continue }
                let texts = [("competency-\(indicator.competency)", indicator.competencyName), ("label-\(number)", indicator.label),
                             ("text-\(number)", indicator.text)]
                for (name, text) in texts where text.isEmpty { state.errors[name] = strings.errorEmpty }
            case .maxPoints(let number):
                state.errors["max-\(number)"] = strings.errorMaxPoints
            case .passTotal:
                state.errors["pass-total"] = strings.errorPassTotal(criteria.maxTotal)
            case .passMinimum:
                state.errors["pass-minimum"] = strings.errorPassMinimum
            }
        }
        return state.errors.isEmpty && state.message == nil ? criteria : nil
    }

    /// One rule per indicator given a measure; an indicator left without one gets no suggestion.
    /// At least one is kept: storage reads a year without rules as one never edited (the standard rules).
    static func rules(_ fields: FormFields, indicators: [Int], strings: CriteriaStrings, state: inout FormState) -> [EvidenceRule]? {
        var rules: [EvidenceRule] = []
        for number in indicators {
            let code = fields["measure-\(number)"]
            guard !code.isEmpty else { continue }
            guard let measure = EvidenceRule.Measure(rawValue: code) else {
                state.errors["measure-\(number)"] = strings.errorMeasure
                continue
            }
            guard let steps = EvidenceRule.steps(parsing: fields["steps-\(number)"]) else {
                state.errors["steps-\(number)"] = strings.errorSteps
                continue
            }
            rules.append(EvidenceRule(indicator: number, measure: measure, steps: steps))
        }
        if state.errors.isEmpty, rules.isEmpty { state.message = strings.errorNoRules }
        return state.errors.isEmpty && state.message == nil ? rules : nil
    }
}
