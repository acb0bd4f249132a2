import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/bao-cao(.csv)?tu=&den=` or `?nam=`: the commune's learning report, counted
    /// afresh on every request (never cached) because attendance keeps arriving. A period that
    /// cannot be read gets the form again with the reason, as a 400.
    func adminCommuneReport(_ exchange: Exchange, period query: ReportPeriodQuery, format: TableFormat) throws -> Response {
        let now = clock()
        let today = LocalDate(unixSeconds: now)
        let period: ReportPeriod
        do throws(ReportPeriodError) {
            period = try ReportPeriod.chosen(from: query.from, to: query.to, year: query.year, today: today)
        } catch {
            let view = CommuneReportPage(report: nil, query: query, error: error, director: "", currentYear: today.year)
            return page(view.render(exchange.context), status: 400)
        }
        let report = try database.communeReport(period: period, now: now)
        switch format {
        case .page:
            let view = CommuneReportPage(report: report, query: query, director: try database.centreSettings()?.director ?? "",
                                         currentYear: today.year)
            return page(view.render(exchange.context))
        case .csv:
            let name = period.calendarYear.map(String.init) ?? "\(period.from.isoText)-\(period.to.isoText)"
            return Response(status: 200, headers: [
                ("Content-Type", "text/csv; charset=utf-8"),
                ("Content-Disposition", "attachment; filename=\"bao-cao-hoc-tap-\(name).csv\""),
                ("Cache-Control", "no-store"),
            ], body: CommuneReportCSV.file(report, strings: exchange.context.strings))
        }
    }
}
