import Domain
import Routes

/// `/quan-tri/tuan-le`: every year's Week, a form for a new one, and cloning the latest.
public struct AdminWeeksPage: Sendable {
    public var years: [Int]
    public var form: FormState
    public var notice: String?

    public init(years: [Int], form: FormState = FormState(), notice: String? = nil) {
        self.years = years
        self.form = form
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.weekAdmin
        let items = years.map { HTML("<li><a href=\"\(Route.adminWeek(year: $0).link)\">\(context.strings.week.title($0))</a></li>") }
        let clone: HTML = years.first.map { latest in
            """
            <form class="narrow" action="\(Route.adminWeeks.link)" method="post">\(Forms.csrf(context.csrfToken))
            <input type="hidden" name="action" value="clone"><input type="hidden" name="from" value="\(latest)">
            <button type="submit" class="secondary">\(strings.clone(latest, latest + 1))</button></form>
            """
        } ?? ""
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.title, nil)], strings: context.strings))
        <h1>\(strings.title)</h1>
        <p class="lead">\(strings.lead)</p>
        \(noticeHTML)
        <ul class="schedule">\(items)</ul>
        \(clone)
        <h2>\(strings.create)</h2>
        <form class="narrow" action="\(Route.adminWeeks.link)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="create">
        \(Forms.summary(form.message))
        \(Forms.field("year", label: strings.year, value: form["year"], attributes: " inputmode=\"numeric\" maxlength=\"4\" required"))
        \(AdminWeekForm.fields(form, context: context))
        <button type="submit">\(strings.create)</button>
        </form>
        """
        return Layout.render(Document(title: strings.title, description: strings.lead, body: body), context: context)
    }
}

/// `/quan-tri/tuan-le/{year}`: the edition's facts, its events, and the form to add one.
public struct AdminWeekPage: Sendable {
    public var year: Int
    public var themeIsPlaceholder: Bool
    public var events: [(session: ClassSession, courseClass: CourseClass)]
    public var form: FormState
    public var eventForm: FormState
    public var notice: String?

    public init(year: Int, themeIsPlaceholder: Bool, events: [(session: ClassSession, courseClass: CourseClass)], form: FormState,
                eventForm: FormState = FormState(values: ["type": EventType.talk.rawValue, "points": "2"]), notice: String? = nil) {
        self.year = year
        self.themeIsPlaceholder = themeIsPlaceholder
        self.events = events
        self.form = form
        self.eventForm = eventForm
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.weekAdmin
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let warning: HTML = themeIsPlaceholder ? "<p class=\"form-error\">\(strings.placeholderWarning)</p>" : ""
        let items = events.map { entry -> HTML in
            """
            <li><span class="time">\(DateText.dayAndTime(unixSeconds: entry.session.startsAt))</span> \
            <a href="\(Route.adminClass(id: entry.courseClass.id).link)">\(entry.courseClass.title)</a></li>
            """
        }
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.title, .adminWeeks),
                                 (String(year), nil)], strings: context.strings))
        <h1>\(context.strings.week.title(year))</h1>
        \(noticeHTML)\(warning)
        <p><a href="\(Route.weekProgramme(year: year).link)">\(strings.publicPage)</a> · \
        <a href="\(Route.adminWeekReport(year: year, format: .page).link)">\(context.strings.weekReport.link)</a></p>
        <h2>\(strings.events)</h2>
        <ul class="schedule">\(items)</ul>
        <h3>\(strings.addEvent)</h3>
        \(AdminWeekForm.event(eventForm, action: .adminWeek(year: year), context: context))
        <h2>\(strings.save)</h2>
        <form class="narrow" action="\(Route.adminWeek(year: year).link)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="save">
        \(Forms.summary(form.message))
        \(AdminWeekForm.fields(form, context: context))
        <button type="submit">\(strings.save)</button>
        </form>
        """
        return Layout.render(Document(title: context.strings.week.title(year), description: strings.lead, body: body), context: context)
    }
}
