import Domain
import Routes

/// `/khoa-hoc/{slug}`: what a course is about, who it is for, and its lessons.
public struct CoursePage: Sendable {
    public var course: Course

    public init(course: Course) { self.course = course }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let lessons = course.lessons.map { lesson -> HTML in
            let minutes: HTML = lesson.minutes.map { " <span class=\"meta\">· \(strings.lessonMinutes($0))</span>" } ?? ""
            return "<li><a href=\"\(Route.lesson(slug: course.slug, number: lesson.number).link)\">\(lesson.title)</a>\(minutes)</li>"
        }
        let indicators = course.indicators.map { number -> HTML in "<li>\(number)</li>" }
        let groups = course.groups.map { group -> HTML in "<li>\(strings.groupName(group))</li>" }
        let start: HTML = course.lessons.isEmpty ? "" :
            "<p><a class=\"button\" href=\"\(Route.lesson(slug: course.slug, number: 1).link)\">\(strings.courseStart)</a></p>"
        let body: HTML = """
        \(Components.breadcrumb([(strings.navHome, .home), (strings.navCourses, .catalogue(field: nil, page: 1)),
                                 (strings.fieldName(course.field), .catalogue(field: course.field, page: 1)), (course.title, nil)], strings: strings))
        <article class="course">
        <h1>\(course.title)</h1>
        <p class="lead">\(course.summary)</p>
        <p class="meta"><span class="tag">\(strings.fieldName(course.field))</span> \(strings.courseLessonCount(course.lessons.count)) · \(strings.courseDuration(Components.hours(course.hours, strings.language)))</p>
        \(start)
        <div class="prose">\(HTML.raw(course.introduction.html))</div>
        <h2>\(strings.courseContents)</h2>
        <ol class="lessons">\(lessons)</ol>
        <section class="facts">
        <h2>\(strings.courseIndicators)</h2>
        <p>\(strings.courseIndicatorsHelp)</p>
        <ul class="indicators">\(indicators)</ul>
        <h2>\(strings.courseGroups)</h2>
        <ul>\(groups)</ul>
        </section>
        </article>
        """
        return Layout.render(Document(title: course.title, description: course.summary, body: body, kind: "article"), context: context)
    }
}
