import Domain
import Routes

/// `/lop/{id}`: what a resident needs to decide and to come: the sessions, where, who
/// teaches, seats left, and one button to enrol or give up the place.
public struct ClassPage: Sendable {
    public var courseClass: CourseClass
    public var sessions: [ClassSession]
    public var counts: (enrolled: Int, waiting: Int)
    public var instructorName: String?
    public var village: Village?
    public var courseTitle: String?
    /// The signed-in visitor's place, if any.
    public var enrolment: (status: EnrolmentStatus, waitingPosition: Int?, promoted: Bool)?
    public var now: Int64
    public var notice: String?
    /// An event's description, already rendered from Markdown (safely: raw HTML dropped).
    public var descriptionHTML: String = ""
    /// The learning-citizen indicators attending it is evidence for (`CourseClass.supportedIndicators`).
    public var indicators: [Int] = []

    public init(courseClass: CourseClass, sessions: [ClassSession], counts: (enrolled: Int, waiting: Int), instructorName: String?,
                village: Village?, courseTitle: String?, enrolment: (status: EnrolmentStatus, waitingPosition: Int?, promoted: Bool)?,
                now: Int64, notice: String? = nil) {
        self.courseClass = courseClass
        self.sessions = sessions
        self.counts = counts
        self.instructorName = instructorName
        self.village = village
        self.courseTitle = courseTitle
        self.enrolment = enrolment
        self.now = now
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.classes
        let left = max(0, courseClass.capacity - counts.enrolled)
        let seats: HTML = left > 0 ? "\(strings.seatsLeft(left, courseClass.capacity))" : """
            \(strings.full)\(counts.waiting > 0 ? " · " + strings.waitingCount(counts.waiting) : "")
            """
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let parent: (String, Route?) = courseClass.event.map { (context.strings.week.title($0.editionYear), .weekProgramme(year: $0.editionYear)) }
            ?? (strings.schedule, .schedule(villageID: nil, field: nil))
        let kind = courseClass.event.map { context.strings.week.typeName($0.type) }
            ?? (courseClass.courseSlug == nil ? strings.topicSession : strings.course) + " · " + context.strings.fieldName(courseClass.field)
        let body: HTML = """
        \(Components.breadcrumb([parent, (courseClass.title, nil)], strings: context.strings))
        <h1>\(courseClass.title)</h1>
        <p class="meta">\(kind)</p>
        \(noticeHTML)
        \(summary(context))
        \(EventFacts.render(courseClass, descriptionHTML: descriptionHTML, context: context))
        \(courseClass.event?.takesRegistration == false ? "" : "<p class=\"seats\"><strong>\(seats)</strong></p>" as HTML)
        \(action(context, seatsLeft: left))
        <h2>\(strings.sessions)</h2>
        <p><a href="\(Route.classFeed(id: courseClass.id).link)" type="text/calendar">\(context.strings.feeds.addClassToCalendar)</a></p>
        \(SessionList.render(sessions, now: now, context: context))
        """
        let description = EventFacts.shareLine(courseClass, sessions: sessions, strings: context.strings)
            ?? (courseClass.summary.isEmpty ? strings.classesLead : courseClass.summary)
        return Layout.render(Document(title: courseClass.title, description: description, body: body), context: context)
    }

