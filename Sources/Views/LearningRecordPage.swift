import Domain
import Routes

/// `/ca-nhan/ho-so`: the resident's lifelong learning record as one printable A4 paper headed
/// as the commune's official papers are; around it, on screen only, the print button, the
/// downloads, and the verification codes with the button to issue one and to revoke each.
public struct LearningRecordPage: Sendable {
    /// A code issued by this very request: shown on the paper this once (only its digest is kept).
    public struct Issued: Sendable {
        /// The verification page's address, absolute so that a phone can open it from the QR code.
        public var address: String
        /// The QR code of `address`, made by `QRCode` from our own link.
        public var qrSVG: String
        public var issuedAt: Int64

        public init(address: String, qrSVG: String, issuedAt: Int64) {
            self.address = address
            self.qrSVG = qrSVG
            self.issuedAt = issuedAt
        }
    }

    public var holderName: String
    public var record: LearningRecord
    /// When the page is drawn: the paper's date.
    public var now: Int64
    public var verifications: [RecordVerification]
    public var issued: Issued?
    public var notice: String?

    public init(holderName: String, record: LearningRecord, now: Int64, verifications: [RecordVerification],
                issued: Issued? = nil, notice: String? = nil) {
        self.holderName = holderName
        self.record = record
        self.now = now
        self.verifications = verifications
        self.issued = issued
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.record
        // Nothing but the paper prints: a line before it would take a sheet of its own.
        let noticeHTML: HTML = notice.map { "<p class=\"notice no-print\" role=\"status\">\($0)</p>" } ?? ""
        let placeAndDate = context.strings.weekReport.placeAndDate(context.site.communeName, LocalDate(unixSeconds: now))
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.profile, .profile), (strings.title, nil)], strings: context.strings))
        <p class="lead no-print">\(strings.lead)</p>
        \(noticeHTML)
        <article class="programme-sheet report-sheet record-sheet">
        \(OfficialHeading.render(context.site, placeAndDate: placeAndDate))
        <h1>\(strings.title.uppercased())</h1>
        <p class="record-holder">\(strings.holder): <strong>\(holderName)</strong></p>
        <h2>\(strings.years)</h2>
        \(RecordYearsTable.render(record.years, context))
        <h2>\(strings.classes)</h2>
        \(classes(context))
        <h2>\(strings.attendedSessions)</h2>
        \(sessions(record.sessions, titleColumn: strings.courseClass, context))
        <h2>\(strings.attendedEvents)</h2>
        \(sessions(record.events, titleColumn: strings.event, context))
        <p class="meta">\(strings.countingNote)</p>
        \(verification(context))
        </article>
        <div class="no-print">
        <p class="actions"><button type="button" data-print>\(strings.print)</button> \
        <a href="\(Route.learningRecordData(.csv).link)">CSV</a> · <a href="\(Route.learningRecordData(.json).link)">JSON</a></p>
        <form action="\(Route.learningRecord.link)" method="post">\(Forms.csrf(context.csrfToken))\
        <input type="hidden" name="action" value="issue"><button type="submit" class="secondary">\(strings.issue)</button>\
        <p class="hint">\(strings.issueHint)</p></form>
        <h2>\(strings.codes)</h2>
        <p class="hint">\(strings.codesLead)</p>
        \(RecordCodesTable.render(verifications, current: record.years, revokeAt: .learningRecord, context))
        </div>
        <script src="\(Route.asset(path: ["print.js"]).link)" defer></script>
        """
        return Layout.render(Document(title: strings.title, description: strings.lead, body: body), context: context)
    }

    private func classes(_ context: PageContext) -> HTML {
        let strings = context.strings.record
        guard !record.classes.isEmpty else { return "<p>\(strings.nothing)</p>" }
        let rows = record.classes.map { entry -> HTML in
            "<tr><td>\(entry.title)</td><td>\(context.strings.fieldName(entry.field))</td><td>\(RecordText.period(entry) ?? "—")</td></tr>"
        }
        return """
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table">
        <thead><tr><th scope="col">\(strings.courseClass)</th><th scope="col">\(strings.field)</th><th scope="col">\(strings.dates)</th></tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        </table></div>
        """
    }

    private func sessions(_ sessions: [LearningRecord.Session], titleColumn: String, _ context: PageContext) -> HTML {
        let strings = context.strings.record
        guard !sessions.isEmpty else { return "<p>\(strings.nothing)</p>" }
        let rows = sessions.map { session -> HTML in
            let attendance = session.attendance
            return """
            <tr><td>\(DateText.day(unixSeconds: attendance.startsAt))</td><td>\(RecordText.time(attendance))</td>\
            <td>\(session.title)</td><td>\(context.strings.attendance.statusName(attendance.status))</td>\
            <td class="number">\(RecordText.hours(session.minutes, context.strings.language))</td><td class="number">\(session.points)</td></tr>
            """
        }
        return """
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table">
        <thead><tr><th scope="col">\(strings.day)</th><th scope="col">\(strings.time)</th><th scope="col">\(titleColumn)</th>\
        <th scope="col">\(strings.status)</th><th scope="col">\(strings.hours)</th><th scope="col">\(strings.points)</th></tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        </table></div>
        """
    }

    /// The QR code and the address it holds, when a code was issued just now.
    private func verification(_ context: PageContext) -> HTML {
        guard let issued else { return "" }
        let strings = context.strings.record
        // The SVG is made by QRCode from our own link, with its label escaped there: markup, not input.
        return """
        <div class="record-verification">
        <div class="record-qr">\(HTML.raw(issued.qrSVG))</div>
        <p>\(strings.verifyAt(issued.address))<br>\(strings.issuedOn(DateText.day(unixSeconds: issued.issuedAt)))</p>
        </div>
        """
    }
}

/// The totals by year: on the paper, on the page that checks it, and for staff. The years'
/// self-assessments follow in a table of their own when there is any.
enum RecordYearsTable {
    /// `checking`: for whoever checks the paper, who sees the self-assessment's total and
    /// recognition but not how the form went (result, status).
    static func render(_ years: [LearningRecord.Year], checking: Bool = false, _ context: PageContext) -> HTML {
        let strings = context.strings.record
        guard !years.isEmpty else { return "<p>\(strings.nothing)</p>" }
        let rows = years.map { year -> HTML in
            """
            <tr><th scope="row">\(year.year)</th><td class="number">\(context.strings.number(year.sessions))</td>\
            <td class="number">\(RecordText.hours(year.minutes, context.strings.language))</td><td class="number">\(context.strings.number(year.events))</td>\
            <td class="number">\(context.strings.number(year.points))</td></tr>
            """
        }
        return """
        <table class="programme-table report-table report-summary">
        <thead><tr><th scope="col">\(strings.year)</th><th scope="col">\(strings.sessions)</th><th scope="col">\(strings.hours)</th>\
        <th scope="col">\(strings.events)</th><th scope="col">\(strings.points)</th></tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        </table>\(assessments(years, checking: checking, context.strings))
        """
    }

    private static func assessments(_ years: [LearningRecord.Year], checking: Bool, _ strings: Strings) -> HTML {
        guard let table = RecordText.assessments(years, checking: checking, strings) else { return "" }
        let head = table.columns.map { HTML("<th scope=\"col\">\($0)</th>") }
        let rows = table.rows.map { row -> HTML in
            // The year, the total (a number), then words.
            let words = row.dropFirst(2).map { HTML("<td>\($0)</td>") }
            return "<tr><th scope=\"row\">\(row[0])</th><td class=\"number\">\(row[1])</td>\(words)</tr>"
        }
        return """

        <h3>\(strings.record.assessments)</h3>
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table">
        <thead><tr>\(head)</tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        </table></div>
        """
    }
}

/// How the record writes its figures, the same on the page and in CSV.
enum RecordText {
    /// The years' self-assessments as a table's columns and rows of text (the year, then the
    /// total, the result and the status unless `checking`, then the recognition); nil when no
    /// year has one.
    static func assessments(_ years: [LearningRecord.Year], checking: Bool, _ strings: Strings) -> (columns: [String], rows: [[String]])? {
        let text = strings.record
        let assessed = years.compactMap { year in year.assessment.map { (year.year, $0) } }
        guard !assessed.isEmpty else { return nil }
        let columns = checking ? [text.year, text.assessmentTotal, text.recognition]
            : [text.year, text.assessmentTotal, text.result, text.formStatus, text.recognition]
        let rows = assessed.map { year, assessment in
            let recognition = assessment.recognised
                ? text.recognised(assessment.decisionNumber, assessment.decisionOn?.description) : text.notRecognised
            let how = checking ? [] : [assessment.passed ? text.passed : text.notPassed, strings.selfAssessment.statusName(assessment.status)]
            return [String(year), String(assessment.total)] + how + [recognition]
        }
        return (columns, rows)
    }

    /// "1,5" hours in Vietnamese, "1.5" in English.
    static func hours(_ minutes: Int, _ language: Language) -> String {
        Components.hours(Double(minutes) / 60, language)
    }

    /// "07:30–09:30".
    static func time(_ attendance: LearningRecord.Attendance) -> String {
        String(DateText.dayAndTime(unixSeconds: attendance.startsAt).suffix(5)) + "–"
            + String(DateText.dayAndTime(unixSeconds: attendance.endsAt).suffix(5))
    }

    /// "01/10/2026 – 15/10/2026", one date for a class of one day, nil when nothing is planned.
    static func period(_ entry: LearningRecord.Class) -> String? {
        let dates = [entry.firstSession, entry.lastSession].compactMap { $0.map { DateText.day(unixSeconds: $0) } }
        return dates.first == dates.last ? dates.first : dates.joined(separator: " – ")
    }
}
