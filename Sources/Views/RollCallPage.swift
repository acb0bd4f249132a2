import Domain
import Routes

/// `/quan-tri/buoi/{id}/diem-danh`: the roll call on an instructor's phone in a village hall.
/// One form per tap, so it works with no JavaScript at all; `roll-call.js` only saves taps
/// without reloading the page.
public struct RollCallPage: Sendable {
    public var session: ClassSession
    public var courseClass: CourseClass
    /// The seated learners, then the walk-ins, each with what is recorded.
    public var roster: [(person: Person, status: AttendanceStatus?, walkIn: Bool)]
    public var villages: [Village]
    /// Residents matching the walk-in search, when one was made.
    public var found: [Person]?
    public var query: String
    public var notice: String?
    public var form: FormState

    public init(session: ClassSession, courseClass: CourseClass, roster: [(person: Person, status: AttendanceStatus?, walkIn: Bool)],
                villages: [Village], found: [Person]? = nil, query: String = "", notice: String? = nil, form: FormState = FormState()) {
        self.session = session
        self.courseClass = courseClass
        self.roster = roster
        self.villages = villages
        self.found = found
        self.query = query
        self.notice = notice
        self.form = form
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let action = Route.rollCall(sessionID: session.id).link
        let statuses = roster.compactMap(\.status)
        func count(_ status: AttendanceStatus) -> Int { statuses.filter { $0 == status }.count }
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        // Numbers in their own elements, so roll-call.js can keep them current after a tap.
        let counts = HTML.join(AttendanceStatus.allCases.map { status -> HTML in
            "\(strings.shortStatus(status)) <b data-count=\"\(status.rawValue)\">\(count(status))</b>"
        } + ["\(strings.total) <b>\(roster.count)</b>"], separator: " · ")
        let rows = roster.map { entry -> HTML in
            let buttons = AttendanceStatus.allCases.map { status -> HTML in
                let pressed = entry.status == status
                return """
                <form action="\(action)" method="post">\(Forms.csrf(context.csrfToken))\
                <input type="hidden" name="action" value="mark"><input type="hidden" name="person" value="\(entry.person.id)">\
                <input type="hidden" name="status" value="\(status.rawValue)">\
                <button type="submit" class="status status-\(status.rawValue)" aria-pressed="\(pressed ? "true" : "false")">\
                \(strings.shortStatus(status))</button></form>
                """
            }
            let walkIn: HTML = entry.walkIn ? " <span class=\"tag\">\(strings.walkIn)</span>" : ""
            let place = entry.person.villageID.flatMap { names[$0] } ?? ""
            return """
            <li id="nguoi-\(entry.person.id)"><span class="who">\(entry.person.fullName)\(walkIn)<br>\
            <span class="meta">\(place)</span></span><span class="taps">\(buttons)</span></li>
            """
        }
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.classes.classes, .adminClasses), (courseClass.title, .adminClass(id: courseClass.id)),
                                 (strings.rollCall, nil)], strings: context.strings))
        <h1>\(strings.rollCall)</h1>
        <p class="meta">\(courseClass.title) · \(SessionList.time(session, context: context))</p>
        \(noticeHTML)
        <p class="roll-count" aria-live="polite">\(counts)</p>
        <ul class="roll-call" data-roll-call>\(rows)</ul>
        \(walkInForms(context))
        <p><a href="\(Route.checkInDisplay(sessionID: session.id).link)">\(strings.checkInScreen)</a> · \
        <a href="\(Route.paperRoster(sessionID: session.id).link)">\(strings.paperRoster)</a> · \
        <a href="\(Route.paperEntry(sessionID: session.id).link)">\(strings.paperEntry)</a></p>
        <script src="\(Route.asset(path: ["roll-call.js"]).link)" defer></script>
        """
        return Layout.render(Document(title: strings.rollCall, description: strings.rollCallLead, body: body), context: context)
    }

    private func walkInForms(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let action = Route.rollCall(sessionID: session.id).link
        let results: HTML = found.map { people -> HTML in
            guard !people.isEmpty else { return "<p>\(strings.noMatch)</p>" }
            return "<ul class=\"people\">\(people.map { person -> HTML in """
                <li>\(person.fullName) · \(person.phone.description)
                <form class="inline" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))\
                <input type="hidden" name="action" value="mark"><input type="hidden" name="person" value="\(person.id)">\
                <input type="hidden" name="status" value="\(AttendanceStatus.present.rawValue)">\
                <button type="submit" class="secondary small">\(strings.add)</button></form></li>
                """ })</ul>"
        } ?? ""
        let villageOptions = [HTML("<option value=\"\">—</option>")] + villages.map { HTML("<option value=\"\($0.id)\">\($0.displayName)</option>") }
        let villageField: HTML = villages.isEmpty ? "" : """
            <div class="field"><label for="village">\(context.strings.account.village)</label><select id="village" name="village">\(villageOptions)</select></div>
            """
        return """
        <h2>\(strings.walkIns)</h2>
        <form class="narrow" action="\(action)" method="get">
        \(Forms.field("q", label: strings.findWalkIn, value: query, type: "search", hint: strings.findHint, attributes: " autocomplete=\"off\""))
        <button type="submit" class="secondary">\(strings.find)</button>
        </form>
        \(results)
        <details\(form.errors.isEmpty ? "" : " open" as HTML)><summary>\(strings.newWalkIn)</summary>
        <form class="narrow" action="\(action)" method="post">\(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="new-walk-in">
        \(Forms.field("name", label: context.strings.account.fullName, value: form["name"], error: form.errors["name"], attributes: " maxlength=\"100\" required"))
        \(Forms.field("phone", label: context.strings.account.phone, value: form["phone"], type: "tel", error: form.errors["phone"],
                      attributes: " inputmode=\"tel\" required"))
        \(villageField)
        <button type="submit">\(strings.newWalkInSubmit)</button>
        </form></details>
        """
    }
}
