import Domain
import Views

extension WebApplication {
    /// The most results a search lists (over all its pages).
    static let maxSearchResults = 100

    /// Finds courses and lessons for what was typed, and highlights the words found in
    /// the results of the page shown (only those: excerpts are the costly part).
    func search(query: String, page: Int) throws -> SearchPage {
        let query = String(query.prefix(200))
        let terms = SearchTerms.parse(query)
        let hits = try database.searchCourses(terms: terms, limit: Self.maxSearchResults).filter { hit in
            guard let course = library.course(slug: hit.courseSlug) else { return false }
            return hit.lessonNumber.map { course.lesson($0) != nil } ?? true
        }
        let pages = max(1, (hits.count + SearchPage.perPage - 1) / SearchPage.perPage)
        let page = min(page, pages)
        let shown = hits.dropFirst((page - 1) * SearchPage.perPage).prefix(SearchPage.perPage)
        let results = shown.compactMap { hit -> SearchPage.Result? in
            guard let course = library.course(slug: hit.courseSlug) else { return nil }
            if let number = hit.lessonNumber, let lesson = course.lesson(number) {
                return SearchPage.Result(
                    course: course, lesson: lesson,
                    title: Highlighter.segments(of: lesson.title, terms: terms),
                    excerpt: Highlighter.excerpt(of: lesson.content.plainText, terms: terms))
            }
            return SearchPage.Result(
                course: course, lesson: nil,
                title: Highlighter.segments(of: course.title, terms: terms),
                excerpt: Highlighter.excerpt(of: course.summary + " " + course.introduction.plainText, terms: terms))
        }
        return SearchPage(query: query, results: Array(results), total: hits.count, page: page)
    }
}
