import Domain
import Routes

/// `/quan-tri/tuan-le/{year}/bao-cao`: the report the commune sends after the Week, as an
/// official paper (heading, numbered sections, signature block) that prints on A4, with the
/// same tables as CSV (`WeekReportCSV`).
public struct WeekReportPage: Sendable {
    public var report: WeekReport
    public var themeIsPlaceholder: Bool
    /// Who signs: the director from the centre's settings, empty when not set.
    public var director: String

    public init(report: WeekReport, themeIsPlaceholder: Bool, director: String) {
        self.report = report
        self.themeIsPlaceholder = themeIsPlaceholder
        self.director = director
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.weekReport
        let week = report.edition
        let title = strings.title(week.year)
        let theme: HTML = themeIsPlaceholder || week.theme.isEmpty
            ? "" : "<p class=\"programme-theme\">\(context.strings.week.theme): “\(week.theme)”</p>\n"
        let placeAndDate = strings.placeAndDate(context.site.communeName, LocalDate(unixSeconds: report.now))
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (context.strings.weekAdmin.title, .adminWeeks),
                                 (String(week.year), .adminWeek(year: week.year)), (strings.link, nil)], strings: context.strings))
        <article class="programme-sheet report-sheet">
        \(OfficialHeading.render(context.site, number: strings.number, placeAndDate: placeAndDate))
        <h1>\(title.uppercased())</h1>
        \(theme)<p>\(strings.period(week.startsOn.description, week.endsOn.description)) \
        \(strings.countedAt(context.strings.dateAndTime(report.now)))</p>
        \(summary(context))
        \(perEvent(context))
        <div class="report-breakdowns">
        \(breakdown(strings.byVillage, column: strings.village, report.byVillage.map { ($0.key ?? strings.notRecorded, $0) }, context))
        \(breakdown(strings.byGroup, column: strings.group,
                    report.byGroup.map { ($0.key.map(context.strings.groupName) ?? strings.notRecorded, $0) }, context))
        \(breakdown(strings.bySex, column: strings.sex,
                    report.bySex.map { ($0.key.map(context.strings.account.sexName) ?? strings.notRecorded, $0) }, context))
        \(breakdown(strings.byAge, column: strings.age,
                    report.byAgeBand.map { ($0.key.map(strings.ageBand) ?? strings.notRecorded, $0) }, context))
        </div>
        \(Self.paperEnd(note: strings.countingNote, director: director, csv: .adminWeekReport(year: week.year, format: .csv), context))
        """
        return Layout.render(Document(title: title, description: context.strings.week.title(week.year), body: body), context: context)
    }

    private func summary(_ context: PageContext) -> HTML {
        let rows = WeekReportCSV.summary(report, strings: context.strings).map { label, value -> HTML in
            "<tr><th scope=\"row\">\(label)</th><td class=\"number\">\(context.strings.number(value))</td></tr>"
        }
        return """
        <h2>\(context.strings.weekReport.summary)</h2>
        <table class="programme-table report-table report-summary"><tbody>\(HTML.join(rows, separator: "\n"))</tbody></table>
        """
    }

    private func perEvent(_ context: PageContext) -> HTML {
        let strings = context.strings.weekReport
        guard !report.events.isEmpty else { return "<h2>\(strings.perEvent)</h2>\n<p>\(strings.noEvents)</p>" }
        // The CSV's title, time, venue and note columns share one cell here, so that the
        // counts keep their width on a portrait A4 sheet and on a phone.
        let header = WeekReportCSV.eventHeader(context.strings).dropFirst(5).map { HTML("<th scope=\"col\">\($0)</th>") }
        let rows = report.events.enumerated().map { index, event -> HTML in
            let (texts, counts) = WeekReportCSV.eventCells(event, report: report, strings: context.strings)
            let note: HTML = texts[3].isEmpty ? "" : " <span class=\"tag\">\(texts[3])</span>"
            let numbers = counts.map { HTML("<td class=\"number\">\(context.strings.number($0))</td>") }
            return """
            <tr><td>\(index + 1)</td><td>\(texts[0])\(note)<br><span class="meta">\(texts[1]) · \(texts[2])</span></td>\(numbers)</tr>
            """
        }
        let foot = WeekReportCSV.eventTotals(report).map { HTML("<td class=\"number\">\(context.strings.number($0))</td>") }
        return """
        <h2>\(strings.perEvent)</h2>
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table report-events">
        <thead><tr><th scope="col">\(strings.index)</th><th scope="col">\(strings.event)</th>\(header)</tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        <tfoot><tr><th scope="row" colspan="2">\(strings.total)</th>\(foot)</tr></tfoot>
        </table></div>
        """
    }

    private func breakdown<Key>(_ heading: String, column: String, _ lines: [(String, WeekReport.Line<Key>)],
                                _ context: PageContext) -> HTML {
        let strings = context.strings.weekReport
        let rows = lines.map { label, line -> HTML in
            """
            <tr><th scope="row">\(label)</th><td class="number">\(context.strings.number(line.people))</td>\
            <td class="number">\(context.strings.number(line.attendances))</td></tr>
            """
        }
        return """
        <section><h2>\(heading)</h2>
        <table class="programme-table report-table">
        <thead><tr><th scope="col">\(column)</th><th scope="col">\(strings.people)</th><th scope="col">\(strings.attendances)</th></tr></thead>
        <tbody>\(HTML.join(rows, separator: "\n"))</tbody>
        <tfoot><tr><th scope="row">\(strings.total)</th><td class="number">\(context.strings.number(report.participantCount))</td>\
        <td class="number">\(context.strings.number(report.attendances))</td></tr></tfoot>
        </table></section>
        """
    }

    /// The end of a report paper, which the commune report shares: the counting note, who
    /// receives the paper and the director's signature, the end of the sheet, then (on screen
    /// only) the CSV link and the print button.
    static func paperEnd(note: String, director: String, csv: Route, _ context: PageContext) -> HTML {
        let strings = context.strings.weekReport
        let lines = strings.recipientLines.map { HTML("<br>\($0)") }
        return """
        <p class="meta">\(note)</p>
        <div class="signatures">
        <p class="recipients"><strong>\(strings.recipients)</strong>\(lines)</p>
        <p class="signer"><strong>\(strings.director)</strong><br><br><br><br>\(director)</p>
        </div>
        </article>
        <p class="no-print"><a href="\(csv.link)">\(strings.csv)</a> · <button type="button" data-print>\(strings.print)</button></p>
        <script src="\(Route.asset(path: ["print.js"]).link)" defer></script>
        """
    }
}
