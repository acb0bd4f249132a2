import Domain
import Routes

/// `/`: what the centre offers, the search box and the fields with their courses.
public struct HomePage: Sendable {
    /// The courses by field, each list in catalogue order.
    public var byField: [Field: [Course]]
    /// How many courses to feature.
    public static let featuredCount = 6

    public init(byField: [Field: [Course]]) { self.byField = byField }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let present = Field.allCases.filter { byField[$0] != nil }
        let fields = present.map { field -> HTML in
            "<li><a href=\"\(Route.catalogue(field: field, page: 1).link)\">\(strings.fieldName(field)) <span class=\"count\">\(byField[field]!.count)</span></a></li>"
        }
        // One course per field, so the home page shows the breadth of the library.
        let featured = present.compactMap { byField[$0]?.first }
        let total = byField.values.reduce(0) { $0 + $1.count }
        let cards = featured.prefix(HomePage.featuredCount).map { Components.courseCard($0, strings: strings) }
        let body: HTML = """
        <section class="hero">
        <h1>\(context.site.centreName)</h1>
        <p class="lead">\(strings.homeLead)</p>
        \(Components.searchForm(query: "", strings: strings))
        <p class="actions"><a class="button secondary" href="\(Route.schedule(villageID: nil, field: nil).link)">\(strings.classes.schedule)</a> \
        <a class="button secondary" href="\(Route.weekProgramme(year: nil).link)">\(strings.week.navTitle)</a></p>
        </section>
        <section>
        <h2>\(strings.homeFieldsHeading)</h2>
        <ul class="chips">\(fields)</ul>
        </section>
        <section>
        <h2>\(strings.homeCoursesHeading)</h2>
        <ul class="cards">\(cards)</ul>
        <p><a class="button" href="\(Route.catalogue(field: nil, page: 1).link)">\(strings.homeAllCourses) (\(total))</a></p>
        </section>
        """
        return Layout.render(Document(title: context.site.centreName, description: strings.homeLead, body: body), context: context)
    }
}
