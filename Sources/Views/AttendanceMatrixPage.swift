import Domain
import Routes

/// A class's attendance as people × sessions with totals: on screen, printed, or as CSV.
public struct AttendanceMatrix: Sendable {
    public var courseClass: CourseClass
    public var sessions: [ClassSession]
    public var people: [Person]
    /// Status by person id, then session id.
    public var statuses: [Int64: [Int64: AttendanceStatus]]
    public var rule: PointsRule

    public init(courseClass: CourseClass, sessions: [ClassSession], people: [Person], statuses: [Int64: [Int64: AttendanceStatus]],
                rule: PointsRule) {
        self.courseClass = courseClass
        self.sessions = sessions
        self.people = people
        self.statuses = statuses
        self.rule = rule
    }

    /// Sessions a person attended (present or late) and the points they earned in this class.
    public func totals(for person: Person) -> (attended: Int, points: Int) {
        let marks = statuses[person.id] ?? [:]
        return (marks.values.filter(\.attended).count,
                marks.values.reduce(0) { $0 + rule.points(for: $1, sessionPoints: courseClass.pointsPerSession) })
    }

    /// How many attended each session.
    public func attended(_ session: ClassSession) -> Int {
        people.filter { statuses[$0.id]?[session.id]?.attended == true }.count
    }

    /// The CSV rows (header first) in Vietnamese, for Excel.
    public func csvRows(strings: AttendanceStrings) -> (header: [String], rows: [[String]]) {
        let header = ["ho_ten", "so_dien_thoai"] + sessions.map { DateText.dayAndTime(unixSeconds: $0.startsAt) } + ["so_buoi_tham_gia", "diem"]
        let rows = people.map { person -> [String] in
            let totals = totals(for: person)
            return [person.fullName, person.phone.digits]
                + sessions.map { session in statuses[person.id]?[session.id].map(strings.statusName) ?? "" }
                + [String(totals.attended), String(totals.points)]
        }
        return (header, rows)
    }
}

/// `/quan-tri/lop/{id}/diem-danh`: the matrix on screen (scrolls sideways on a phone) and printable.
public struct AttendanceMatrixPage: Sendable {
    public var matrix: AttendanceMatrix

    public init(matrix: AttendanceMatrix) {
        self.matrix = matrix
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let courseClass = matrix.courseClass
        let head = matrix.sessions.map { session -> HTML in
            "<th scope=\"col\"><a href=\"\(Route.rollCall(sessionID: session.id).link)\">\(String(DateText.day(unixSeconds: session.startsAt).prefix(5)))</a></th>"
        }
        let rows = matrix.people.map { person -> HTML in
            let cells = matrix.sessions.map { session -> HTML in
                "<td>\(matrix.statuses[person.id]?[session.id].map(strings.shortStatus) ?? "")</td>"
            }
            let totals = matrix.totals(for: person)
            return "<tr><th scope=\"row\">\(person.fullName)</th>\(cells)<td>\(totals.attended)</td><td>\(totals.points)</td></tr>"
        }
        let foot = matrix.sessions.map { HTML("<td>\(matrix.attended($0))</td>") }
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.classes.classes, .adminClasses), (courseClass.title, .adminClass(id: courseClass.id)),
                                 (strings.matrix, nil)], strings: context.strings))
        <h1>\(strings.matrix)</h1>
        <p class="meta">\(courseClass.title)</p>
        <div class="table-scroll" tabindex="0"><table class="facts-table matrix">
        <thead><tr><th scope="col">\(context.strings.account.fullName)</th>\(head)<th scope="col">\(strings.total)</th>\
        <th scope="col">\(strings.ledgerPoints)</th></tr></thead>
        <tbody>\(rows)</tbody>
        <tfoot><tr><th scope="row">\(strings.total)</th>\(foot)<td></td><td></td></tr></tfoot>
        </table></div>
        <p class="no-print"><a href="\(Route.attendanceMatrix(classID: courseClass.id, format: .csv).link)">\(strings.matrixCSV)</a> · \
        <button type="button" class="secondary small" data-print>\(strings.print)</button></p>
        <script src="\(Route.asset(path: ["print.js"]).link)" defer></script>
        """
        return Layout.render(Document(title: strings.matrix, description: courseClass.title, body: body), context: context)
    }
}
