/// A week from Monday to Sunday in Vietnam, as calendars there print it: the public schedule
/// shows one at a time.
public struct CalendarWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The week's first day. Always a Monday: every initialiser goes through `containing`.
    public let monday: LocalDate

    /// The week that holds `day`, whichever day of the week it is.
    public init(containing day: LocalDate) {
        // `weekday` counts from Sunday (0); Monday-based, Sunday is the week's seventh day.
        monday = day.adding(days: -((day.weekday + 6) % 7))
    }

    /// The week that holds a moment (unix seconds), in Vietnam.
    public init(unixSeconds: Int64) {
        self.init(containing: LocalDate(unixSeconds: unixSeconds))
    }

    public var sunday: LocalDate { monday.adding(days: 6) }
    public var previous: CalendarWeek { CalendarWeek(containing: monday.adding(days: -7)) }
    public var next: CalendarWeek { CalendarWeek(containing: monday.adding(days: 7)) }

    /// Monday 00:00 in Vietnam, in unix seconds: the first moment of the week.
    public var startsAt: Int64 { monday.unixSeconds(atMinutes: 0) }

    /// The next Monday 00:00: the week is the moments in [startsAt, endsAt).
    public var endsAt: Int64 { monday.unixSeconds(atMinutes: 7 * 24 * 60) }

    /// "16/11/2026 – 22/11/2026".
    public var description: String { "\(monday) – \(sunday)" }

    public static func < (lhs: CalendarWeek, rhs: CalendarWeek) -> Bool { lhs.monday < rhs.monday }
}
