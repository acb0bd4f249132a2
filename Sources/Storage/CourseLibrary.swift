import Domain
import Foundation

/// The courses of `Course/`, read and checked once at start-up (see `Course/README.md`).
public struct CourseLibrary: Sendable {
    /// Courses sorted by field, then by folded title.
    public let courses: [Course]
    /// The same courses by field, each list in catalogue order (computed once: pages use it on every request).
    public let byField: [Field: [Course]]
    private let bySlug: [String: Course]
    /// Each course's learning-citizen indicators by slug, for the evidence of every self-assessment.
    public let indicatorsBySlug: [String: [Int]]

    public init(courses: [Course]) {
        self.courses = courses.sorted {
            ($0.field.sortIndex, TextFolding.fold($0.title)) < ($1.field.sortIndex, TextFolding.fold($1.title))
        }
        self.bySlug = Dictionary(courses.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.byField = Dictionary(grouping: self.courses, by: \.field)
        self.indicatorsBySlug = bySlug.mapValues(\.indicators)
    }

    public func course(slug: String) -> Course? { bySlug[slug] }


    /// A problem that stops the start: which file, which line, what is wrong.
    public struct LoadError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int?
        public var message: String

        public var description: String {
            "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        }
    }

    /// Reads every course folder under `directory`. Throws on the first broken file.
    public static func load(from directory: String) throws(LoadError) -> CourseLibrary {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError(file: directory, line: nil, message: "không tìm thấy thư mục khóa học (course folder not found)")
        }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw LoadError(file: directory, line: nil, message: "không đọc được thư mục: \(error.localizedDescription)")
        }
        var courses: [Course] = []
        for entry in entries where !entry.hasPrefix(".") {
            let folder = (directory as NSString).appendingPathComponent(entry)
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            courses.append(try loadCourse(folder: folder, name: entry))
        }
        return CourseLibrary(courses: courses)
    }

    static func loadCourse(folder: String, name: String) throws(LoadError) -> Course {
        let coursePath = (folder as NSString).appendingPathComponent("course.md")
        let (courseMatter, courseText) = try readFrontMatter(coursePath)
        let header: CourseHeader
        do {
            header = try CourseHeader(courseMatter)
        } catch {
            throw LoadError(file: coursePath, line: error.line, message: error.message)
        }
        guard header.slug == name else {
            throw LoadError(file: coursePath, line: courseMatter.lines["slug"],
                            message: "slug \"\(header.slug)\" phải trùng tên thư mục \"\(name)\"")
        }
        var lessons: [Lesson] = []
        for (offset, file) in header.lessonFiles.enumerated() {
            let lessonPath = (folder as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: lessonPath) else {
                throw LoadError(file: coursePath, line: courseMatter.lines["lessons"],
                                message: "không có tệp bài học \"\(file)\"")
            }
            let (matter, body) = try readFrontMatter(lessonPath)
            do {
                let lesson = try LessonHeader(matter)
                lessons.append(Lesson(number: offset + 1, title: lesson.title, minutes: lesson.minutes,
                                      content: MarkdownRenderer.render(body)))
            } catch {
                throw LoadError(file: lessonPath, line: error.line, message: error.message)
            }
        }
        return Course(
            slug: header.slug, title: header.title, field: header.field, summary: header.summary,
            hours: header.hours, indicators: header.indicators, groups: header.groups,
            introduction: MarkdownRenderer.render(courseText), lessons: lessons)
    }

    /// Reads a file as UTF-8 in NFC and splits off its front matter; the body must not be empty.
    static func readFrontMatter(_ path: String) throws(LoadError) -> (FrontMatter, String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, line: nil, message: "không đọc được tệp")
        }
        guard let raw = String(validating: data, as: UTF8.self) else {
            throw LoadError(file: path, line: nil, message: "tệp không phải UTF-8")
        }
        // Normalizing is slow in Foundation; text without combining marks is already NFC
        // for every Vietnamese letter, so only files that have them pay for it.
        let needsNormalizing = raw.unicodeScalars.contains { !$0.isASCII && $0.properties.canonicalCombiningClass != .notReordered }
        let text = needsNormalizing ? raw.precomposedStringWithCanonicalMapping : raw
        let matter: FrontMatter
        do {
            matter = try FrontMatter.parse(text)
        } catch {
            throw LoadError(file: path, line: error.line, message: error.message)
        }
        guard !matter.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw LoadError(file: path, line: matter.bodyLine, message: "nội dung sau front matter trống")
        }
        return (matter, matter.body)
    }
}

extension Field {
    /// The position in the catalogue (the order of `Field.allCases`).
    var sortIndex: Int { Field.allCases.firstIndex(of: self)! }
}
