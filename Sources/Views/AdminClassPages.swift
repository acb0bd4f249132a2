import Domain
import Routes

/// `/quan-tri/lop`: every class with its seats, and the form to open a new one.
public struct AdminClassesPage: Sendable {
    public var classes: [(courseClass: CourseClass, enrolled: Int, waiting: Int)]
    public var courses: [(slug: String, title: String)]
    public var villages: [Village]
    public var instructors: [Person]
    public var form: FormState

    public init(classes: [(courseClass: CourseClass, enrolled: Int, waiting: Int)], courses: [(slug: String, title: String)],
                villages: [Village], instructors: [Person], form: FormState? = nil) {
        self.classes = classes
        self.courses = courses
        self.villages = villages
        self.instructors = instructors
        self.form = form ?? FormState(values: ClassForm.defaults)
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        let items = classes.map { entry -> HTML in
            """
            <li><a href="\(Route.adminClass(id: entry.courseClass.id).link)">\(entry.courseClass.title)</a>\
            <br><span class="meta">\(context.strings.fieldName(entry.courseClass.field)) · \
            \(strings.seatsTaken(entry.enrolled, entry.courseClass.capacity, entry.waiting))</span></li>
            """
        }
        let list: HTML = classes.isEmpty ? "<p>\(context.strings.classes.noSessions)</p>" : "<ul class=\"schedule\">\(items)</ul>"
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (context.strings.classes.classes, nil)], strings: context.strings))
        <h1>\(context.strings.classes.classes)</h1>
        <p class="lead">\(context.strings.classes.classesLead) <a href="\(Route.schedule(villageID: nil, field: nil).link)">\(context.strings.classes.schedule)</a></p>
        \(list)
        <h2 id="mo-lop">\(strings.newClass)</h2>
        \(ClassForm(action: .adminClasses, form: form, courses: courses, villages: villages, instructors: instructors,
                    submit: strings.open).render(context))
        """
        return Layout.render(Document(title: context.strings.classes.classes, description: context.strings.classes.classesLead, body: body),
                             context: context)
    }
}

/// `/quan-tri/lop/{id}`: one class for staff: its people (seats and waiting list, enrol on
/// someone's behalf, remove), its sessions (add a plan, move, cancel), its facts and, for an
/// event of the Week, its event details.
public struct AdminClassPage: Sendable {
    public var courseClass: CourseClass
    public var sessions: [ClassSession]
    public var people: [(person: Person, status: EnrolmentStatus, assisted: Bool)]
    public var households: [Household]
    public var courses: [(slug: String, title: String)]
    public var villages: [Village]
    public var instructors: [Person]
    public var form: FormState
    /// The event details form: what was typed after a failed save, else the event's own values.
    public var eventForm: FormState
    public var notice: String?

    public init(courseClass: CourseClass, sessions: [ClassSession], people: [(person: Person, status: EnrolmentStatus, assisted: Bool)],
                households: [Household], courses: [(slug: String, title: String)], villages: [Village], instructors: [Person],
                form: FormState? = nil, eventForm: FormState? = nil, notice: String? = nil) {
        self.courseClass = courseClass
        self.sessions = sessions
        self.people = people
        self.households = households
        self.courses = courses
        self.villages = villages
        self.instructors = instructors
        // A failed save shows what was typed; the other forms keep the class's own values
        // beside what was typed into them.
        let saved = ClassForm.values(of: courseClass)
        if let form, form["action"] != "save" {
            self.form = FormState(values: saved.merging(form.values) { _, typed in typed }, errors: form.errors, message: form.message)
        } else {
            self.form = form ?? FormState(values: saved)
        }
        self.eventForm = eventForm ?? FormState(values: AdminWeekForm.values(of: courseClass))
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let enrolled = people.filter { $0.status == .enrolled }
        let waiting = people.filter { $0.status == .waiting }
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (context.strings.classes.classes, .adminClasses),
                                 (courseClass.title, nil)], strings: context.strings))
        <h1>\(courseClass.title)</h1>
        \(noticeHTML)
        <p><a href="\(Route.courseClass(id: courseClass.id).link)">\(strings.publicPage)</a> · \
        \(strings.seatsTaken(enrolled.count, courseClass.capacity, waiting.count))</p>
        <h2>\(strings.people)</h2>
        <h3>\(strings.seats)</h3>
        \(peopleList(enrolled, context: context))
        <h3>\(strings.waitingList)</h3>
        \(peopleList(waiting, context: context))
        \(AdminClassForms.enrol(courseClass: courseClass, households: households, form: form, context: context))
        <h2>\(context.strings.classes.sessions)</h2>
        <p><a href="\(Route.attendanceMatrix(classID: courseClass.id, format: .page).link)">\(context.strings.attendance.matrix)</a></p>
        \(AdminClassForms.sessions(sessions, courseClass: courseClass, context: context))
        \(AdminClassForms.addSessions(courseClass: courseClass, form: form, context: context))
        <h2>\(strings.save)</h2>
        \(ClassForm(action: .adminClass(id: courseClass.id), form: form, courses: courses, villages: villages, instructors: instructors,
                    submit: strings.save, asksCapacity: courseClass.event == nil).render(context))
        \(eventDetails(context))
        """
        return Layout.render(Document(title: courseClass.title, description: context.strings.classes.classesLead, body: body), context: context)
    }

    private func eventDetails(_ context: PageContext) -> HTML {
        guard courseClass.event != nil else { return "" }
        return """
        <h2 id="su-kien">\(context.strings.weekAdmin.eventDetails)</h2>
        \(AdminWeekForm.editEvent(eventForm, action: .adminClass(id: courseClass.id), context: context))
        """
    }

    private func peopleList(_ entries: [(person: Person, status: EnrolmentStatus, assisted: Bool)], context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        guard !entries.isEmpty else { return "<p>\(strings.nobody)</p>" }
        let items = entries.map { entry -> HTML in
            let assisted: HTML = entry.assisted ? " <span class=\"tag\">\(strings.assisted)</span>" : ""
            return """
            <li><a href="\(Route.adminResident(id: entry.person.id).link)">\(entry.person.fullName)</a> · \(entry.person.phone.description)\(assisted)
            <form class="inline" action="\(Route.adminClass(id: courseClass.id).link)" method="post">\(Forms.csrf(context.csrfToken))\
            <input type="hidden" name="action" value="remove"><input type="hidden" name="person" value="\(entry.person.id)">\
            <button type="submit" class="secondary small" aria-label="\(strings.remove): \(entry.person.fullName)">\(strings.remove)</button></form></li>
            """
        }
        return "<ol class=\"people\">\(items)</ol>"
    }
}
