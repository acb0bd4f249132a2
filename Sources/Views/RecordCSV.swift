import Domain

/// The learning record as one CSV file for Excel: the holder, then each of the paper's tables
/// after a blank line and its heading, in the paper's order and with its column names.
public enum RecordCSV {
    public static func file(holderName: String, record: LearningRecord, strings: Strings) -> [UInt8] {
        let text = strings.record
        func hours(_ minutes: Int) -> String { RecordText.hours(minutes, strings.language) }
        var rows: [[String]] = [[text.holder, holderName], [], [text.years], [text.year, text.sessions, text.hours, text.events, text.points]]
        rows += record.years.map { [String($0.year), String($0.sessions), hours($0.minutes), String($0.events), String($0.points)] }
        if let assessments = RecordText.assessments(record.years, checking: false, strings) {
            rows += [[], [text.assessments], assessments.columns] + assessments.rows
        }
        rows += [[], [text.classes], [text.courseClass, text.field, text.dates]]
        rows += record.classes.map { [$0.title, strings.fieldName($0.field), RecordText.period($0) ?? ""] }
        for (heading, column, sessions) in [(text.attendedSessions, text.courseClass, record.sessions),
                                            (text.attendedEvents, text.event, record.events)] {
            rows += [[], [heading], [text.day, text.time, column, text.status, text.hours, text.points]]
            rows += sessions.map { session in
                [DateText.day(unixSeconds: session.attendance.startsAt), RecordText.time(session.attendance), session.title,
                 strings.attendance.statusName(session.attendance.status), hours(session.minutes), String(session.points)]
            }
        }
        rows += [[], [text.countingNote]]
        return CSVWriter.write(header: [text.title], rows: rows)
    }
}
