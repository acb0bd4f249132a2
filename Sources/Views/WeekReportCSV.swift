import Domain

/// The Week report's tables as rows: the same rows feed the page and the CSV file, so the
/// two cannot disagree.
public enum WeekReportCSV {
    /// The whole report as one CSV file: the title, then each table after a blank line and
    /// its heading, in the order of the printed report.
    public static func file(_ report: WeekReport, strings: Strings) -> [UInt8] {
        let text = strings.weekReport
        var rows: [[String]] = [
            [text.period(report.edition.startsOn.description, report.edition.endsOn.description)],
            [text.countedAt(strings.dateAndTime(report.now))],
            [], [text.summary],
        ]
        rows += summary(report, strings: strings).map { [$0, String($1)] }
        rows += [[], [text.perEvent], eventHeader(strings)]
        rows += report.events.enumerated().map { index, event in
            let (texts, counts) = eventCells(event, report: report, strings: strings)
            return [String(index + 1)] + texts + counts.map(String.init)
        }
        rows.append([text.total, "", "", "", ""] + eventTotals(report).map(String.init))
        func breakdown<Key>(_ heading: String, _ column: String, _ lines: [(String, WeekReport.Line<Key>)]) {
            rows += [[], [heading], [column, text.people, text.attendances]]
            rows += lines.map { [$0, String($1.people), String($1.attendances)] }
            rows.append([text.total, String(report.participantCount), String(report.attendances)])
        }
        breakdown(text.byVillage, text.village, report.byVillage.map { ($0.key ?? text.notRecorded, $0) })
        breakdown(text.byGroup, text.group, report.byGroup.map { ($0.key.map(strings.groupName) ?? text.notRecorded, $0) })
        breakdown(text.bySex, text.sex, report.bySex.map { ($0.key.map(strings.account.sexName) ?? text.notRecorded, $0) })
        breakdown(text.byAge, text.age, report.byAgeBand.map { ($0.key.map(text.ageBand) ?? text.notRecorded, $0) })
        rows += [[], [text.countingNote]]
        return CSVWriter.write(header: [text.title(report.edition.year)], rows: rows)
    }

    /// The overall figures, in the report's order.
    static func summary(_ report: WeekReport, strings: Strings) -> [(String, Int)] {
        let text = strings.weekReport
        return [
            (text.planned, report.planned.count), (text.held, report.held.count), (text.cancelled, report.cancelledCount),
            (text.seats, report.seats), (text.waiting, report.waiting), (text.attendances, report.attendances),
            (text.participants, report.participantCount), (text.walkIns, report.walkIns), (text.points, report.pointsAwarded),
        ]
    }

    static func eventHeader(_ strings: Strings) -> [String] {
        let text = strings.weekReport, status = strings.attendance.statusName
        return [text.index, text.event, text.time, text.venue, text.note, text.registered, text.waitingShort,
                status(.present), status(.late), status(.excused), status(.absent), text.walkInsShort, text.attended, text.pointsShort]
    }

    /// An event's texts (title, time, venue, note) and its counts, in `eventHeader`'s order.
    static func eventCells(_ event: WeekReport.Event, report: WeekReport,
                           strings: Strings) -> (texts: [String], counts: [Int]) {
        let text = strings.weekReport
        let note = event.cancelled ? strings.classes.cancelled
            : event.startsAt > report.now ? text.notYetHeld
            : event.takesRegistration ? "" : text.openEntry
        let time = strings.dateAndTime(event.startsAt) + "–" + String(DateText.dayAndTime(unixSeconds: event.endsAt).suffix(5))
        let texts = [event.title, time, WeekProgrammePage.place(of: event.venue, strings: strings, village: event.village), note]
        return (texts, [event.seated.count, event.waiting.count, event.count(.present), event.count(.late), event.count(.excused),
                        event.count(.absent), event.walkIns, event.participants.count, event.pointsAwarded(report.rule)])
    }

    /// The per-event columns added up. Registrations count each event once, as the summary does.
    static func eventTotals(_ report: WeekReport) -> [Int] {
        let statuses = [AttendanceStatus.present, .late, .excused, .absent].map { status in
            report.events.reduce(0) { $0 + $1.count(status) }
        }
        return [report.seats, report.waiting] + statuses + [report.walkIns, report.attendances, report.pointsAwarded]
    }
}
