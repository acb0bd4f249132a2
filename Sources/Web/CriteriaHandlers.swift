import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/cong-dan-hoc-tap`: the title explained, with this year's criteria (the first group's
    /// wording) and the published evidence rules.
    func citizenTitle(_ exchange: Exchange) throws -> Response {
        let year = LocalDate(unixSeconds: clock()).year
        let criteria = try database.criteria(year: year, group: Route.firstGroup).criteria
        return page(CitizenTitlePage(criteria: criteria, rules: try database.evidenceRules(year: year)).render(exchange.context))
    }

    /// `/quan-tri/tieu-chi`: the years and this year's sets; POST copies the latest year into a new one.
    func adminCriteria(_ exchange: Exchange) throws -> Response {
        let strings = exchange.context.strings.criteria
        let thisYear = LocalDate(unixSeconds: clock()).year
        // This year is listed (and copied from) even before anything is saved: it offers the proposed sets.
        func years() throws -> [Int] { Set(try database.criteriaYears() + [thisYear]).sorted(by: >) }
        var form: FormState?
        var (notice, status): (String?, Int) = (nil, 200)
        if exchange.request.method == "POST" {
            let fields = FormFields(exchange.form)
            var typed = FormState(values: fields.values(except: ["csrf"]))
            let latest = try years()[0]
            if let year = Int(fields["year"].trimmingSpaces), Self.criteriaYears(around: thisYear).contains(year) {
                do {
                    try database.cloneCriteria(from: latest, to: year, by: try actor(exchange))
                    pageCache.removeAll()
                    notice = strings.cloned(latest, year)
                } catch CriteriaError.yearTaken {
                    typed.errors["year"] = strings.errorYearTaken
                    (form, status) = (typed, 422)
                }
            } else {
                typed.errors["year"] = strings.errorYear
                (form, status) = (typed, 422)
            }
        }
        let listed = try years()
        let view = AdminCriteriaPage(years: listed, thisYear: thisYear, current: try database.criteriaSets(year: thisYear).map(Self.state(of:)),
                                     latest: listed[0], form: form ?? FormState(values: ["year": String(listed[0] + 1)]), notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    /// `/quan-tri/tieu-chi/{year}?nhom=N`: POST saves the group's criteria (in place, or as the
    /// next version once a form uses them) or the year's evidence rules. A refused save keeps
    /// what was typed, says why beside each field, and stores nothing.
    func adminCriteriaYear(_ exchange: Exchange, year: Int, group: TargetGroup) throws -> Response {
        guard Self.criteriaYears(around: LocalDate(unixSeconds: clock()).year).contains(year) else { throw PageFailure(status: 404) }
        let strings = exchange.context.strings.criteria
        var stored = try database.criteria(year: year, group: group)
        var (criteriaForm, rulesForm): (FormState?, FormState?) = (nil, nil)
        var (notice, status): (String?, Int) = (nil, 200)
        if exchange.request.method == "POST" {
            let fields = FormFields(exchange.form)
            var typed = FormState(values: fields.values(except: ["csrf", "action"]))
            switch fields["action"] {
            case "save-criteria":
                if let criteria = CriteriaInput.criteria(fields, base: stored.criteria, strings: strings, state: &typed) {
                    let saved = try database.saveCriteria(criteria, by: try actor(exchange))
                    stored = try database.criteria(year: year, group: group)
                    notice = strings.saved(saved.criteria.version)
                } else {
                    (criteriaForm, status) = (typed, 422)
                }
            case "save-rules":
                if let rules = CriteriaInput.rules(fields, indicators: stored.criteria.indicators.map(\.number), strings: strings,
                                                   state: &typed) {
                    try database.saveEvidenceRules(rules, year: year, by: try actor(exchange))
                    notice = strings.rulesSaved
                } else {
                    (rulesForm, status) = (typed, 422)
                }
            default:
                throw PageFailure(status: 400)
            }
            // The public page about the title shows both, and is cached for visitors.
            if status == 200 { pageCache.removeAll() }
        }
        let view = AdminCriteriaYearPage(state: Self.state(of: stored), rules: try database.evidenceRules(year: year),
                                         criteriaForm: criteriaForm, rulesForm: rulesForm, notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    /// The years an administrator may prepare or look back on: a decade back, five ahead.
    static func criteriaYears(around thisYear: Int) -> ClosedRange<Int> { (thisYear - 10)...(thisYear + 5) }

    private static func state(of stored: StoredCriteria) -> CriteriaSetState {
        CriteriaSetState(criteria: stored.criteria, isSaved: stored.id != nil, isFrozen: stored.isFrozen)
    }
}
