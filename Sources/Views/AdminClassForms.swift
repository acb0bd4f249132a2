import Domain
import Routes

/// The smaller forms of a class's staff page. Each posts to the class with its own `action`.
enum AdminClassForms {
    static func enrol(courseClass: CourseClass, households: [Household], form: FormState, context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        let action = Route.adminClass(id: courseClass.id).link
        let household: HTML = households.isEmpty ? "" : """
            <form class="narrow" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))
            <input type="hidden" name="action" value="enrol-household">
            <div class="field"><label for="household">\(strings.enrolHousehold)</label><select id="household" name="household">\
            \(households.map { HTML("<option value=\"\($0.id)\">\($0.headName)</option>") })</select></div>
            <button type="submit" class="secondary">\(strings.enrolHouseholdSubmit)</button>
            </form>
            """
        return """
        <form class="narrow" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="enrol-phone">
        \(Forms.field("enrol-phone", label: strings.enrolByPhone, value: form["enrol-phone"], type: "tel", error: form.errors["enrol-phone"],
                      attributes: " inputmode=\"tel\" required"))
        <button type="submit" class="secondary">\(strings.enrolSubmit)</button>
        </form>
        \(household)
        """
    }

    static func sessions(_ sessions: [ClassSession], courseClass: CourseClass, context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        guard !sessions.isEmpty else { return "<p>\(context.strings.classes.noSessions)</p>" }
        let action = Route.adminClass(id: courseClass.id).link
        let items = sessions.map { session -> HTML in
            let state: HTML = session.cancelled ? " <span class=\"tag cancelled\">\(context.strings.classes.cancelled)</span>" : ""
            let cancel: HTML = session.cancelled ? "" : """
                <form class="inline" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))\
                <input type="hidden" name="action" value="cancel-session"><input type="hidden" name="session" value="\(session.id)">\
                <button type="submit" class="secondary small">\(strings.cancel)</button></form>
                """
            let start = DateText.dayAndTime(unixSeconds: session.startsAt)
            return """
            <li>\(SessionList.time(session, context: context))\(state)
            <br><a href="\(Route.rollCall(sessionID: session.id).link)">\(context.strings.attendance.rollCall)</a> · \
            <a href="\(Route.paperRoster(sessionID: session.id).link)">\(context.strings.attendance.paperRoster)</a>
            <details><summary>\(strings.moveTo)</summary>
            <form class="session-move" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))
            <input type="hidden" name="action" value="move-session"><input type="hidden" name="session" value="\(session.id)">
            \(Forms.field("day-\(session.id)", label: strings.fromDate, value: String(start.prefix(10)), attributes: " inputmode=\"numeric\" required"))
            \(Forms.field("start-\(session.id)", label: strings.startTime, value: String(start.suffix(5)), attributes: " required"))
            \(Forms.field("end-\(session.id)", label: strings.endTime, value: String(DateText.dayAndTime(unixSeconds: session.endsAt).suffix(5)),
                          attributes: " required"))
            <button type="submit" class="secondary small">\(strings.move)</button>
            </form></details>
            \(cancel)</li>
            """
        }
        return "<ul class=\"sessions\">\(items)</ul>"
    }

    static func addSessions(courseClass: CourseClass, form: FormState, context: PageContext) -> HTML {
        let strings = context.strings.classAdmin
        let days = [1, 2, 3, 4, 5, 6, 0].map { day -> HTML in
            let checked: HTML = form.values["day-\(day)"] != nil ? " checked" : ""
            return "<label class=\"choice\"><input type=\"checkbox\" name=\"day-\(day)\" value=\"1\"\(checked)> \(context.strings.weekdays[day])</label>"
        }
        return """
        <h3>\(strings.addSessions)</h3>
        <form class="narrow" action="\(Route.adminClass(id: courseClass.id).link)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="add-sessions">
        <p class="hint">\(strings.addSessionsHint)</p>
        \(Forms.summary(form.errors["plan"]))
        <fieldset class="field"><legend>\(strings.weekdays)</legend>\(days)</fieldset>
        \(Forms.field("start", label: strings.startTime, value: form["start"], attributes: " required"))
        \(Forms.field("end", label: strings.endTime, value: form["end"], attributes: " required"))
        \(Forms.field("from", label: strings.fromDate, value: form["from"], hint: "dd/mm/yyyy", attributes: " inputmode=\"numeric\" required"))
        \(Forms.field("through", label: strings.throughDate, value: form["through"], hint: "dd/mm/yyyy", attributes: " inputmode=\"numeric\""))
        <button type="submit">\(strings.addSessions)</button>
        </form>
        """
    }
}
