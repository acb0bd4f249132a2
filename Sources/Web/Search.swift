import Domain
import Views

extension WebApplication {
    /// The most results a search lists (over all its pages).
    static let maxSearchResults = 100

    /// Finds courses and lessons for what was typed, and highlights the words found.
    func search(query: String, page: Int) throws -> SearchPage {
        let query = String(query.prefix(200))
        let terms = SearchTerms.parse(query)
        let hits = try database.searchCourses(terms: terms, limit: Self.maxSearchResults)
        let results = hits.compactMap { hit -> SearchPage.Result? in
            guard let course = library.course(slug: hit.courseSlug) else { return nil }
            if let number = hit.lessonNumber {
                guard let lesson = course.lesson(number) else { return nil }
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
        return SearchPage(query: query, results: results, page: page)
    }
}
