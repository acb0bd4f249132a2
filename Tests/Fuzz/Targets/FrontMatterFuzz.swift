import Domain

/// A course or lesson file as `CourseLibrary` reads it: UTF-8 text, `FrontMatter.parse`,
/// then `CourseHeader` and `LessonHeader`. Checked:
/// - a problem names a line of the file;
/// - parsed front matter has valid keys, each with its line inside the header, values
///   trimmed and not empty, and a body that is the text after the closing `---`;
/// - an accepted course header keeps its rules (slug, positive hours, ascending indicators
///   from 1 to 10, at most 12 distinct lesson files with valid names, summary length).
enum FrontMatterFuzz {
    static func run(_ input: [UInt8]) throws(PropertyViolation) {
        guard let text = String(validating: input, as: UTF8.self) else { return }
        let lineCount = input.count { $0 == UInt8(ascii: "\n") } + 1
        let matter: FrontMatter
        do {
            matter = try FrontMatter.parse(text)
        } catch {
            try require((1...lineCount).contains(error.line) && !error.message.isEmpty, "problem \(error) in \(lineCount) lines")
            return
        }
        try checkMatter(matter, text: text, lineCount: lineCount)
        switch Result(catching: { () throws(FrontMatter.Problem) in try CourseHeader(matter) }) {
        case .success(let course): try checkCourse(course)
        case .failure(let problem): try require((1...lineCount).contains(problem.line), "course: \(problem) of \(lineCount) lines")
        }
        switch Result(catching: { () throws(FrontMatter.Problem) in try LessonHeader(matter) }) {
        case .success(let lesson): try require(!lesson.title.isEmpty && (lesson.minutes ?? 1) > 0, "lesson \(lesson)")
        case .failure(let problem): try require((1...lineCount).contains(problem.line), "lesson: \(problem) of \(lineCount) lines")
        }
    }

    private static func checkMatter(_ matter: FrontMatter, text: String, lineCount: Int) throws(PropertyViolation) {
        try require((3...lineCount + 1).contains(matter.bodyLine), "body line \(matter.bodyLine) of \(lineCount)")
        try require(text.hasSuffix(matter.body), "the body is not the end of the file")
        try require(Set(matter.values.keys) == Set(matter.lines.keys), "keys without lines")
        for (key, value) in matter.values {
            try require(!key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }, "key \(key)")
            try require((2..<matter.bodyLine - 1).contains(matter.lines[key] ?? 0), "key \(key) on line \(matter.lines[key] ?? 0)")
            let texts: [String] = switch value {
            case .text(let text): [text]
            case .list(let items): items
            }
            try require(!texts.isEmpty && texts.allSatisfy { !$0.isEmpty && $0 == $0.trimmingSpaces }, "value of \(key): \(value)")
        }
    }

    private static func checkCourse(_ course: CourseHeader) throws(PropertyViolation) {
        try require(Slug.isValid(course.slug), "slug \(course.slug)")
        try require(course.hours > 0 && course.hours.isFinite, "hours \(course.hours)")
        try require(course.summary.count <= CourseHeader.maxSummaryLength, "summary of \(course.summary.count)")
        try require(course.indicators == course.indicators.sorted() && Set(course.indicators).count == course.indicators.count
                    && course.indicators.allSatisfy { (1...10).contains($0) }, "indicators \(course.indicators)")
        try require(course.lessonFiles.count <= CourseHeader.maxLessons && Set(course.lessonFiles).count == course.lessonFiles.count
                    && course.lessonFiles.allSatisfy(Slug.isValidFileName), "lessons \(course.lessonFiles)")
    }
}
