/// A course of the centre's library: its description and its lessons in order.
public struct Course: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var field: Field
    public var summary: String
    public var hours: Double
    /// Learning-citizen indicators (chỉ số 1–10) the course supports, ascending.
    public var indicators: [Int]
    public var groups: [TargetGroup]
    /// The introduction, rendered from Markdown with raw HTML omitted.
    public var introduction: RenderedText
    public var lessons: [Lesson]

    public init(slug: String, title: String, field: Field, summary: String, hours: Double,
                indicators: [Int], groups: [TargetGroup], introduction: RenderedText, lessons: [Lesson]) {
        self.slug = slug
        self.title = title
        self.field = field
        self.summary = summary
        self.hours = hours
        self.indicators = indicators
        self.groups = groups
        self.introduction = introduction
        self.lessons = lessons
    }

    /// The lesson with the 1-based `number`, if the course has it.
    public func lesson(_ number: Int) -> Lesson? {
        lessons.indices.contains(number - 1) ? lessons[number - 1] : nil
    }
}

/// One lesson of a course.
public struct Lesson: Sendable, Hashable {
    /// 1-based position in the course.
    public var number: Int
    public var title: String
    public var minutes: Int?
    public var content: RenderedText

    public init(number: Int, title: String, minutes: Int?, content: RenderedText) {
        self.number = number
        self.title = title
        self.minutes = minutes
        self.content = content
    }
}

/// Markdown rendered once at load time: safe HTML (raw HTML omitted by the renderer)
/// and the plain text used for search and previews.
public struct RenderedText: Sendable, Hashable {
    public var html: String
    public var plainText: String

    public init(html: String, plainText: String) {
        self.html = html
        self.plainText = plainText
    }
}
