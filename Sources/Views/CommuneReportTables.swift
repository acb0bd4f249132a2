import Domain

/// The commune report's tables as rows, built once from the report: the page draws them (with
/// their charts) and the CSV file writes them, so the two cannot disagree. Tables are numbered
/// in order, so a section added later numbers itself.
struct CommuneReportTables {
    /// A number in a cell: grouped as the reader writes numbers on the page, plain in CSV.
    enum Value: Equatable {
        case count(Int)
        case tenthsOfHours(Int)
        /// A share in thousandths, written as a percentage with one decimal ("37,5"); nil
        /// when there was nobody to share among ("—" on paper, an empty cell in CSV).
        case perMille(Int?)

        func text(_ strings: Strings) -> String {
            switch self {
            case .count(let count): strings.number(count)
            case .tenthsOfHours(let tenths), .perMille(let tenths?):
                strings.number(tenths / 10) + strings.communeReport.decimalMark + String(tenths % 10)
            case .perMille(nil): "—"
            }
        }

        /// Digits only, with "." before the tenths: numbers Excel reads as numbers.
        var plain: String {
            switch self {
            case .count(let count): String(count)
            case .tenthsOfHours(let tenths), .perMille(let tenths?): "\(tenths / 10).\(tenths % 10)"
            case .perMille(nil): ""
            }
        }
    }

    struct Row: Equatable {
        var label: String
        var values: [Value]
    }

    struct Table {
        var heading: String
        /// Column headings, the labels' first; none for the summary.
        var columns: [String]
        var rows: [Row]
        var total: Row?
        var note: String?
        var chart: SVGChart?
        /// A table of the learners' facts: these share a grid, two to a printed row.
        var isBreakdown: Bool
    }

    let tables: [Table]

    init(_ report: CommuneReport, strings: Strings) {
        let text = strings.communeReport, week = strings.weekReport
        let total = report.total
        let activityColumns = [text.classes, text.sessions, text.learners, week.attendances, text.hours]
        let learningColumns = [text.learners, week.attendances, text.hours]

        func activity(_ heading: String, _ column: String, _ lines: [(String, CommuneReport.Activity)], chart: SVGChart? = nil) -> Table {
            let hours = CommuneReport.tenthsOfHours(lines.map(\.1.learning))
            let rows = zip(lines, hours).map { line, tenths in
                Row(label: line.0, values: [.count(line.1.classes), .count(line.1.sessions), .count(line.1.learning.learners),
                                            .count(line.1.learning.attendances), .tenthsOfHours(tenths)])
            }
            let sum = Row(label: week.total, values: [.count(total.classes), .count(total.sessions), .count(total.learning.learners),
                                                      .count(total.learning.attendances), .tenthsOfHours(total.learning.tenthsOfHours)])
            return Table(heading: heading, columns: [column] + activityColumns, rows: rows, total: sum, chart: chart, isBreakdown: false)
        }
        func learning<Key>(_ heading: String, _ column: String, _ lines: [CommuneReport.Line<Key, CommuneReport.Learning>],
                           name: (Key) -> String, note: String? = nil) -> Table {
            let labels = lines.map { $0.key.map(name) ?? week.notRecorded }
            let hours = CommuneReport.tenthsOfHours(lines.map(\.figures))
            let rows = zip(zip(labels, lines), hours).map { labelled, tenths in
                Row(label: labelled.0, values: [.count(labelled.1.figures.learners), .count(labelled.1.figures.attendances), .tenthsOfHours(tenths)])
            }
            let sum = Row(label: week.total, values: [.count(total.learning.learners), .count(total.learning.attendances),
                                                      .tenthsOfHours(total.learning.tenthsOfHours)])
            return Table(heading: heading, columns: [column] + learningColumns, rows: rows, total: sum, note: note, isBreakdown: true)
        }
        func chart(_ kind: SVGChart.Kind, _ title: String, _ points: [(String, Int)]) -> SVGChart {
            SVGChart(kind: kind, title: title, points: points.map { SVGChart.Point(label: $0.0, value: $0.1, text: strings.number($0.1)) })
        }

        let months = report.byMonth
        let spansYears = report.period.from.year != report.period.to.year
        let monthPoints = months.enumerated().map { index, line in
            (line.key.map { text.monthShort($0, spansYears && (index == 0 || $0.month == 1)) } ?? week.notRecorded, line.figures.learning.attendances)
        }
        var villages = learning(text.byVillage, week.village, report.byVillage, name: { $0 })
        villages.chart = villages.rows.isEmpty ? nil
            : chart(.bars, text.villageChart, zip(villages.rows, report.byVillage).map { ($0.label, $1.figures.attendances) })
        let unnumbered = [
            Table(heading: text.summary, columns: [], rows: [
                Row(label: text.classes, values: [.count(total.classes)]), Row(label: text.sessions, values: [.count(total.sessions)]),
                Row(label: week.attendances, values: [.count(total.learning.attendances)]),
                Row(label: text.learnersOnce, values: [.count(total.learning.learners)]),
                Row(label: text.hours, values: [.tenthsOfHours(total.learning.tenthsOfHours)]),
            ], isBreakdown: false),
            activity(text.byMonth, text.month, months.map { ($0.key.map(text.monthName) ?? week.notRecorded, $0.figures) },
                     chart: chart(.line, text.monthChart, monthPoints)),
            activity(text.byField, text.field, report.byField.map { ($0.key.map(strings.fieldName) ?? week.notRecorded, $0.figures) }),
            villages,
            learning(text.byGroup, week.group, report.byGroup, name: strings.groupName),
            learning(text.bySex, week.sex, report.bySex, name: strings.account.sexName),
            learning(text.byAge, week.age, report.byAgeBand, name: week.ageBand),
            learning(text.byEthnicity, text.ethnicity, report.byEthnicity, name: { $0 }, note: text.ethnicityNote),
        ] + (report.citizens.map { Self.citizenTables($0, villages: report.villages, strings: strings) } ?? [])
        tables = unnumbered.enumerated().map { index, table in
            var numbered = table
            numbered.heading = "\(index + 1). \(table.heading)"
            return numbered
        }
    }
}
