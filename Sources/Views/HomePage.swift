import Domain
import Routes

/// `/`: what the centre offers, the search box and the fields with their courses.
public struct HomePage: Sendable {
    public var courses: [Course]
    /// How many courses to feature.
    public static let featuredCount = 6

    public init(courses: [Course]) { self.courses = courses }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let counts = Dictionary(grouping: courses, by: \.field).mapValues(\.count)
        let fields = Field.allCases.filter { counts[$0] != nil }.map { field -> HTML in
            "<li><a href=\"\(Route.catalogue(field: field, page: 1).link)\">\(strings.fieldName(field)) <span class=\"count\">\(counts[field]!)</span></a></li>"
        }
        // One course per field first, so the home page shows the breadth of the library.
        var featured: [Course] = []
        for field in Field.allCases {
            if let first = courses.first(where: { $0.field == field }) { featured.append(first) }
        }
        let cards = featured.prefix(HomePage.featuredCount).map { Components.courseCard($0, strings: strings) }
        let body: HTML = """
        <section class="hero">
        <h1>\(context.site.centreName)</h1>
        <p class="lead">\(strings.homeLead)</p>
        \(Components.searchForm(query: "", strings: strings))
        </section>
        <section>
        <h2>\(strings.homeFieldsHeading)</h2>
        <ul class="chips">\(fields)</ul>
        </section>
        <section>
        <h2>\(strings.homeCoursesHeading)</h2>
        <ul class="cards">\(cards)</ul>
        <p><a class="button" href="\(Route.catalogue(field: nil, page: 1).link)">\(strings.homeAllCourses) (\(courses.count))</a></p>
        </section>
        """
        return Layout.render(Document(title: context.site.centreName, description: strings.homeLead, body: body), context: context)
    }
}
