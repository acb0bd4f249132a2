/// The validated front matter of a course's `course.md` (see `Course/README.md`).
public struct CourseHeader: Sendable, Equatable {
    public var title: String
    public var slug: String
    public var field: Field
    public var summary: String
    public var hours: Double
    public var indicators: [Int]
    public var groups: [TargetGroup]
    public var lessonFiles: [String]

    static let keys: Set<String> = ["title", "slug", "field", "summary", "hours", "indicators", "groups", "lessons"]
    public static let maxSummaryLength = 300
    public static let maxLessons = 12

    /// Checks every rule; the first broken one is thrown with its line.
    public init(_ matter: FrontMatter) throws(FrontMatter.Problem) {
        var reader = FieldReader(matter: matter, allowed: CourseHeader.keys)
        try reader.rejectUnknownKeys()
        title = try reader.text("title")
        slug = try reader.text("slug")
        guard Slug.isValid(slug) else {
            throw reader.problem("slug", "slug \"\(slug)\" chỉ được gồm a-z, 0-9 và dấu gạch ngang")
        }
        let fieldCode = try reader.text("field")
        guard let field = Field(rawValue: fieldCode) else {
            let codes = Field.allCases.map(\.code).joined(separator: ", ")
            throw reader.problem("field", "lĩnh vực \"\(fieldCode)\" không có; dùng một trong: \(codes)")
        }
        self.field = field
        summary = try reader.text("summary")
        guard summary.count <= CourseHeader.maxSummaryLength else {
            throw reader.problem("summary", "tóm tắt dài \(summary.count) ký tự, tối đa \(CourseHeader.maxSummaryLength)")
        }
        let hoursText = try reader.text("hours")
        guard let hours = Double(hoursText), hours > 0, hours.isFinite else {
            throw reader.problem("hours", "số giờ \"\(hoursText)\" phải là số lớn hơn 0")
        }
        self.hours = hours
        indicators = try reader.numbers("indicators", in: 1...10, what: "chỉ số")
        groups = try reader.numbers("groups", in: 1...TargetGroup.all.count, what: "nhóm").compactMap(TargetGroup.init(number:))
        lessonFiles = try reader.list("lessons")
        guard lessonFiles.count <= CourseHeader.maxLessons else {
            throw reader.problem("lessons", "tối đa \(CourseHeader.maxLessons) bài, có \(lessonFiles.count)")
        }
        for file in lessonFiles where !Slug.isValidFileName(file) {
            throw reader.problem("lessons", "tên tệp bài học \"\(file)\" không hợp lệ (a-z, 0-9, -, kết thúc .md)")
        }
        if let repeated = lessonFiles.firstDuplicate {
            throw reader.problem("lessons", "bài \"\(repeated)\" được liệt kê hai lần")
        }
    }
}

/// The validated front matter of a lesson file.
public struct LessonHeader: Sendable, Equatable {
    public var title: String
    public var minutes: Int?

    public init(_ matter: FrontMatter) throws(FrontMatter.Problem) {
        var reader = FieldReader(matter: matter, allowed: ["title", "minutes"])
        try reader.rejectUnknownKeys()
        title = try reader.text("title")
        if let text = try reader.optionalText("minutes") {
            guard let minutes = Int(text), minutes > 0 else {
                throw reader.problem("minutes", "số phút \"\(text)\" phải là số nguyên lớn hơn 0")
            }
            self.minutes = minutes
        } else {
            minutes = nil
        }
    }
}

/// Reads typed values from front matter, producing messages that name the key and line.
struct FieldReader {
    let matter: FrontMatter
    let allowed: Set<String>

    func rejectUnknownKeys() throws(FrontMatter.Problem) {
        let unknown = matter.values.keys.filter { !allowed.contains($0) }
            .sorted { (matter.lines[$0] ?? 0) < (matter.lines[$1] ?? 0) }
        if let key = unknown.first {
            throw problem(key, "khóa \"\(key)\" không được hỗ trợ; dùng: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    func problem(_ key: String, _ message: String) -> FrontMatter.Problem {
        FrontMatter.Problem(line: matter.lines[key] ?? 1, message: message)
    }

    func optionalText(_ key: String) throws(FrontMatter.Problem) -> String? {
        switch matter.values[key] {
        case nil: return nil
        case .text(let value)?: return value
        case .list?: throw problem(key, "khóa \"\(key)\" cần một giá trị trên cùng dòng")
        }
    }

    func text(_ key: String) throws(FrontMatter.Problem) -> String {
        guard let value = try optionalText(key) else {
            throw FrontMatter.Problem(line: 1, message: "thiếu khóa bắt buộc \"\(key)\"")
        }
        return value
    }

    func list(_ key: String) throws(FrontMatter.Problem) -> [String] {
        switch matter.values[key] {
        case nil: throw FrontMatter.Problem(line: 1, message: "thiếu khóa bắt buộc \"\(key)\"")
        case .text?: throw problem(key, "khóa \"\(key)\" cần một danh sách, mỗi mục một dòng \"  - …\"")
        case .list(let items)?: return items
        }
    }

    /// A comma-separated list of whole numbers within `range`, ascending and without repeats.
    func numbers(_ key: String, in range: ClosedRange<Int>, what: String) throws(FrontMatter.Problem) -> [Int] {
        let pieces = try text(key).split(separator: ",").map(\.trimmingSpaces)
        var numbers: [Int] = []
        for piece in pieces {
            guard let number = Int(piece), range.contains(number) else {
                throw problem(key, "\(what) \"\(piece)\" phải là số từ \(range.lowerBound) đến \(range.upperBound)")
            }
            guard !numbers.contains(number) else { throw problem(key, "\(what) \(number) bị lặp") }
            numbers.append(number)
        }
        return numbers.sorted()
    }
}

/// Rules for the names used in addresses and file names.
public enum Slug {
    /// Lower-case ASCII letters, digits and single inner hyphens, 1–80 characters.
    public static func isValid(_ text: String) -> Bool {
        guard (1...80).contains(text.utf8.count), text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// A lesson file name: a valid slug followed by `.md`.
    public static func isValidFileName(_ text: String) -> Bool {
        text.hasSuffix(".md") && isValid(String(text.dropLast(3)))
    }
}

extension Array where Element: Hashable {
    var firstDuplicate: Element? {
        var seen: Set<Element> = []
        return first { !seen.insert($0).inserted }
    }
}
