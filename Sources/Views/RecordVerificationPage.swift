import Domain
import Routes

/// `/xac-minh/{code}`: what anyone holding a printed record learns from its QR code: whether
/// the centre issued it and whether it is still current. It shows only what the paper itself
/// states (name, centre, issue date, totals by year, the self-assessment's total and
/// recognition, not how the form went); a revoked code not even that, because
/// revoking is how the resident withdraws the paper. An unknown code says it is not valid.
public struct RecordVerificationPage: Sendable {
    /// The code's record and the holder's figures today; nil for a code never issued.
    public var found: (verification: RecordVerification, current: [LearningRecord.Year])?
    public var now: Int64

    public init(found: (verification: RecordVerification, current: [LearningRecord.Year])?, now: Int64) {
        self.found = found
        self.now = now
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.record
        guard let found else {
            let body: HTML = """
            <section class="narrow">
            <h1>\(strings.unknownTitle)</h1>
            <p class="checkin-result checkin-refused" role="status">\(strings.unknownExplained)</p>
            </section>
            """
            return Layout.render(Document(title: strings.unknownTitle, description: strings.unknownExplained, body: body), context: context)
        }
        let (verification, current) = found
        let summary = verification.summary
        let issued = DateText.day(unixSeconds: verification.issuedAt)
        let status = verification.status(current: current)
        let details: HTML
        switch status {
        case .revoked(let at):
            details = "<p>\(strings.revokedExplained(summary.centreName, issued, DateText.day(unixSeconds: at)))</p>"
        case .valid, .stale:
            let today: HTML = if case .stale(let figures) = status {
                "<h2>\(strings.currentFigures(DateText.day(unixSeconds: now)))</h2>\n\(RecordYearsTable.render(figures, checking: true, context))"
            } else { "" }
            details = """
            <p>\(status == .valid ? strings.validExplained(summary.centreName, issued) : strings.staleExplained(summary.centreName, issued))</p>
            <table class="facts-table">
            <tr><th scope="row">\(strings.holder)</th><td>\(summary.holderName)</td></tr>
            <tr><th scope="row">\(strings.centre)</th><td>\(summary.centreName)</td></tr>
            <tr><th scope="row">\(strings.issuedAt)</th><td>\(issued)</td></tr>
            </table>
            <h2>\(strings.stated(issued))</h2>
            \(RecordYearsTable.render(summary.years, checking: true, context))
            \(today)
            """
        }
        let body: HTML = """
        <section class="record-check">
        <h1>\(strings.verifyTitle)</h1>
        <p class="checkin-result \(Self.style(status))" role="status">\(Self.label(status, strings))</p>
        \(details)
        </section>
        """
        return Layout.render(Document(title: strings.verifyTitle, description: strings.verifyTitle, body: body), context: context)
    }

    /// "Hồ sơ hợp lệ", "Hồ sơ đã cũ" or "Đã thu hồi".
    static func label(_ status: RecordVerification.Status, _ strings: RecordStrings) -> String {
        switch status {
        case .valid: strings.valid
        case .stale: strings.stale
        case .revoked: strings.revokedState
        }
    }

    private static func style(_ status: RecordVerification.Status) -> String {
        switch status {
        case .valid: "checkin-ok"
        case .stale: "record-stale"
        case .revoked: "checkin-refused"
        }
    }
}

/// The codes issued for a person's record, each with its status today and, while it stands,
/// the button that revokes it: on the resident's record page and on staff's page.
enum RecordCodesTable {
    static func render(_ verifications: [RecordVerification], current: [LearningRecord.Year], revokeAt route: Route,
                       _ context: PageContext) -> HTML {
        let strings = context.strings.record
        guard !verifications.isEmpty else { return "<p>\(strings.noCodes)</p>" }
        let rows = verifications.map { verification -> HTML in
            let status = verification.status(current: current)
            let revoke: HTML = verification.revokedAt != nil ? "" : """
                <form action="\(route.link)" method="post">\(Forms.csrf(context.csrfToken))\
                <input type="hidden" name="action" value="revoke"><input type="hidden" name="id" value="\(verification.id)">\
                <button type="submit" class="secondary">\(strings.revoke)</button></form>
                """
            return """
            <tr><td>\(context.strings.dateAndTime(verification.issuedAt))</td>\
            <td>\(RecordVerificationPage.label(status, strings))</td><td>\(revoke)</td></tr>
            """
        }
        return """
        <div class="table-scroll" tabindex="0"><table class="facts-table">
        <thead><tr><th scope="col">\(strings.issuedAt)</th><th scope="col">\(strings.state)</th><th scope="col"></th></tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        </table></div>
        <p class="hint">\(strings.revokeHint)</p>
        """
    }
}

/// `/quan-tri/nguoi-dan/{id}/ho-so`: a resident's verification codes for staff, who revoke
/// one when a paper turns out lost or misused; the revocation is audited.
public struct AdminRecordVerificationsPage: Sendable {
    public var person: Person
    public var verifications: [RecordVerification]
    public var current: [LearningRecord.Year]
    public var notice: String?

    public init(person: Person, verifications: [RecordVerification], current: [LearningRecord.Year], notice: String? = nil) {
        self.person = person
        self.verifications = verifications
        self.current = current
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.record
        let title = strings.staffTitle(person.fullName)
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard),
                                 (context.strings.admin.residents, .adminResidents(ResidentQuery())),
                                 (person.fullName, .adminResident(id: person.id)), (strings.codes, nil)], strings: context.strings))
        <h1>\(title)</h1>
        \(noticeHTML)
        <p class="hint">\(strings.codesLead)</p>
        \(RecordCodesTable.render(verifications, current: current, revokeAt: .adminRecordVerifications(personID: person.id), context))
        """
        return Layout.render(Document(title: title, description: strings.codes, body: body), context: context)
    }
}
