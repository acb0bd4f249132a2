import Domain
import Routes

/// `/tim-kiem?q=`: courses and lessons that match, best first, with the words highlighted.
public struct SearchPage: Sendable {
    /// One result: a course, or a lesson of it, with highlighted title and excerpt.
    public struct Result: Sendable {
        public var course: Course
        public var lesson: Lesson?
        public var title: [TextSegment]
        public var excerpt: [TextSegment]

        public init(course: Course, lesson: Lesson?, title: [TextSegment], excerpt: [TextSegment]) {
            self.course = course
            self.lesson = lesson
            self.title = title
            self.excerpt = excerpt
        }
    }

    public var query: String
    /// The results of the page shown.
    public var results: [Result]
    /// How many results there are over all pages.
    public var total: Int
    public var page: Int
    public static let perPage = 10

    public init(query: String, results: [Result], total: Int, page: Int) {
        self.query = query
        self.results = results
        self.total = total
        self.page = page
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let trimmed = query.trimmingSpaces
        let pages = max(1, (total + Self.perPage - 1) / Self.perPage)
        let items = results.map { result -> HTML in
            let route: Route = result.lesson.map { .lesson(slug: result.course.slug, number: $0.number) } ?? .course(slug: result.course.slug)
            let context: HTML = result.lesson.map { "\(result.course.title) · \(strings.searchInLesson($0.number))" }
                ?? "\(strings.fieldName(result.course.field))"
            return """
            <li class="card">
            <h3><a href="\(route.link)">\(Components.highlighted(result.title))</a></h3>
            <p class="meta">\(context)</p>
            <p>\(Components.highlighted(result.excerpt))</p>
            </li>
            """
        }
        let summary: HTML
        if trimmed.isEmpty {
            summary = "<p>\(strings.searchEmptyQuery)</p>"
        } else if total == 0 {
            summary = "<p>\(strings.searchNoResults)</p>"
        } else {
            summary = "<p class=\"meta\">\(strings.searchResultCount(total))</p>"
        }
        let title = trimmed.isEmpty ? strings.navSearch : strings.searchTitle(trimmed)
        let body: HTML = """
        <h1>\(title)</h1>
        \(Components.searchForm(query: query, strings: strings, autofocus: trimmed.isEmpty))
        \(summary)
        <ol class="cards results">\(items)</ol>
        \(Components.pagination(page: min(page, pages), pages: pages, strings: strings) { .search(query: query, page: $0) })
        """
        return Layout.render(Document(title: title, description: strings.searchLabel, body: body), context: context)
    }
}
