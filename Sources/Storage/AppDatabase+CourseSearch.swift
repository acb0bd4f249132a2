import Domain
import GRDB

/// Where a search term was found: a course (its description) or one of its lessons.
public struct SearchHit: Sendable, Equatable {
    public var courseSlug: String
    /// Nil when the hit is the course itself.
    public var lessonNumber: Int?

    public init(courseSlug: String, lessonNumber: Int?) {
        self.courseSlug = courseSlug
        self.lessonNumber = lessonNumber
    }
}

extension AppDatabase {
    /// Replaces the search index with the given courses, in one transaction.
    public func replaceCourseIndex(with courses: [Course]) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM course_search")
            let insert = try db.makeStatement(sql: """
                INSERT INTO course_search (course_slug, lesson_number, title, body) VALUES (?, ?, ?, ?)
                """)
            for course in courses {
                let about = [course.summary, course.field.vietnameseName, course.introduction.plainText]
                    .joined(separator: "\n")
                try insert.execute(arguments: [course.slug, nil, TextFolding.fold(course.title), TextFolding.fold(about)])
                for lesson in course.lessons {
                    try insert.execute(arguments: [
                        course.slug, lesson.number, TextFolding.fold(lesson.title),
                        TextFolding.fold(lesson.content.plainText),
                    ])
                }
            }
        }
    }

    /// The best matches for `terms` (already folded, see `SearchTerms`), best first.
    /// Every term must match; the last one may be the start of a word, as people type.
    /// Titles weigh ten times the body.
    public func searchCourses(terms: [String], limit: Int = 50) throws -> [SearchHit] {
        guard let match = AppDatabase.matchExpression(terms) else { return [] }
        return try writer.read { db in
            try db.decodeAll("""
                SELECT course_slug, lesson_number FROM course_search
                WHERE course_search MATCH ?
                ORDER BY bm25(course_search, 0, 0, 10.0, 1.0)
                LIMIT ?
                """, [match, limit]) { SearchHit(courseSlug: $0["course_slug"], lessonNumber: $0["lesson_number"]) }
        }
    }

    /// An FTS5 query where every term is a quoted string (so no input is read as syntax).
    static func matchExpression(_ terms: [String]) -> String? {
        let quoted = terms.filter { !$0.isEmpty }.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard let last = quoted.last else { return nil }
        return (quoted.dropLast() + [last + "*"]).joined(separator: " ")
    }
}
