import Domain
import Routes

/// `/diem-tich-luy`: the points rule in plain words, published so anyone can check a total.
public struct PointsRulePage: Sendable {
    public var rule: PointsRule
    public var window: CheckInWindow

    public init(rule: PointsRule, window: CheckInWindow) {
        self.rule = rule
        self.window = window
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let sentences = context.strings.language == .english ? rule.englishDescription(examplePoints: 2) : rule.vietnameseDescription(examplePoints: 2)
        let body: HTML = """
        <h1>\(strings.points)</h1>
        <p class="lead">\(strings.pointsLead)</p>
        <h2>\(strings.pointsRuleTitle)</h2>
        <ul>\(sentences.map { HTML("<li>\($0)</li>") })</ul>
        <h2>\(strings.windowTitle)</h2>
        <p>\(strings.windowRule(window.minutesBeforeStart, window.minutesAfterEnd, window.lateAfterMinutes))</p>
        """
        return Layout.render(Document(title: strings.points, description: strings.pointsLead, body: body), context: context)
    }
}

/// `/quan-tri/diem-tich-luy`: the administrator sets each status's share; saving publishes it.
public struct AdminPointsRulePage: Sendable {
    public var form: FormState
    public var notice: String?

    public init(rule: PointsRule, window: CheckInWindow, notice: String? = nil) {
        var values = Dictionary(uniqueKeysWithValues: AttendanceStatus.allCases.map { ($0.rawValue, String(rule.percent(for: $0))) })
        values["mo-truoc"] = String(window.minutesBeforeStart)
        values["dong-sau"] = String(window.minutesAfterEnd)
        values["muon-sau"] = String(window.lateAfterMinutes)
        self.form = FormState(values: values)
        self.notice = notice
    }

    public init(form: FormState) {
        self.form = form
        self.notice = nil
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let fields = AttendanceStatus.allCases.map { status -> HTML in
            Forms.field(status.rawValue, label: "\(strings.statusName(status)) — \(strings.percent)", value: form[status.rawValue],
                        error: form.errors[status.rawValue], attributes: " inputmode=\"numeric\" maxlength=\"3\" required")
        }
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.points, nil)], strings: context.strings))
        <h1>\(strings.pointsRuleTitle)</h1>
        \(noticeHTML)
        <p><a href="\(Route.pointsRule.link)">\(strings.howPointsWork)</a></p>
        <form class="narrow" action="\(Route.adminPointsRule.link)" method="post">\(Forms.csrf(context.csrfToken))
        \(Forms.summary(form.message))
        \(fields)
        <fieldset class="optional"><legend>\(strings.windowTitle)</legend>
        \(minutes("mo-truoc", strings.minutesBefore, context))
        \(minutes("dong-sau", strings.minutesAfter, context))
        \(minutes("muon-sau", strings.lateAfter, context))
        </fieldset>
        <button type="submit">\(context.strings.admin.save)</button>
        </form>
        """
        return Layout.render(Document(title: strings.pointsRuleTitle, description: strings.pointsLead, body: body), context: context)
    }
}

extension AdminPointsRulePage {
    private func minutes(_ name: String, _ label: String, _ context: PageContext) -> HTML {
        Forms.field(name, label: label, value: form[name], error: form.errors[name], attributes: " inputmode=\"numeric\" maxlength=\"3\" required")
    }
}

/// The points ledger on a resident's page: every line traceable to a session and a status.
public struct PointsLedgerView: Sendable {
    public var ledger: PointsLedger
    public var stillPossible: Int

    public init(ledger: PointsLedger, stillPossible: Int) {
        self.ledger = ledger
        self.stillPossible = stillPossible
    }

    func render(_ context: PageContext) -> HTML {
        let strings = context.strings.attendance
        let lines = ledger.lines.map { line -> HTML in
            """
            <tr><td>\(context.strings.date(line.entry.startsAt))<br>\(line.entry.classTitle)</td>\
            <td>\(strings.statusName(line.entry.status))</td><td>\(line.points)</td></tr>
            """
        }
        let table: HTML = lines.isEmpty ? "<p>\(strings.noPoints)</p>" : """
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(strings.ledgerSession)</th><th scope="col">\(strings.ledgerStatus)</th><th scope="col">\(strings.ledgerPoints)</th></tr></thead>
            <tbody>\(lines)</tbody></table></div>
            """
        return """
        <h2>\(strings.myPoints(ledger.year))</h2>
        <p class="points-total"><strong>\(strings.earned(ledger.total))</strong><br>\(strings.stillPossible(stillPossible))</p>
        \(table)
        <p><a href="\(Route.pointsRule.link)">\(strings.howPointsWork)</a></p>
        """
    }
}
