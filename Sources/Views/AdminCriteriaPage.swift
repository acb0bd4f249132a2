import Domain
import Routes

/// A year's criteria set as the administrator's pages describe it.
public struct CriteriaSetState: Sendable {
    public var criteria: CriteriaSet
    /// False while the year shows the proposed set (an earlier year's or the standard one).
    public var isSaved: Bool
    /// A self-assessment uses it: saving makes the next version.
    public var isFrozen: Bool

    public init(criteria: CriteriaSet, isSaved: Bool, isFrozen: Bool) {
        self.criteria = criteria
        self.isSaved = isSaved
        self.isFrozen = isFrozen
    }

    /// What the set's state says in a sentence: its version, and what saving will do.
    func summary(_ strings: CriteriaStrings) -> String {
        guard isSaved else { return strings.unsaved }
        return strings.version(criteria.version) + (isFrozen ? ". " + strings.frozen(criteria.version + 1) : "")
    }
}

/// `/quan-tri/tieu-chi`: the years that have criteria, this year's four groups, and the form
/// that starts a new year from the latest one.
public struct AdminCriteriaPage: Sendable {
    public var years: [Int]
    public var thisYear: Int
    public var current: [CriteriaSetState]
    /// The year a new one is copied from: the latest with criteria.
    public var latest: Int
    public var form: FormState
    public var notice: String?

    public init(years: [Int], thisYear: Int, current: [CriteriaSetState], latest: Int, form: FormState, notice: String? = nil) {
        self.years = years
        self.thisYear = thisYear
        self.current = current
        self.latest = latest
        self.form = form
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.criteria
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let rows = current.map { state -> HTML in
            let group = state.criteria.group
            return """
            <tr><th scope="row">\(group.number). \(context.strings.groupName(group))</th><td>\(state.summary(strings))</td>\
            <td><a href="\(Route.adminCriteriaYear(year: thisYear, group: group).link)">\(strings.edit)</a></td></tr>
            """
        }
        let years = self.years.map { year -> HTML in
            "<li><a href=\"\(Route.adminCriteriaYear(year: year, group: Route.firstGroup).link)\">\(strings.yearHeading(year))</a></li>"
        }
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.adminTitle, nil)], strings: context.strings))
        <h1>\(strings.adminTitle)</h1>
        \(noticeHTML)
        <p class="lead">\(strings.adminLead)</p>
        <p><a href="\(Route.citizenTitle.link)">\(strings.aboutTitle)</a></p>
        <h2>\(strings.yearHeading(thisYear))</h2>
        <div class="table-scroll" tabindex="0"><table class="facts-table"><thead><tr><th scope="col">\(strings.group)</th>\
        <th scope="col">\(strings.state)</th><th scope="col"></th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <h2>\(strings.yearsHeading)</h2>
        <ul class="admin-links">\(years)</ul>
        <h2 id="nam-moi">\(strings.cloneHeading)</h2>
        <form class="narrow" action="\(Route.adminCriteria.link)" method="post">\(Forms.csrf(context.csrfToken))
        <p>\(strings.cloneHint(latest))</p>
        \(Forms.field("year", label: strings.newYear, value: form["year"], error: form.errors["year"],
                      attributes: " inputmode=\"numeric\" maxlength=\"4\" required"))
        <button type="submit">\(strings.cloneButton)</button>
        </form>
        """
        return Layout.render(Document(title: strings.adminTitle, description: strings.adminLead, body: body), context: context)
    }
}
