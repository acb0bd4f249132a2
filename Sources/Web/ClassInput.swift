import Domain
import Storage
import Views

/// The class form's fields, checked: the same for opening a class and editing it.
enum ClassInput {
    /// `keepingCapacity` is an event's seats, which its own details form edits: the class form does not ask them.
    static func read(_ fields: FormFields, id: Int64, library: CourseLibrary, villages: [Village], instructors: [Person],
                     keepingCapacity kept: Int? = nil, strings: ClassAdminStrings, state: inout FormState) -> CourseClass? {
        let course = library.course(slug: fields["course"])
        let typedTitle = fields.text("title")
        let title = typedTitle.isEmpty ? course?.title ?? "" : typedTitle
        if title.isEmpty || title.count > 150 { state.errors["title"] = strings.errorTitle }
        let capacity = kept ?? Int(fields["capacity"].trimmingSpaces).flatMap { (1...1000).contains($0) ? $0 : nil }
        if capacity == nil { state.errors["capacity"] = strings.errorCapacity }
        let pointsText = fields["points"].trimmingSpaces
        let points = pointsText.isEmpty ? 0 : Int(pointsText).flatMap { (0...100).contains($0) ? $0 : nil }
        if points == nil { state.errors["points"] = strings.errorPoints }
        func day(_ name: String) -> LocalDate?? {
            let text = fields[name].trimmingSpaces
            guard !text.isEmpty else { return .some(nil) }
            guard let date = LocalDate(parsing: text) else {
                state.errors[name] = strings.errorDate
                return nil
            }
            return .some(date)
        }
        let opens = day("opens"), closes = day("closes")
        let link = fields.text("venue-link")
        if !link.isEmpty, !link.hasPrefix("https://") { state.errors["venue-link"] = strings.errorLink }
        guard state.errors.isEmpty, let capacity, let points, let opens, let closes else { return nil }
        let kind = Venue.Kind(rawValue: fields["venue-kind"]) ?? .centre
        // A class of a course belongs to the course's field; a topic session's field is chosen.
        let field = course?.field ?? Field(rawValue: fields["field"]) ?? .lifeSkills
        return CourseClass(
            id: id, courseSlug: course?.slug, title: title, field: field,
            venue: Venue(kind: kind, name: fields.text("venue-name"), link: kind == .online ? link : ""),
            villageID: villages.first { String($0.id) == fields["village"] }?.id,
            instructorID: instructors.first { String($0.id) == fields["instructor"] }?.id,
            guestInstructor: fields.text("guest"), partner: fields.text("partner"), capacity: capacity,
            // Enrolment is open through the whole last day: it closes at the next midnight.
            enrolOpensAt: opens?.unixSeconds(atMinutes: 0), enrolClosesAt: closes?.adding(days: 1).unixSeconds(atMinutes: 0),
            groups: TargetGroup.all.filter { fields["group-\($0.number)"] == "1" }, pointsPerSession: points,
            summary: fields.text("summary"), indicators: indicators(fields))
    }

    /// The indicator boxes ticked (`ClassForm.indicators`), for a class or an event.
    static func indicators(_ fields: FormFields) -> [Int] {
        (1...10).filter { fields["indicator-\($0)"] == "1" }
    }

    /// The session times a "add sessions" form describes, or nil with the reason in `state`.
    static func plan(_ fields: FormFields, strings: Strings, state: inout FormState) -> [(startsAt: Int64, endsAt: Int64)]? {
        let admin = strings.classAdmin
        guard let start = LocalTime(parsing: fields["start"]), let end = LocalTime(parsing: fields["end"]) else {
            state.errors["plan"] = admin.errorTime
            return nil
        }
        guard let from = LocalDate(parsing: fields["from"]) else {
            state.errors["plan"] = admin.errorDate
            return nil
        }
        let throughText = fields["through"].trimmingSpaces
        guard let through = throughText.isEmpty ? from : LocalDate(parsing: throughText) else {
            state.errors["plan"] = admin.errorDate
            return nil
        }
        var weekdays = Set((0...6).filter { fields["day-\($0)"] == "1" })
        // One date and no weekday ticked: one session on that day.
        if weekdays.isEmpty, from == through { weekdays = [from.weekday] }
        do {
            return try SessionPlan(weekdays: weekdays, startMinutes: start.minutes, endMinutes: end.minutes, from: from, through: through)
                .occurrences()
        } catch {
            state.errors["plan"] = strings.language == .english ? error.englishMessage : error.message
            return nil
        }
    }
}
