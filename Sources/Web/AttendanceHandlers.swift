import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/buoi/{id}/danh-sach`: the printable signature list of a session.
    func paperRoster(_ exchange: Exchange, sessionID: Int64) throws -> Response {
        let (session, courseClass) = try sessionAndClass(sessionID)
        let people = try roster(of: session).filter { !$0.walkIn }.map(\.person)
        return page(PaperRosterPage(session: session, courseClass: courseClass, people: people, villages: try database.villages())
            .render(exchange.context))
    }

    /// `/quan-tri/buoi/{id}/nhap-giay`: the signed list typed back in. Lines that disagree with
    /// what the roll call or a check-in already recorded are listed, never overwritten.
    func paperEntry(_ exchange: Exchange, sessionID: Int64) throws -> Response {
        let (session, courseClass) = try sessionAndClass(sessionID)
        let strings = exchange.context.strings.attendance
        var notice: String?
        var conflicts: [String] = []
        if exchange.request.method == "POST" {
            let fields = FormFields(exchange.form)
            let people = try roster(of: session).map(\.person)
            let lines = people.compactMap { person in AttendanceStatus(rawValue: fields["p-\(person.id)"]).map { (person, $0) } }
            let outcomes = try database.recordPaperRoster(sessionID: sessionID, lines: lines.map { ($0.0.id, $0.1) }, by: try actor(exchange))
            var recorded = 0, unchanged = 0
            for ((person, status), outcome) in zip(lines, outcomes) {
                switch outcome {
                case .recorded, .changed: recorded += 1
                case .unchanged: unchanged += 1
                case .kept(let existing):
                    conflicts.append(strings.conflictLine(person.fullName, strings.statusName(existing), strings.statusName(status)))
                }
            }
            notice = strings.paperSaved(recorded, unchanged)
        }
        let view = PaperEntryPage(session: session, courseClass: courseClass, roster: try roster(of: session), notice: notice, conflicts: conflicts)
        return page(view.render(exchange.context), status: conflicts.isEmpty ? 200 : 409)
    }

    /// `/quan-tri/lop/{id}/diem-danh(.csv)`: people × sessions with totals.
    func attendanceMatrix(_ exchange: Exchange, classID: Int64, format: TableFormat) throws -> Response {
        guard let courseClass = try database.courseClass(id: classID) else { throw PageFailure(status: 404) }
        let sessions = try database.sessions(classID: classID).filter { !$0.cancelled }
        var statuses: [Int64: [Int64: AttendanceStatus]] = [:]
        var people = try database.enrolments(classID: classID).filter { $0.enrolment.status == .enrolled }.map(\.person)
        for session in sessions {
            for (personID, record) in try database.attendance(sessionID: session.id) { statuses[personID, default: [:]][session.id] = record.status }
            for walkIn in try database.walkIns(sessionID: session.id) where !people.contains(where: { $0.id == walkIn.id }) { people.append(walkIn) }
        }
        people.sort { PersonName.precedes($0.fullName, $1.fullName) }
        let matrix = AttendanceMatrix(courseClass: courseClass, sessions: sessions, people: people, statuses: statuses, rule: try database.pointsRule())
        switch format {
        case .page:
            return page(AttendanceMatrixPage(matrix: matrix).render(exchange.context))
        case .csv:
            let (header, rows) = matrix.csvRows(strings: exchange.context.strings.attendance)
            try database.recordExport(of: "attendance", rows: rows.count, by: try actor(exchange))
            return Response(status: 200, headers: [
                ("Content-Type", "text/csv; charset=utf-8"),
                ("Content-Disposition", "attachment; filename=\"diem-danh-lop-\(classID).csv\""),
                ("Cache-Control", "no-store"),
            ], body: CSVWriter.write(header: header, rows: rows))
        }
    }

    /// `/diem-tich-luy`: the published rule.
    func pointsRulePage(_ exchange: Exchange) throws -> Response {
        page(PointsRulePage(rule: try database.pointsRule(), window: try database.checkInWindow()).render(exchange.context))
    }

    /// `/quan-tri/diem-tich-luy`: the administrator's form; saving publishes the rule at once.
    func adminPointsRule(_ exchange: Exchange) throws -> Response {
        guard exchange.request.method == "POST" else {
            return page(AdminPointsRulePage(rule: try database.pointsRule(), window: try database.checkInWindow()).render(exchange.context))
        }
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        var state = FormState(values: fields.values(except: ["csrf"]))
        var rule = PointsRule.standard
        for status in AttendanceStatus.allCases {
            if let percent = Int(fields[status.rawValue].trimmingSpaces) { rule.percentByStatus[status] = percent } else {
                state.errors[status.rawValue] = strings.classAdmin.errorPoints
            }
        }
        func minutes(_ name: String) -> Int {
            guard let value = Int(fields[name].trimmingSpaces), (0...240).contains(value) else {
                state.errors[name] = strings.attendance.errorMinutes
                return 0
            }
            return value
        }
        let window = CheckInWindow(minutesBeforeStart: minutes("mo-truoc"), minutesAfterEnd: minutes("dong-sau"),
                                   lateAfterMinutes: minutes("muon-sau"))
        if state.errors.isEmpty, let problem = rule.problems.first {
            state.message = strings.language == .english ? problem.englishMessage : problem.message
        }
        guard state.errors.isEmpty, state.message == nil else { return page(AdminPointsRulePage(form: state).render(exchange.context), status: 422) }
        let actor = try actor(exchange)
        try database.savePointsRule(rule, by: actor)
        try database.saveCheckInWindow(window, by: actor)
        // The public page shows the rule to visitors from the cache: start it afresh.
        pageCache.removeAll()
        return page(AdminPointsRulePage(rule: rule, window: window, notice: strings.attendance.pointsRuleSaved).render(exchange.context))
    }

    /// The person's points ledger for this year and what their classes still offer.
    func pointsLedger(personID: Int64) throws -> PointsLedgerView {
        let now = clock()
        let year = DateText.year(unixSeconds: now)
        let ledger = PointsLedger(entries: try database.ledgerEntries(personID: personID, year: year), rule: try database.pointsRule(), year: year)
        let yearEnd = LocalDate(year: year + 1, month: 1, day: 1)?.unixSeconds(atMinutes: 0) ?? now
        let upcoming = try database.upcomingSessions(personID: personID, from: now, to: yearEnd)
        return PointsLedgerView(ledger: ledger, stillPossible: ledger.stillPossible(upcoming, now: now))
    }

    private func sessionAndClass(_ sessionID: Int64) throws -> (ClassSession, CourseClass) {
        guard let session = try database.session(id: sessionID), let courseClass = try database.courseClass(id: session.classID) else {
            throw PageFailure(status: 404)
        }
        return (session, courseClass)
    }
}
