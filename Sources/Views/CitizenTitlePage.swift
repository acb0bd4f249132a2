import Domain
import Routes

/// `/cong-dan-hoc-tap`: what the learning-citizen title asks, in plain words: the pass rule,
/// where the official self-assessment happens, this year's indicators as the first group's
/// form words them, and the published rules that suggest scores from attendance.
public struct CitizenTitlePage: Sendable {
    public var criteria: CriteriaSet
    public var rules: [EvidenceRule]

    public init(criteria: CriteriaSet, rules: [EvidenceRule]) {
        self.criteria = criteria
        self.rules = rules
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.criteria
        let competencies = Dictionary(grouping: criteria.indicators, by: \.competency).sorted { $0.key < $1.key }
        let groups = TargetGroup.all.map { "\($0.number). \(context.strings.groupName($0))" }
        let body: HTML = """
        <h1>\(strings.title)</h1>
        <p class="lead">\(strings.lead)</p>
        <h2>\(strings.howHeading)</h2>
        <p>\(strings.howItWorks(criteria.indicators.count, competencies.count, criteria.maxTotal, criteria.passRule))</p>
        <p>\(strings.officialSite)</p>
        <p>\(strings.groups(groups))</p>
        <p><a class="button" href="\(Route.selfAssessment(year: criteria.year).link)">\(strings.openForm(criteria.year))</a></p>
        <h2>\(strings.evidenceHeading)</h2>
        <p>\(strings.evidenceLead)</p>
        <h2>\(strings.criteriaHeading(criteria.year, context.strings.groupName(criteria.group)))</h2>
        \(competencies.map { number, indicators in competency(number, indicators, context: context) })
        """
        return Layout.render(Document(title: strings.title, description: strings.lead, body: body), context: context)
    }

    /// One competency and its indicators, each with its rule in plain words.
    private func competency(_ number: Int, _ indicators: [CriteriaSet.Indicator], context: PageContext) -> HTML {
        let items = indicators.map { indicator -> HTML in
            let rule = rules.first { $0.indicator == indicator.number }
            return """
            <li><strong>\(indicator.number). \(indicator.label)</strong> (\(context.strings.criteria.maxPoints(indicator.maxPoints))): \
            \(indicator.text)<br><span class="meta">\(rule.map(context.strings.selfAssessment.rule) ?? context.strings.selfAssessment.noSuggestion)</span></li>
            """
        }
        return "<h3>\(number). \(indicators[0].competencyName)</h3>\n<ul class=\"history\">\(items)</ul>"
    }
}
