import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/lop`: every class; POST opens a new one and goes to its page.
    func adminClasses(_ exchange: Exchange) throws -> Response {
        let (villages, instructors) = (try database.villages(), try database.staffMembers())
        func render(_ form: FormState? = nil, status: Int = 200) throws -> Response {
            let classes = try database.classes().map { courseClass in
                let counts = try database.enrolmentCounts(classID: courseClass.id)
                return (courseClass, counts.enrolled, counts.waiting)
            }
            return page(AdminClassesPage(classes: classes, courses: courseChoices, villages: villages, instructors: instructors, form: form)
                .render(exchange.context), status: status)
        }
        guard exchange.request.method == "POST" else { return try render() }
        let fields = FormFields(exchange.form)
        var state = FormState(values: fields.values(except: ["csrf"]))
        guard let value = ClassInput.read(fields, id: 0, library: library, villages: villages, instructors: instructors,
                                          strings: exchange.context.strings.classAdmin, state: &state) else {
            return try render(state, status: 422)
        }
        let created = try database.createClass(value, by: try actor(exchange))
        pageCache.removeAll()
        return redirect(to: .adminClass(id: created.id))
    }

    /// `/quan-tri/lop/{id}`: the class for staff; each form posts its own `action`.
    func adminClass(_ exchange: Exchange, id: Int64) throws -> Response {
        guard let courseClass = try database.courseClass(id: id) else { throw PageFailure(status: 404) }
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        var state = FormState(values: fields.values(except: ["csrf"]))
        var eventForm: FormState?
        var notice: String?
        var status = 200
        if exchange.request.method == "POST" {
            let actor = try actor(exchange)
            switch fields["action"] {
            case "save":
                if var value = ClassInput.read(fields, id: id, library: library, villages: try database.villages(),
                                               instructors: try database.staffMembers(),
                                               keepingCapacity: courseClass.event == nil ? nil : courseClass.capacity,
                                               strings: strings.classAdmin, state: &state) {
                    // The class form asks neither an event's Week details nor its seats: keep them.
                    value.event = courseClass.event
                    try database.updateClass(value, by: actor)
                    notice = strings.classAdmin.saved
                } else {
                    status = 422
                }
            case "save-event":
                guard let event = courseClass.event else { throw PageFailure(status: 400) }
                // Its own state, so a refused edit marks the event form and not the class form.
                var typed = FormState(values: fields.values(except: ["csrf"]))
                if let (details, capacity) = WeekEventInput.details(fields, editionYear: event.editionYear, strings: strings.weekAdmin,
                                                                    state: &typed) {
                    try database.updateEventDetails(classID: id, details: details, capacity: capacity, by: actor)
                    notice = strings.weekAdmin.eventSaved
                } else {
                    (eventForm, status) = (typed, 422)
                }
            case "add-sessions":
                if let times = ClassInput.plan(fields, strings: strings, state: &state) {
                    try database.addSessions(classID: id, times: times, by: actor)
                    notice = strings.classAdmin.sessionsAdded(times.count)
                } else {
                    status = 422
                }
            case "move-session", "cancel-session":
                (notice, status) = try changeSession(fields, classID: id, actor: actor, strings: strings, state: &state)
            case "remove":
                guard let personID = Int64(fields["person"]) else { throw PageFailure(status: 400) }
                try database.leaveClass(classID: id, personID: personID, by: actor)
                notice = strings.classAdmin.removed
            case "enrol-phone":
                (notice, status) = try enrolByPhone(fields, classID: id, actor: actor, strings: strings, state: &state)
            case "enrol-household":
                guard let householdID = Int64(fields["household"]) else { throw PageFailure(status: 400) }
                let placed = try database.enrolHousehold(classID: id, householdID: householdID, by: actor)
                notice = strings.classAdmin.householdEnrolled(placed.count)
            default:
                throw PageFailure(status: 400)
            }
            // The schedule is cached for visitors: classes, sessions and places all show on it.
            pageCache.removeAll()
        }
        let current = try database.courseClass(id: id) ?? courseClass
        let people = try database.enrolments(classID: id).map { ($0.person, $0.enrolment.status, $0.enrolment.registeredBy != nil) }
        // A class held in a village offers that village's households: a merged commune has
        // thousands, too many for one list (and to read on every visit of this page).
        let households = try database.households(villageID: current.villageID, limit: 500, offset: 0).households.map(\.household)
        let form = state.errors.isEmpty ? nil : state
        let view = AdminClassPage(courseClass: current, sessions: try database.sessions(classID: id), people: people,
                                  households: households, courses: courseChoices, villages: try database.villages(),
                                  instructors: try database.staffMembers(), form: form, eventForm: eventForm, notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    private func changeSession(_ fields: FormFields, classID: Int64, actor: Actor, strings: Strings,
                               state: inout FormState) throws -> (String?, Int) {
        guard let sessionID = Int64(fields["session"]), let session = try database.session(id: sessionID), session.classID == classID else {
            throw PageFailure(status: 404)
        }
        if fields["action"] == "cancel-session" {
            try database.cancelSession(id: sessionID, by: actor)
            return (strings.classAdmin.sessionCancelled, 200)
        }
        guard let day = LocalDate(parsing: fields["day-\(sessionID)"]), let start = LocalTime(parsing: fields["start-\(sessionID)"]),
              let end = LocalTime(parsing: fields["end-\(sessionID)"]), end > start else {
            state.errors["plan"] = strings.classAdmin.errorTime
            return (nil, 422)
        }
        try database.moveSession(id: sessionID, startsAt: day.unixSeconds(atMinutes: start.minutes),
                                 endsAt: day.unixSeconds(atMinutes: end.minutes), by: actor)
        return (strings.classAdmin.sessionMoved, 200)
    }

    private func enrolByPhone(_ fields: FormFields, classID: Int64, actor: Actor, strings: Strings,
                              state: inout FormState) throws -> (String?, Int) {
        guard let phone = PhoneNumber(fields["enrol-phone"]) else {
            state.errors["enrol-phone"] = strings.account.errorPhone
            return (nil, 422)
        }
        guard let person = try database.personForLogin(phone: phone)?.person else {
            state.errors["enrol-phone"] = strings.account.errorUnknownPhone
            return (nil, 422)
        }
        let enrolment = try database.enrol(classID: classID, personID: person.id, by: actor)
        return (strings.classAdmin.enrolledOnBehalf(person.fullName, enrolment.status == .waiting), 200)
    }

    /// The library's courses for the class form, by title.
    var courseChoices: [(slug: String, title: String)] {
        library.courses.map { ($0.slug, $0.title) }.sorted { TextFolding.fold($0.title) < TextFolding.fold($1.title) }
    }
}
