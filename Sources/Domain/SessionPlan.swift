/// Sessions created in bulk the way staff say them: "every Tuesday and Thursday 19:00–21:00
/// from 03/03 to 30/04". Turning that sentence into moments is a rule, so it lives here and
/// the form only collects the words.
public struct SessionPlan: Sendable, Equatable {
    /// Days of the week: 0 Sunday … 6 Saturday, as `DateText.weekday` counts.
    public var weekdays: Set<Int>
    /// Minutes since midnight in Vietnam (`LocalTime.minutes`).
    public var startMinutes: Int
    /// Minutes since midnight in Vietnam; 1440 ends a session at midnight.
    public var endMinutes: Int
    /// The first day that may hold a session.
    public var from: LocalDate
    /// The last day that may hold a session (included).
    public var through: LocalDate

    public init(weekdays: Set<Int>, startMinutes: Int, endMinutes: Int, from: LocalDate, through: LocalDate) {
        self.weekdays = weekdays
        self.startMinutes = startMinutes
        self.endMinutes = endMinutes
        self.from = from
        self.through = through
    }

    /// The most sessions one plan may create. A class meeting three evenings a week for a
    /// whole year has 156; more is almost surely a mistyped year (2062 for 2026), which would
    /// flood the schedule with sessions nobody can delete by hand.
    public static let defaultLimit = 200

    /// Every session of the plan in date order, as unix seconds.
    public func occurrences(limit: Int = SessionPlan.defaultLimit) throws(SessionPlanError)
        -> [(startsAt: Int64, endsAt: Int64)]
    {
        guard (0..<1440).contains(startMinutes), (1...1440).contains(endMinutes) else { throw .timeOutsideDay }
        guard endMinutes > startMinutes else { throw .endNotAfterStart }
        guard from <= through else { throw .fromAfterThrough }
        guard !weekdays.isEmpty else { throw .noWeekday }
        var sessions: [(startsAt: Int64, endsAt: Int64)] = []
        var day = from
        // Stops one past the limit, so a plan over centuries costs no more than a plan too long.
        while day <= through {
            if weekdays.contains(day.weekday) {
                guard sessions.count < limit else { throw .tooMany(limit: limit) }
                sessions.append((day.unixSeconds(atMinutes: startMinutes), day.unixSeconds(atMinutes: endMinutes)))
            }
            day = day.adding(days: 1)
        }
        guard !sessions.isEmpty else { throw .noOccurrence }
        return sessions
    }

    /// One session on one day ("a talk on 12/10, 14h–16h"), with the same checks as a plan.
    public static func single(on date: LocalDate, startMinutes: Int, endMinutes: Int) throws(SessionPlanError)
        -> (startsAt: Int64, endsAt: Int64)
    {
        let plan = SessionPlan(weekdays: [date.weekday], startMinutes: startMinutes, endMinutes: endMinutes,
                               from: date, through: date)
        guard let session = try plan.occurrences().first else { throw .noOccurrence }
        return session
    }
}

/// Why a session plan makes no sessions, said to the staff member who typed it.
public enum SessionPlanError: Error, Sendable, Equatable {
    case timeOutsideDay
    case endNotAfterStart
    case fromAfterThrough
    case noWeekday
    case noOccurrence
    case tooMany(limit: Int)

    /// The reason in Vietnamese.
    public var message: String {
        switch self {
        case .timeOutsideDay: "Giờ học phải nằm trong một ngày, từ 00:00 đến 24:00."
        case .endNotAfterStart: "Giờ kết thúc phải sau giờ bắt đầu."
        case .fromAfterThrough: "Ngày bắt đầu không được sau ngày kết thúc."
        case .noWeekday: "Hãy chọn ít nhất một thứ trong tuần."
        case .noOccurrence: "Không có buổi học nào: trong khoảng ngày đã chọn không có thứ nào đã chọn."
        case .tooMany(let limit):
            "Kế hoạch này tạo hơn \(limit) buổi học. Mỗi lần chỉ tạo tối đa \(limit) buổi, đủ cho cả năm "
                + "với ba buổi mỗi tuần; hãy kiểm tra lại năm hoặc chia thành nhiều đợt."
        }
    }

    /// The reason in English.
    public var englishMessage: String {
        switch self {
        case .timeOutsideDay: "Session times must fall within one day, from 00:00 to 24:00."
        case .endNotAfterStart: "The end time must be after the start time."
        case .fromAfterThrough: "The first day must not be after the last day."
        case .noWeekday: "Choose at least one day of the week."
        case .noOccurrence: "No session: none of the chosen weekdays falls between these dates."
        case .tooMany(let limit):
            "This plan would create more than \(limit) sessions. One plan may create at most \(limit), "
                + "enough for a whole year at three a week; check the year or split the plan."
        }
    }
}
