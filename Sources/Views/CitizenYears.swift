import Domain
import Routes

/// A resident's learning-citizen self-assessments year by year, on their own page and on
/// the staff page about them: the status, the points entered and a link to open the form
/// (staff open it for assisted entry, or for review once submitted).
public struct CitizenYears: Sendable {
    public var personID: Int64
    public var assessments: [SelfAssessment]
    /// This year: listed even before a form exists, so the form is one tap away.
    public var thisYear: Int
    public var forStaff: Bool

    public init(personID: Int64, assessments: [SelfAssessment], thisYear: Int, forStaff: Bool) {
        self.personID = personID
        self.assessments = assessments
        self.thisYear = thisYear
        self.forStaff = forStaff
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.selfAssessment
        let years = Set(assessments.map(\.year)).union([thisYear]).sorted(by: >)
        let items = years.map { year -> HTML in
            let form = assessments.first { $0.year == year }
            let status = form.map { strings.statusName($0.status) } ?? strings.notStarted
            let points = form.map { " · \($0.values.values.reduce(0, +)) \(strings.scoreColumn.lowercased())" } ?? ""
            let recognised: HTML = form?.outcome.recognised == true ? " <span class=\"tag\">\(strings.recognised)</span>" : ""
            let link: Route = switch (forStaff, form) {
            case (true, let form?) where !form.status.isEditable: .adminReview(id: form.id)
            case (true, _): .adminSelfAssessment(personID: personID, year: year)
            case (false, _): .selfAssessment(year: year)
            }
            return "<li>\(year): \(status)\(points)\(recognised) · <a href=\"\(link.link)\">\(strings.open)</a></li>"
        }
        return "<h2>\(strings.yearsTitle)</h2>\n<ul class=\"schedule\">\(HTML.join(items, separator: "\n"))</ul>"
    }
}
