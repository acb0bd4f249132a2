import Domain
import Routes

/// The fields of an edition and of an event, shared by the staff pages of the Week and of a class.
public enum AdminWeekForm {
    static func fields(_ form: FormState, context: PageContext) -> HTML {
        let strings = context.strings.weekAdmin
        let placeholder: HTML = form["placeholder"] == "1" ? " checked" : ""
        return """
        \(Forms.field("from", label: strings.from, value: form["from"], hint: "dd/mm/yyyy", attributes: " inputmode=\"numeric\" required"))
        \(Forms.field("to", label: strings.to, value: form["to"], hint: "dd/mm/yyyy", attributes: " inputmode=\"numeric\" required"))
        \(Forms.field("theme", label: strings.theme, value: form["theme"], attributes: " maxlength=\"300\""))
        <div class="field"><label class="choice"><input type="checkbox" name="placeholder" value="1"\(placeholder)> \(strings.themePlaceholder)</label></div>
        \(Forms.field("slogan", label: strings.slogan, value: form["slogan"], attributes: " maxlength=\"200\""))
        \(Forms.field("description", label: strings.description, value: form["description"], attributes: " maxlength=\"1000\""))
        """
    }

    /// The form adding an event to an edition: its title, time, place and points, then its details.
    static func event(_ form: FormState, action: Route, context: PageContext) -> HTML {
        let strings = context.strings.weekAdmin
        let kinds = Venue.Kind.allCases.map { kind -> HTML in
            "<option value=\"\(kind.rawValue)\"\(form["venue-kind"] == kind.rawValue ? " selected" : "" as HTML)>\(context.strings.classes.venueKind(kind))</option>"
        }
        return eventForm(form, action: action, name: "add-event", submit: strings.addEvent, context: context, fields: """
            \(Forms.field("title", label: strings.eventTitle, value: form["title"], error: form.errors["title"], attributes: " maxlength=\"150\" required"))
            \(Forms.field("day", label: strings.day, value: form["day"], error: form.errors["day"], attributes: " inputmode=\"numeric\" required"))
            \(Forms.field("start", label: context.strings.classAdmin.startTime, value: form["start"], attributes: " required"))
            \(Forms.field("end", label: context.strings.classAdmin.endTime, value: form["end"], attributes: " required"))
            <div class="field"><label for="venue-kind">\(context.strings.classAdmin.venueKind)</label><select id="venue-kind" name="venue-kind">\(kinds)</select></div>
            \(Forms.field("venue-name", label: context.strings.classAdmin.venueName, value: form["venue-name"], attributes: " maxlength=\"150\""))
            \(Forms.field("points", label: context.strings.classAdmin.points, value: form["points"], error: form.errors["points"],
                          attributes: " inputmode=\"numeric\" maxlength=\"3\""))
            \(ClassForm.indicators(form, context: context))
            \(details(form, context: context))
            """)
    }

    /// The form editing an event's details on its class's staff page (the class form there
    /// edits its title, place, points and indicators, and the sessions list moves its time).
    static func editEvent(_ form: FormState, action: Route, context: PageContext) -> HTML {
        eventForm(form, action: action, name: "save-event", submit: context.strings.weekAdmin.saveEvent, context: context,
                  fields: details(form, context: context))
    }

    /// An event's values for the details form: an open event shows no seat count.
    static func values(of courseClass: CourseClass) -> [String: String] {
        guard let event = courseClass.event else { return [:] }
        return ["type": event.type.rawValue, "organiser": event.organiser, "audience": event.audience,
                "capacity": event.takesRegistration ? String(courseClass.capacity) : "", "description": event.description]
    }

    /// What an event has beyond a class: its kind, organisers, audience, seats and description.
    private static func details(_ form: FormState, context: PageContext) -> HTML {
        let strings = context.strings.weekAdmin
        let types = EventType.allCases.map { type -> HTML in
            "<option value=\"\(type.rawValue)\"\(form["type"] == type.rawValue ? " selected" : "" as HTML)>\(context.strings.week.typeName(type))</option>"
        }
        return """
        <div class="field"><label for="type">\(strings.eventType)</label><select id="type" name="type">\(types)</select></div>
        \(Forms.field("organiser", label: strings.organiser, value: form["organiser"], attributes: " maxlength=\"200\""))
        \(Forms.field("audience", label: strings.audience, value: form["audience"], attributes: " maxlength=\"150\""))
        \(Forms.field("capacity", label: strings.capacity, value: form["capacity"], error: form.errors["capacity"], hint: strings.capacityHint,
                      attributes: " inputmode=\"numeric\" maxlength=\"4\""))
        <div class="field"><label for="event-description">\(strings.eventDescription)</label>\
        <textarea id="event-description" name="description" rows="5" maxlength="5000">\(form["description"])</textarea></div>
        """
    }

    /// A form posting `name` as its `action`, with the summary a failed post shows first.
    private static func eventForm(_ form: FormState, action: Route, name: String, submit: String, context: PageContext,
                                  fields: HTML) -> HTML {
        let summary = form.errors.isEmpty ? form.message : context.strings.account.fixErrors
        return """
        <form class="narrow" action="\(action.link)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="\(name)">
        \(Forms.summary(summary))
        \(fields)
        <button type="submit">\(submit)</button>
        </form>
        """
    }

    /// An edition's values for its form.
    public static func values(_ edition: WeekEdition, placeholder: Bool, description: String) -> [String: String] {
        ["from": edition.startsOn.description, "to": edition.endsOn.description, "theme": edition.theme, "slogan": edition.slogan,
         "description": description, "placeholder": placeholder ? "1" : ""]
    }
}