    private func summary(_ context: PageContext) -> HTML {
        let strings = context.strings.classes
        func row(_ label: String, _ value: HTML) -> HTML { "<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>" }
        let place = [courseClass.venue.name.isEmpty ? strings.venueKind(courseClass.venue.kind) : courseClass.venue.name,
                     village?.displayName ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        var rows = [row(strings.venue, "\(place)")]
        if courseClass.venue.kind == .online, !courseClass.venue.link.isEmpty, courseClass.venue.link.hasPrefix("https://") {
            rows.append(row(strings.onlineLink, "<a href=\"\(courseClass.venue.link)\" rel=\"noopener\">\(courseClass.venue.link)</a>"))
        }
        if let instructor = instructorName ?? (courseClass.guestInstructor.isEmpty ? nil : courseClass.guestInstructor) {
            rows.append(row(strings.instructor, "\(instructor)"))
        }
        if !courseClass.partner.isEmpty { rows.append(row(strings.partner, "\(courseClass.partner)")) }
        if let slug = courseClass.courseSlug, let title = courseTitle {
            rows.append(row(strings.course, "<a href=\"\(Route.course(slug: slug).link)\">\(title)</a>"))
        }
        if courseClass.groups.count < TargetGroup.all.count {
            rows.append(row(strings.groups, "\(courseClass.groups.map { context.strings.groupName($0) }.joined(separator: "; "))"))
        }
        let points: HTML = courseClass.pointsPerSession > 0 ? "<p>\(strings.pointsPerSession(courseClass.pointsPerSession))</p>" : ""
        let criteria = context.strings.criteria
        let indicatorLine: HTML = indicators.isEmpty ? "" : """
            <p>\(criteria.classIndicators(indicators)) <a href="\(Route.citizenTitle.link)">\(criteria.aboutTitle)</a></p>
            """
        let text: HTML = courseClass.summary.isEmpty ? "" : "<p class=\"lead\">\(courseClass.summary)</p>"
        return "\(text)<table class=\"facts-table\">\(rows)</table>\(points)\(indicatorLine)"
    }

    private func action(_ context: PageContext, seatsLeft: Int) -> HTML {
        let strings = context.strings.classes
        if courseClass.event?.takesRegistration == false { return "<p class=\"notice\">\(context.strings.week.noRegistration)</p>" }
        guard context.account != nil else {
            return "<p><a class=\"button\" href=\"\(Route.login(next: Route.courseClass(id: courseClass.id).link).link)\">\(strings.signInToEnrol)</a></p>"
        }
        func form(_ action: String, _ label: String, secondary: Bool) -> HTML {
            """
            <form action="\(Route.enrol(classID: courseClass.id).link)" method="post">\(Forms.csrf(context.csrfToken))\
            <input type="hidden" name="action" value="\(action)">\
            <button type="submit"\(secondary ? " class=\"secondary\"" : "" as HTML)>\(label)</button></form>
            """
        }
        switch enrolment {
        case .some((.enrolled, _, let promoted)):
            let note: HTML = promoted ? "<p class=\"notice\">\(strings.youWerePromoted)</p>" : ""
            return "\(note)<p>\(strings.youAreEnrolled)</p>\(form("leave", strings.leave, secondary: true))"
        case .some((.waiting, let position, _)):
            return "<p>\(strings.youAreWaiting(position ?? 1))</p>\(form("leave", strings.leaveWaitingList, secondary: true))"
        case .none:
            guard courseClass.isEnrolmentOpen(now: now) else { return "<p>\(strings.enrolmentClosed)</p>" }
            let enrol = courseClass.event == nil ? strings.enrol : context.strings.week.register
            return form("enrol", seatsLeft > 0 ? enrol : strings.joinWaitingList, secondary: false)
        }
    }
}

/// Sessions as a list: date and time, and whether one was moved or cancelled.
enum SessionList {
    static func render(_ sessions: [ClassSession], now: Int64, context: PageContext) -> HTML {
        let strings = context.strings.classes
        guard !sessions.isEmpty else { return "<p>\(strings.noSessions)</p>" }
        let items = sessions.map { session -> HTML in
            let state: HTML = session.cancelled ? " <span class=\"tag cancelled\">\(strings.cancelled)</span>"
                : session.sequence > 0 ? " <span class=\"tag\">\(strings.moved)</span>" : ""
            let past: HTML = session.endsAt < now ? " class=\"past\"" : ""
            return "<li\(past)>\(time(session, context: context))\(state)</li>"
        }
        return "<ul class=\"sessions\">\(items)</ul>"
    }

    /// "Thứ Ba, 03/03/2026 19:00–21:00".
    static func time(_ session: ClassSession, context: PageContext) -> String {
        context.strings.classes.time(context.strings.dateAndTime(session.startsAt), String(DateText.dayAndTime(unixSeconds: session.endsAt).suffix(5)))
    }
}
