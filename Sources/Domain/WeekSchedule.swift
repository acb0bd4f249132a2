/// One week of the public schedule: its sessions with their classes, in time order, and the
/// nearest sessions outside it under the same filters, which say whether there is anything to
/// go back or forward to and, for an empty week, where the next sessions are.
public struct WeekSchedule: Sendable {
    public var week: CalendarWeek
    public var entries: [(session: ClassSession, courseClass: CourseClass)]
    /// When the last session before the week starts (unix seconds); nil when there is none.
    public var previousStart: Int64?
    /// When the first session after the week starts; nil when there is none.
    public var nextStart: Int64?

    public init(week: CalendarWeek, entries: [(session: ClassSession, courseClass: CourseClass)],
                previousStart: Int64? = nil, nextStart: Int64? = nil) {
        self.week = week
        self.entries = entries
        self.previousStart = previousStart
        self.nextStart = nextStart
    }

    /// The week of the next session after this one, for "the next sessions are in…".
    public var nextBusyWeek: CalendarWeek? { nextStart.map(CalendarWeek.init(unixSeconds:)) }
}
