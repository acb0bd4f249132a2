import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/tuan-le/{year}/bao-cao(.csv)`: the report on a year's Week, counted afresh
    /// on every request (never cached) because check-ins may still be arriving.
    func adminWeekReport(_ exchange: Exchange, year: Int, format: TableFormat) throws -> Response {
        guard let stored = try database.edition(year: year), let report = try database.weekReport(year: year, now: clock()) else {
            throw PageFailure(status: 404)
        }
        switch format {
        case .page:
            let view = WeekReportPage(report: report, themeIsPlaceholder: stored.themeIsPlaceholder,
                                      director: try database.centreSettings()?.director ?? "")
            return page(view.render(exchange.context))
        case .csv:
            return Response(status: 200, headers: [
                ("Content-Type", "text/csv; charset=utf-8"),
                ("Content-Disposition", "attachment; filename=\"bao-cao-tuan-le-\(year).csv\""),
                ("Cache-Control", "no-store"),
            ], body: WeekReportCSV.file(report, strings: exchange.context.strings))
        }
    }
}
