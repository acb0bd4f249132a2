import Domain

/// The commune report as one CSV file for Excel: the title and period, then every table of the
/// page after a blank line and its heading, written from the page's own rows
/// (`CommuneReportTables`), so the file and the paper cannot disagree.
public enum CommuneReportCSV {
    public static func file(_ report: CommuneReport, strings: Strings) -> [UInt8] {
        let text = strings.communeReport
        var rows: [[String]] = [
            [text.period(report.period.from.description, report.period.to.description)],
            [strings.weekReport.countedAt(strings.dateAndTime(report.now))],
        ]
        for table in CommuneReportTables(report, strings: strings).tables {
            rows += [[], [table.heading]]
            if !table.columns.isEmpty { rows.append(table.columns) }
            rows += (table.rows + (table.total.map { [$0] } ?? [])).map { [$0.label] + $0.values.map(\.plain) }
            if let note = table.note { rows.append([note]) }
        }
        rows += [[], [text.countingNote]]
        return CSVWriter.write(header: [text.title(report.period)], rows: rows)
    }
}
