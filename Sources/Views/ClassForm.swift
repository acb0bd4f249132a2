import Domain
import Routes

/// The facts of a class as a form: opening one and editing it ask the same things.
struct ClassForm {
    var action: Route
    var form: FormState
    var courses: [(slug: String, title: String)]
    var villages: [Village]
    var instructors: [Person]
    var submit: String
    /// False for an event of the Week: its seats are edited with its event details, where
    /// an empty count makes it an open event.
    var asksCapacity = true

    func render(_ context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        func select(_ name: String, _ label: String, _ options: [(value: String, label: String)]) -> HTML {
            let items = options.map { option -> HTML in
                "<option value=\"\(option.value)\"\(form[name] == option.value ? " selected" : "" as HTML)>\(option.label)</option>"
            }
            return "<div class=\"field\"><label for=\"\(name)\">\(label)</label><select id=\"\(name)\" name=\"\(name)\">\(items)</select></div>"
        }
        let groups = TargetGroup.all.map { group -> HTML in
            let checked: HTML = form.values["group-\(group.number)"] != nil ? " checked" : ""
            return "<label class=\"choice\"><input type=\"checkbox\" name=\"group-\(group.number)\" value=\"1\"\(checked)> \(group.number). \(context.strings.groupName(group))</label>"
        }
        return """
        <form class="narrow" action="\(action.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="save">
        \(Forms.summary(form.errors.isEmpty ? form.message : context.strings.account.fixErrors))
        \(select("course", strings.course, [("", strings.topicOption)] + courses.map { ($0.slug, $0.title) }))
        \(Forms.field("title", label: strings.title, value: form["title"], error: form.errors["title"], hint: strings.titleHint,
                      attributes: " maxlength=\"150\""))
        \(select("field", strings.field, Field.allCases.map { ($0.code, context.strings.fieldName($0)) }))
        \(select("venue-kind", strings.venueKind, Venue.Kind.allCases.map { ($0.rawValue, context.strings.classes.venueKind($0)) }))
        \(Forms.field("venue-name", label: strings.venueName, value: form["venue-name"], attributes: " maxlength=\"150\""))
        \(select("village", context.strings.account.village, [("", "—")] + villages.map { (String($0.id), $0.displayName) }))
        \(Forms.field("venue-link", label: strings.venueLink, value: form["venue-link"], type: "url", error: form.errors["venue-link"],
                      attributes: " maxlength=\"300\""))
        \(select("instructor", strings.instructor, [("", strings.noInstructor)] + instructors.map { (String($0.id), $0.fullName) }))
        \(Forms.field("guest", label: strings.guestInstructor, value: form["guest"], attributes: " maxlength=\"100\""))
        \(Forms.field("partner", label: strings.partner, value: form["partner"], attributes: " maxlength=\"150\""))
        \(asksCapacity ? Forms.field("capacity", label: strings.capacity, value: form["capacity"], error: form.errors["capacity"],
                                    attributes: " inputmode=\"numeric\" maxlength=\"4\" required") : "")
        \(Forms.field("points", label: strings.points, value: form["points"], error: form.errors["points"],
                      attributes: " inputmode=\"numeric\" maxlength=\"3\""))
        \(Forms.field("opens", label: strings.enrolOpens, value: form["opens"], error: form.errors["opens"], hint: strings.dateHint,
                      attributes: " inputmode=\"numeric\" maxlength=\"10\""))
        \(Forms.field("closes", label: strings.enrolCloses, value: form["closes"], error: form.errors["closes"], hint: strings.dateHint,
                      attributes: " inputmode=\"numeric\" maxlength=\"10\""))
        <fieldset class="field"><legend>\(strings.groups)</legend>\(groups)</fieldset>
        \(Self.indicators(form, context: context))
        \(Forms.field("summary", label: strings.summary, value: form["summary"], attributes: " maxlength=\"500\""))
        <button type="submit">\(submit)</button>
        </form>
        """
    }

    /// The form's values for an existing class.
    static func values(of value: CourseClass) -> [String: String] {
        var values: [String: String] = [:]
        values["course"] = value.courseSlug ?? ""
        values["title"] = value.title
        values["field"] = value.field.code
        values["venue-kind"] = value.venue.kind.rawValue
        values["venue-name"] = value.venue.name
        values["village"] = value.villageID.map(String.init) ?? ""
        values["venue-link"] = value.venue.link
        values["instructor"] = value.instructorID.map(String.init) ?? ""
        values["guest"] = value.guestInstructor
        values["partner"] = value.partner
        values["capacity"] = String(value.capacity)
        values["points"] = String(value.pointsPerSession)
        values["opens"] = value.enrolOpensAt.map { DateText.day(unixSeconds: $0) } ?? ""
        // Stored as the first moment it is closed: the form shows the last day it is open.
        values["closes"] = value.enrolClosesAt.map { DateText.day(unixSeconds: $0 - 1) } ?? ""
        values["summary"] = value.summary
        for group in value.groups { values["group-\(group.number)"] = "1" }
        for number in value.indicators { values["indicator-\(number)"] = "1" }
        return values
    }

    /// The learning-citizen indicators a class or event supports, one box each, named by the
    /// standard criteria's short labels: a tag says what the indicator is about, whatever
    /// wording the year's criteria give it (the year and group do not change the standard set).
    static func indicators(_ form: FormState, context: PageContext) -> HTML {
        let boxes = CriteriaSet.standard(year: 0, group: TargetGroup.all[0]).indicators.map { indicator -> HTML in
            let name = "indicator-\(indicator.number)"
            let checked: HTML = form.values[name] != nil ? " checked" : ""
            return "<label class=\"choice\"><input type=\"checkbox\" name=\"\(name)\" value=\"1\"\(checked)> \(indicator.number). \(indicator.label)</label>"
        }
        return "<fieldset class=\"field\"><legend>\(context.strings.criteria.indicatorsLegend)</legend>\(boxes)</fieldset>"
    }

    /// A new class's starting values: every group, 30 seats, at the centre.
    static let defaults: [String: String] = [
        "capacity": "30", "points": "1", "venue-kind": Venue.Kind.centre.rawValue,
        "group-1": "1", "group-2": "1", "group-3": "1", "group-4": "1",
    ]
}
