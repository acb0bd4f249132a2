/// iCalendar DATE-TIME values (RFC 5545 §3.3.5) from unix seconds, by integer arithmetic alone.
enum ICalendarTime {
    /// `20260930T003000Z`: the UTC form, for stamps (`DTSTAMP`, `LAST-MODIFIED`) that name no zone.
    static func utc(_ unixSeconds: Int64) -> String {
        basic(unixSeconds) + "Z"
    }

    /// `20261001T073000`: the wall-clock time in Vietnam, written after `TZID=Asia/Ho_Chi_Minh` so
    /// calendar apps show the session at the hour the centre announced it.
    static func local(_ unixSeconds: Int64) -> String {
        basic(unixSeconds + DateText.offsetSeconds)
    }

    private static func basic(_ seconds: Int64) -> String {
        // Floor division, so that moments before 1970 still land on the right day.
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let (year, month, day) = DateText.civilDate(daysSinceEpoch: days)
        return padded(year, 4) + padded(month, 2) + padded(day, 2) + "T"
            + padded(secondOfDay / 3600, 2) + padded(secondOfDay % 3600 / 60, 2) + padded(secondOfDay % 60, 2)
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
