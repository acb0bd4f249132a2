/// One happening in a calendar feed: a class session, later an event of the Lifelong Learning Week.
public struct CalendarEvent: Sendable, Equatable {
    /// Stable across edits, so that a calendar app updates the entry instead of adding another.
    public var uid: String
    /// Raised on every change that residents should see; calendar apps keep the highest.
    public var sequence: Int
    /// Unix seconds (UTC).
    public var startsAt: Int64
    /// Unix seconds (UTC).
    public var endsAt: Int64
    public var summary: String
    /// Left out of the feed when empty.
    public var location: String
    /// Left out of the feed when empty.
    public var description: String
    public var url: String?
    /// A cancelled session stays in the feed as `STATUS:CANCELLED` so subscribers see it struck out.
    public var cancelled: Bool
    /// Unix seconds (UTC).
    public var lastModified: Int64

    public init(uid: String, sequence: Int = 0, startsAt: Int64, endsAt: Int64, summary: String,
                location: String = "", description: String = "", url: String? = nil,
                cancelled: Bool = false, lastModified: Int64) {
        self.uid = uid
        self.sequence = sequence
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.cancelled = cancelled
        self.lastModified = lastModified
    }
}

/// Writes the centre's calendar feeds as iCalendar (RFC 5545) documents.
public enum ICalendar {
    static let timeZone = "Asia/Ho_Chi_Minh"

    /// A whole `VCALENDAR` in UTF-8 with CRLF line ends and folded lines. The output depends only
    /// on the arguments (events stay in the given order), so feeds can be cached and compared.
    /// `now` becomes every event's `DTSTAMP`.
    public static func document(name: String, events: [CalendarEvent], now: Int64) -> [UInt8] {
        var writer = ICalendarWriter()
        writer.line("BEGIN:VCALENDAR")
        writer.line("VERSION:2.0")
        writer.line("PRODID:-//HocTap//Trung tam hoc tap so//VI")
        writer.line("CALSCALE:GREGORIAN")
        writer.line("METHOD:PUBLISH")
        writer.text("X-WR-CALNAME", name)
        writer.line("X-WR-TIMEZONE:\(timeZone)")
        appendTimeZone(to: &writer)
        for event in events {
            append(event, now: now, to: &writer)
        }
        writer.line("END:VCALENDAR")
        return writer.bytes
    }

    /// Times are written as local times with a `TZID`, so the zone must be defined in the
    /// document itself; Vietnam has kept UTC+7 without daylight saving, so one STANDARD rule does.
    private static func appendTimeZone(to writer: inout ICalendarWriter) {
        writer.line("BEGIN:VTIMEZONE")
        writer.line("TZID:\(timeZone)")
        writer.line("BEGIN:STANDARD")
        writer.line("DTSTART:19700101T000000")
        writer.line("TZOFFSETFROM:+0700")
        writer.line("TZOFFSETTO:+0700")
        writer.line("TZNAME:+07")
        writer.line("END:STANDARD")
        writer.line("END:VTIMEZONE")
    }

    private static func append(_ event: CalendarEvent, now: Int64, to writer: inout ICalendarWriter) {
        writer.line("BEGIN:VEVENT")
        writer.text("UID", event.uid)
        writer.line("DTSTAMP:\(ICalendarTime.utc(now))")
        writer.line("DTSTART;TZID=\(timeZone):\(ICalendarTime.local(event.startsAt))")
        writer.line("DTEND;TZID=\(timeZone):\(ICalendarTime.local(event.endsAt))")
        writer.line("SEQUENCE:\(event.sequence)")
        writer.line("LAST-MODIFIED:\(ICalendarTime.utc(event.lastModified))")
        writer.text("SUMMARY", event.summary)
        if !event.location.isEmpty { writer.text("LOCATION", event.location) }
        if !event.description.isEmpty { writer.text("DESCRIPTION", event.description) }
        if let url = event.url { writer.uri("URL", url) }
        writer.line(event.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED")
        writer.line("END:VEVENT")
    }
}
