import Domain
import Routes

/// `/khoa-hoc/{slug}/bai/{n}`: one lesson with links to the previous and next.
public struct LessonPage: Sendable {
    public var course: Course
    public var lesson: Lesson

    public init(course: Course, lesson: Lesson) {
        self.course = course
        self.lesson = lesson
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let previous: HTML = course.lesson(lesson.number - 1).map {
            "<a rel=\"prev\" class=\"prev\" href=\"\(Route.lesson(slug: course.slug, number: $0.number).link)\"><small>\(strings.lessonPrevious)</small>\($0.title)</a>"
        } ?? ""
        let next: HTML = course.lesson(lesson.number + 1).map {
            "<a rel=\"next\" class=\"next\" href=\"\(Route.lesson(slug: course.slug, number: $0.number).link)\"><small>\(strings.lessonNext)</small>\($0.title)</a>"
        } ?? ""
        let minutes: HTML = lesson.minutes.map { " · \(strings.lessonMinutes($0))" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(strings.navHome, .home), (strings.navCourses, .catalogue(field: nil, page: 1)),
                                 (course.title, .course(slug: course.slug)), (strings.lessonPosition(lesson.number, course.lessons.count), nil)], strings: strings))
        <article class="lesson">
        <p class="meta">\(strings.lessonPosition(lesson.number, course.lessons.count))\(minutes)</p>
        <h1>\(lesson.title)</h1>
        <div class="prose">\(HTML.raw(lesson.content.html))</div>
        </article>
        <nav class="lesson-nav" aria-label="\(strings.courseContents)">\(previous)\(next)</nav>
        <p><a href="\(Route.course(slug: course.slug).link)">\(strings.lessonBackToCourse): \(course.title)</a></p>
        """
        let description = Highlighter.preview(of: lesson.content.plainText, length: 200)
        return Layout.render(Document(title: "\(lesson.title) – \(course.title)", description: description, body: body, kind: "article"), context: context)
    }
}
