import Domain
import Routes

/// `/quan-tri/buoi/{id}/danh-sach`: the A4 list people sign in halls without signal: name,
/// village, year of birth, a signature column and blank rows for walk-ins.
public struct PaperRosterPage: Sendable {
    public var session: ClassSession
    public var courseClass: CourseClass
    public var people: [Person]
    public var villages: [Village]
    /// Rows left empty for people who come without enrolling.
    static let blankRows = 10

    public init(session: ClassSession, courseClass: CourseClass, people: [Person], villages: [Village]) {
        self.session = session
        self.courseClass = courseClass
        self.people = people
        self.villages = villages
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let account = context.strings.account
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        let rows = people.enumerated().map { index, person -> HTML in
            """
            <tr><td>\(index + 1)</td><td>\(person.fullName)</td><td>\(person.villageID.flatMap { names[$0] } ?? "")</td>\
            <td>\(person.birthYear.map(String.init) ?? "")</td><td class="sign"></td></tr>
            """
        } + (0..<Self.blankRows).map { index -> HTML in
            "<tr><td>\(people.count + index + 1)</td><td></td><td></td><td></td><td class=\"sign\"></td></tr>"
        }
        let body: HTML = """
        <div class="roster">
        <p class="roster-centre">\(context.site.centreName) – \(context.site.communeName)</p>
        <h1>\(courseClass.title)</h1>
        <p>\(SessionList.time(session, context: context)) · \(courseClass.venue.name.isEmpty ? context.strings.classes.venueKind(courseClass.venue.kind) : courseClass.venue.name)</p>
        <p class="meta">\(strings.shortCode("B\(session.id)"))</p>
        <table class="roster-table">
        <thead><tr><th scope="col">\(strings.number)</th><th scope="col">\(account.fullName)</th><th scope="col">\(account.village)</th>\
        <th scope="col">\(account.birthYear)</th><th scope="col">\(strings.signature)</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        <p class="no-print"><button type="button" data-print>\(strings.print)</button> \
        <a href="\(Route.paperEntry(sessionID: session.id).link)">\(strings.paperEntry)</a></p>
        </div>
        <script src="\(Route.asset(path: ["print.js"]).link)" defer></script>
        """
        return Layout.render(Document(title: strings.paperRoster, description: courseClass.title, body: body), context: context)
    }
}

/// `/quan-tri/buoi/{id}/nhap-giay`: the signed list typed back in, one row per person with
/// the four statuses as radio buttons (arrow keys move between them, Tab to the next person).
public struct PaperEntryPage: Sendable {
    public var session: ClassSession
    public var courseClass: CourseClass
    public var roster: [(person: Person, status: AttendanceStatus?, walkIn: Bool)]
    public var notice: String?
    public var conflicts: [String]

    public init(session: ClassSession, courseClass: CourseClass, roster: [(person: Person, status: AttendanceStatus?, walkIn: Bool)],
                notice: String? = nil, conflicts: [String] = []) {
        self.session = session
        self.courseClass = courseClass
        self.roster = roster
        self.notice = notice
        self.conflicts = conflicts
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let rows = roster.map { entry -> HTML in
            let choices = AttendanceStatus.allCases.map { status -> HTML in
                """
                <label class="choice"><input type="radio" name="p-\(entry.person.id)" value="\(status.rawValue)"> \(strings.shortStatus(status))</label>
                """
            }
            let recorded: HTML = entry.status.map { "<br><span class=\"meta\">\(strings.statusName($0))</span>" } ?? ""
            return "<tr><th scope=\"row\">\(entry.person.fullName)\(recorded)</th><td><fieldset class=\"paper-choice\"><legend class=\"visually-hidden\">\(entry.person.fullName)</legend>\(choices)</fieldset></td></tr>"
        }
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let conflictHTML: HTML = conflicts.isEmpty ? "" : """
            <div class="form-error" role="alert"><p>\(strings.conflicts)</p><ul>\(conflicts.map { HTML("<li>\($0)</li>") })</ul></div>
            """
        let body: HTML = """
        \(Components.breadcrumb([(courseClass.title, .adminClass(id: courseClass.id)), (strings.rollCall, .rollCall(sessionID: session.id)),
                                 (strings.paperEntry, nil)], strings: context.strings))
        <h1>\(strings.paperEntry)</h1>
        <p class="meta">\(courseClass.title) · \(SessionList.time(session, context: context))</p>
        <p>\(strings.paperEntryLead)</p>
        \(noticeHTML)\(conflictHTML)
        <form action="\(Route.paperEntry(sessionID: session.id).link)" method="post">\(Forms.csrf(context.csrfToken))
        <div class="table-scroll" tabindex="0"><table class="facts-table paper-entry"><tbody>\(rows)</tbody></table></div>
        <button type="submit">\(context.strings.admin.save)</button>
        </form>
        """
        return Layout.render(Document(title: strings.paperEntry, description: courseClass.title, body: body), context: context)
    }
}
