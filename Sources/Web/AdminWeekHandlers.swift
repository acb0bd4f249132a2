import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/tuan-le`: the editions; POST creates one (`create`) or clones the latest (`clone`).
    func adminWeeks(_ exchange: Exchange) throws -> Response {
        let strings = exchange.context.strings.weekAdmin
        let fields = FormFields(exchange.form)
        func render(_ form: FormState = FormState(), notice: String? = nil, status: Int = 200) throws -> Response {
            page(AdminWeeksPage(years: try database.editions().map(\.edition.year), form: form, notice: notice).render(exchange.context),
                 status: status)
        }
        guard exchange.request.method == "POST" else { return try render() }
        let actor = try actor(exchange)
        switch fields["action"] {
        case "clone":
            guard let from = Int(fields["from"]), let next = WeekEdition.standard(year: from + 1) else { throw PageFailure(status: 400) }
            do {
                let copied = try database.cloneEdition(from: from, to: next, by: actor)
                pageCache.removeAll()
                return try render(notice: strings.cloned(copied))
            } catch EditionError.yearTaken {
                return try render(FormState(message: strings.errorYearTaken), status: 422)
            }
        case "create":
            var state = FormState(values: fields.values(except: ["csrf"]))
            guard let year = Int(fields["year"].trimmingSpaces), let stored = Self.edition(fields, year: year) else {
                state.message = strings.errorYear
                return try render(state, status: 422)
            }
            do {
                try database.createEdition(stored, by: actor)
            } catch EditionError.yearTaken {
                state.message = strings.errorYearTaken
                return try render(state, status: 422)
            }
            return redirect(to: .adminWeek(year: year))
        default:
            throw PageFailure(status: 400)
        }
    }

    /// `/quan-tri/tuan-le/{year}`: the edition; POST saves it (`save`), adds an event
    /// (`add-event`), or uploads or removes its banner (`banner`, `remove-banner`, multipart).
    func adminWeek(_ exchange: Exchange, year: Int) throws -> Response {
        guard let stored = try database.edition(year: year) else { throw PageFailure(status: 404) }
        let strings = exchange.context.strings.weekAdmin
        let fields = FormFields(exchange.form)
        var form = FormState(values: AdminWeekForm.values(stored.edition, placeholder: stored.themeIsPlaceholder, description: stored.description))
        var eventForm: FormState?
        var bannerError: String?
        var notice: String?
        var status = 200
        var current = stored
        if exchange.request.method == "POST" {
            switch fields["action"] {
            case "save":
                if let edited = Self.edition(fields, year: year) {
                    try database.updateEdition(edited, by: try actor(exchange))
                    (current, notice) = (edited, strings.saved)
                    form = FormState(values: AdminWeekForm.values(edited.edition, placeholder: edited.themeIsPlaceholder,
                                                                  description: edited.description))
                } else {
                    form = FormState(values: fields.values(except: ["csrf"]), message: strings.errorYear)
                    status = 422
                }
            case "add-event":
                var state = FormState(values: fields.values(except: ["csrf"]))
                if let (event, time) = WeekEventInput.read(fields, edition: stored.edition, strings: exchange.context.strings, state: &state) {
                    try database.createClass(event, sessions: [time], by: try actor(exchange))
                    notice = strings.eventAdded
                } else {
                    (eventForm, status) = (state, 422)
                }
            case "banner", "remove-banner":
                (notice, bannerError) = try bannerAction(exchange, year: year, action: fields["action"])
                if bannerError != nil { status = 422 }
            default:
                throw PageFailure(status: 400)
            }
            pageCache.removeAll()
        }
        let view = AdminWeekPage(year: year, themeIsPlaceholder: current.themeIsPlaceholder, events: try database.events(year: year),
                                 form: form, eventForm: eventForm ?? FormState(values: ["type": EventType.talk.rawValue, "points": "2"]),
                                 banner: try database.weekBannerSummary(year: year), bannerError: bannerError, notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    /// An edition from its form, or nil when the dates do not make a valid Week.
    private static func edition(_ fields: FormFields, year: Int) -> StoredEdition? {
        guard let from = LocalDate(parsing: fields["from"]), let to = LocalDate(parsing: fields["to"]) else { return nil }
        let edition = WeekEdition(year: year, startsOn: from, endsOn: to, theme: fields.text("theme"), slogan: fields.text("slogan"))
        guard (try? edition.validate()) != nil else { return nil }
        return StoredEdition(edition: edition, themeIsPlaceholder: fields["placeholder"] == "1", description: fields.text("description"))
    }
}

/// The event forms, checked: adding an event asks its time and points as well as the
/// details that editing one asks again.
enum WeekEventInput {
    /// The "add an event" form: the event as a class and its one session's time.
    static func read(_ fields: FormFields, edition: WeekEdition, strings: Strings,
                     state: inout FormState) -> (CourseClass, (startsAt: Int64, endsAt: Int64))? {
        let admin = strings.weekAdmin
        let title = fields.text("title")
        if title.isEmpty || title.count > 150 { state.errors["title"] = admin.errorTitle }
        var time: (startsAt: Int64, endsAt: Int64)?
        if let day = LocalDate(parsing: fields["day"]), day >= edition.startsOn, day <= edition.endsOn,
           let start = LocalTime(parsing: fields["start"]), let end = LocalTime(parsing: fields["end"]), end > start {
            time = (day.unixSeconds(atMinutes: start.minutes), day.unixSeconds(atMinutes: end.minutes))
        } else {
            state.errors["day"] = admin.errorDay
        }
        let points = Int(fields["points"].trimmingSpaces).flatMap { (0...100).contains($0) ? $0 : nil }
        if points == nil { state.errors["points"] = strings.classAdmin.errorPoints }
        let details = Self.details(fields, editionYear: edition.year, strings: admin, state: &state)
        guard state.errors.isEmpty, let time, let points, let details else { return nil }
        let event = CourseClass(
            id: 0, courseSlug: nil, title: title, field: details.event.type == .digitalSkillsClass ? .digitalSkills : .culture,
            venue: Venue(kind: Venue.Kind(rawValue: fields["venue-kind"]) ?? .other, name: fields.text("venue-name")),
            capacity: details.capacity, pointsPerSession: points, indicators: ClassInput.indicators(fields), event: details.event)
        return (event, time)
    }

    /// The details both event forms ask, with the seats: an empty capacity makes an open
    /// event, stored with `EventDetails.openCapacity` seats.
    static func details(_ fields: FormFields, editionYear: Int, strings: WeekAdminStrings,
                        state: inout FormState) -> (event: EventDetails, capacity: Int)? {
        let capacityText = fields["capacity"].trimmingSpaces
        let capacity = capacityText.isEmpty ? nil : Int(capacityText).flatMap { (1...5000).contains($0) ? $0 : nil }
        if !capacityText.isEmpty, capacity == nil {
            state.errors["capacity"] = strings.errorNumber
            return nil
        }
        let event = EventDetails(editionYear: editionYear, type: EventType(rawValue: fields["type"]) ?? .other,
                                 organiser: fields.text("organiser"), audience: fields.text("audience"),
                                 description: fields.text("description"), takesRegistration: capacity != nil)
        return (event, capacity ?? EventDetails.openCapacity)
    }
}
