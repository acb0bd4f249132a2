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
    /// The banner's description and upload time, when there is one.
    public var banner: (alt: String, updatedAt: Int64)?
    public var bannerError: String?
    public var notice: String?

    public init(year: Int, themeIsPlaceholder: Bool, events: [(session: ClassSession, courseClass: CourseClass)], form: FormState,
                eventForm: FormState = FormState(values: ["type": EventType.talk.rawValue, "points": "2"]),
                banner: (alt: String, updatedAt: Int64)? = nil, bannerError: String? = nil, notice: String? = nil) {
        self.banner = banner
        self.bannerError = bannerError
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
        \(bannerSection(context))
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

extension AdminWeekPage {
    /// The banner's preview and its upload form (multipart, so it is a form of its own).
    private func bannerSection(_ context: PageContext) -> HTML {
        let strings = context.strings.banner
        let action = Route.adminWeek(year: year).link
        let current: HTML = banner.map { banner in
            """
            <img class="week-banner" src="\(Route.weekBanner(year: year, version: banner.updatedAt).link)" alt="\(banner.alt)">
            <form action="\(action)" method="post">\(Forms.csrf(context.csrfToken))<input type="hidden" name="action" value="remove-banner">\
            <button type="submit" class="secondary">\(strings.remove)</button></form>
            """
        } ?? ""
        return """
        <h2>\(strings.heading)</h2>
        <p class="hint">\(strings.lead)</p>
        \(current)
        <form class="narrow" action="\(action)" method="post" enctype="multipart/form-data">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="banner">
        \(Forms.summary(bannerError))
        <div class="field"><label for="banner">\(strings.file)</label>\
        <input id="banner" name="banner" type="file" accept="image/png,image/jpeg,image/webp" required></div>
        \(Forms.field("alt", label: strings.alt, value: banner?.alt ?? "", hint: strings.altHint, attributes: " maxlength=\"200\" required"))
        <button type="submit">\(strings.upload)</button>
        </form>
        """
    }
}
