import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/lop/{id}`: a class for everyone; a signed-in resident also sees their place.
    func classPage(_ exchange: Exchange, id: Int64, notice: String? = nil) throws -> Response {
        guard let courseClass = try database.courseClass(id: id) else { throw PageFailure(status: 404) }
        var place: (status: EnrolmentStatus, waitingPosition: Int?, promoted: Bool)?
        if let person = exchange.visitor.person, let enrolment = try database.enrolment(classID: id, personID: person.id) {
            place = (enrolment.status, try database.waitingPosition(classID: id, personID: person.id), enrolment.promotedAt != nil)
        }
        let instructor = try courseClass.instructorID.flatMap { try database.person(id: $0) }
        let village = try courseClass.villageID.flatMap { try database.village(id: $0) }
        let course = courseClass.courseSlug.flatMap { library.course(slug: $0) }
        var view = ClassPage(courseClass: courseClass, sessions: try database.sessions(classID: id),
                             counts: try database.enrolmentCounts(classID: id), instructorName: instructor?.fullName,
                             village: village, courseTitle: course?.title, enrolment: place, now: clock(), notice: notice)
        view.descriptionHTML = courseClass.event.map { MarkdownRenderer.render($0.description).html } ?? ""
        view.indicators = CourseClass.supportedIndicators(tagged: courseClass.indicators, courseIndicators: course?.indicators ?? [],
                                                          field: courseClass.field).sorted()
        return page(view.render(exchange.context))
    }

    /// `/lop/{id}/dang-ky`: POST enrols the signed-in resident (a seat or the waiting list)
    /// or gives up their place, then shows the class again.
    func enrol(_ exchange: Exchange, classID: Int64) throws -> Response {
        guard exchange.request.method == "POST" else { return redirect(to: .courseClass(id: classID)) }
        guard let person = exchange.visitor.person, let courseClass = try database.courseClass(id: classID) else {
            throw PageFailure(status: 404)
        }
        let strings = exchange.context.strings.classes
        let actor = try actor(exchange)
        switch FormFields(exchange.form)["action"] {
        case "enrol":
            guard courseClass.isEnrolmentOpen(now: actor.now) else { return try classPage(exchange, id: classID, notice: strings.enrolmentClosed) }
            try database.enrol(classID: classID, personID: person.id, by: actor)
            pageCache.removeAll()
            return try classPage(exchange, id: classID, notice: strings.enrolled)
        case "leave":
            try database.leaveClass(classID: classID, personID: person.id, by: actor)
            pageCache.removeAll()
            return try classPage(exchange, id: classID, notice: strings.leftClass)
        default:
            throw PageFailure(status: 400)
        }
    }

    /// A person's classes as their page lists them (and staff see them).
    func myClasses(personID: Int64) throws -> [MyClass] {
        try database.enrolments(personID: personID).map {
            MyClass(courseClass: $0.courseClass, status: $0.enrolment.status, promoted: $0.enrolment.promotedAt != nil)
        }
    }

    /// `/lich`: one week's sessions by day, the week of today unless the address names another.
    /// The caller reads the clock once, so the page and its cache entry agree on the week.
    func schedulePage(_ exchange: Exchange, villageID: Int64?, field: Field?, week: CalendarWeek?,
                      currentWeek: CalendarWeek) throws -> Response {
        let schedule = try database.schedule(week: week ?? currentWeek, villageID: villageID, field: field)
        let view = SchedulePage(schedule: schedule, currentWeek: currentWeek, villages: try database.villages(),
                                villageID: villageID, field: field)
        return page(view.render(exchange.context))
    }
}
