import Domain
import Routes

/// `/quan-tri/bao-cao?tu=&den=` or `?nam=`: the commune's learning report for a period, as an
/// official paper that prints on A4 (heading, numbered tables with their charts, signatures),
/// the same tables as CSV (`CommuneReportCSV`), and a form to choose the period.
public struct CommuneReportPage: Sendable {
    /// Nil when the period typed could not be read: the page is then the form and the reason.
    public var report: CommuneReport?
    public var query: ReportPeriodQuery
    public var error: ReportPeriodError?
    /// Who signs: the director from the centre's settings, empty when not set.
    public var director: String
    /// This year, for the links to recent years.
    public var currentYear: Int

    public init(report: CommuneReport?, query: ReportPeriodQuery, error: ReportPeriodError? = nil, director: String, currentYear: Int) {
        self.report = report
        self.query = query
        self.error = error
        self.director = director
        self.currentYear = currentYear
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.communeReport
        // The paper's title is the page's heading; without a report, the page is only the form.
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.link, nil)], strings: context.strings))
        \(report == nil ? "<h1>\(strings.link)</h1>" : "" as HTML)
        \(periodForm(context))
        \(report.map { sheet($0, context) } ?? "")
        """
        let title = report.map { strings.title($0.period) } ?? strings.link
        return Layout.render(Document(title: title, description: strings.lead, body: body), context: context)
    }

    /// A GET form, so that a chosen period is an address staff can bookmark or send on.
    private func periodForm(_ context: PageContext) -> HTML {
        let strings = context.strings.communeReport
        // The fields show what was typed, or the period shown when nothing was.
        let from = query.from.isEmpty ? report?.period.from.description ?? "" : query.from
        let to = query.to.isEmpty ? report?.period.to.description ?? "" : query.to
        let years = (0..<3).map { currentYear - $0 }.map { year -> HTML in
            let current: HTML = report?.period.calendarYear == year ? " aria-current=\"page\"" : ""
            let link = Route.adminCommuneReport(ReportPeriodQuery(year: String(year)), format: .page).link
            return "<li><a href=\"\(link)\"\(current)>\(strings.year(year))</a></li>"
        }
        return """
        <form class="no-print" action="\(Route.adminCommuneReport(ReportPeriodQuery(), format: .page).link)" method="get">
        <fieldset class="report-period"><legend>\(strings.choosePeriod)</legend>
        \(Forms.summary(error.map(strings.error)))
        <ul class="chips">\(years)</ul>
        \(Forms.field("tu", label: strings.from, value: from, attributes: " autocomplete=\"off\""))
        \(Forms.field("den", label: strings.to, value: to, hint: strings.periodHint, attributes: " autocomplete=\"off\""))
        <button type="submit">\(strings.show)</button>
        </fieldset>
        </form>
        """
    }

    private func sheet(_ report: CommuneReport, _ context: PageContext) -> HTML {
        let strings = context.strings.communeReport, week = context.strings.weekReport
        let tables = CommuneReportTables(report, strings: context.strings).tables
        let placeAndDate = week.placeAndDate(context.site.communeName, LocalDate(unixSeconds: report.now))
        return """
        <article class="programme-sheet report-sheet">
        \(OfficialHeading.render(context.site, number: week.number, placeAndDate: placeAndDate))
        <h1>\(strings.title(report.period).uppercased())</h1>
        <p>\(strings.period(report.period.from.description, report.period.to.description)) \
        \(week.countedAt(context.strings.dateAndTime(report.now)))</p>
        \(HTML.join(blocks(tables, context), separator: "\n"))
        \(WeekReportPage.paperEnd(note: strings.countingNote, director: director, csv: .adminCommuneReport(query, format: .csv), context))
        """
    }

    /// The tables in their numbered order, each run of breakdowns in one grid (two to a
    /// printed row) and the others the width of the page.
    private func blocks(_ tables: [CommuneReportTables.Table], _ context: PageContext) -> [HTML] {
        let runs = tables.reduce(into: [[CommuneReportTables.Table]]()) { runs, table in
            if table.isBreakdown, runs.last?.last?.isBreakdown == true { runs[runs.count - 1].append(table) } else { runs.append([table]) }
        }
        return runs.map { run in
            let rendered = HTML.join(run.map { table($0, context) }, separator: "\n")
            return run[0].isBreakdown ? "<div class=\"report-breakdowns\">\n\(rendered)\n</div>" : rendered
        }
    }

    private func table(_ table: CommuneReportTables.Table, _ context: PageContext) -> HTML {
        func row(_ row: CommuneReportTables.Row) -> HTML {
            let numbers = row.values.map { HTML("<td class=\"number\">\($0.text(context.strings))</td>") }
            return "<tr><th scope=\"row\">\(row.label)</th>\(numbers)</tr>"
        }
        let body = HTML.join(table.rows.map(row), separator: "\n")
        let note: HTML = table.note.map { "\n<p class=\"meta\">\($0)</p>" } ?? ""
        let chart: HTML = table.chart.map { "\n<div class=\"report-chart\">\($0.render())</div>" } ?? ""
        guard !table.columns.isEmpty else {
            return """
            <section><h2>\(table.heading)</h2>
            <table class="programme-table report-table report-summary"><tbody>\(body)</tbody></table></section>
            """
        }
        let head = table.columns.map { HTML("<th scope=\"col\">\($0)</th>") }
        let foot: HTML = table.total.map { "\n<tfoot>\(row($0))</tfoot>" } ?? ""
        return """
        <section><h2>\(table.heading)</h2>
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table">
        <thead><tr>\(head)</tr></thead>
        <tbody>\(body)</tbody>\(foot)
        </table></div>\(note)\(chart)</section>
        """
    }
}
