import Domain
import Routes

/// Small pieces shared by several pages.
enum Components {
    /// The search box; works as a plain GET form.
    static func searchForm(query: String, strings: Strings, autofocus: Bool = false) -> HTML {
        """
        <form class="search" action="\(Route.search(query: "", page: 1).path)" method="get" role="search">
        <label for="q">\(strings.searchLabel)</label>
        <div class="search-row">
        <input id="q" name="q" type="search" value="\(query)" placeholder="\(strings.searchPlaceholder)" maxlength="200" autocomplete="off"\(autofocus ? " autofocus" : "")>
        <button type="submit">\(strings.searchButton)</button>
        </div>
        <p class="hint">\(strings.searchHint)</p>
        </form>
        """
    }

    /// A course in a list: title, field, summary, size.
    static func courseCard(_ course: Course, strings: Strings) -> HTML {
        """
        <li class="card">
        <h3><a href="\(Route.course(slug: course.slug).link)">\(course.title)</a></h3>
        <p class="meta"><span class="tag">\(strings.fieldName(course.field))</span> \(strings.courseLessonCount(course.lessons.count)) · \(strings.courseDuration(hours(course.hours, strings.language)))</p>
        <p>\(course.summary)</p>
        </li>
        """
    }

    /// "Trang trước · Trang 2/5 · Trang sau" links; nothing when there is one page.
    static func pagination(page: Int, pages: Int, strings: Strings, link: (Int) -> Route) -> HTML {
        guard pages > 1 else { return "" }
        let previous: HTML = page > 1 ? "<a rel=\"prev\" href=\"\(link(page - 1).link)\">\(strings.pagePrevious)</a>" : ""
        let next: HTML = page < pages ? "<a rel=\"next\" href=\"\(link(page + 1).link)\">\(strings.pageNext)</a>" : ""
        return """
        <nav class="pagination" aria-label="\(strings.pagination)">\(previous)<span>\(strings.pagePosition(page, pages))</span>\(next)</nav>
        """
    }

    /// A trail of links from the home page to the current page.
    static func breadcrumb(_ items: [(title: String, route: Route?)], strings: Strings) -> HTML {
        let parts = items.map { item -> HTML in
            if let route = item.route { return "<li><a href=\"\(route.link)\">\(item.title)</a></li>" }
            return "<li aria-current=\"page\">\(item.title)</li>"
        }
        return "<nav class=\"breadcrumb\" aria-label=\"\(strings.breadcrumb)\"><ol>\(parts)</ol></nav>"
    }

    /// Hours as people write them: "1,5" in Vietnamese, "1.5" in English, "4" when whole.
    static func hours(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10)
        guard tenths % 10 != 0 else { return whole }
        return whole + (language == .vietnamese ? "," : ".") + String(tenths % 10)
    }

    /// Text with the matched words wrapped in `<mark>`.
    static func highlighted(_ segments: [TextSegment]) -> HTML {
        HTML.join(segments.map { $0.isMatch ? "<mark>\($0.text)</mark>" : "\($0.text)" })
    }
}

extension Route {
    /// The path without the query, for form actions.
    var path: String {
        let link = self.link
        return link.firstIndex(of: "?").map { String(link[..<$0]) } ?? link
    }
}
