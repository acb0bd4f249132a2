/// Dates and times as people in Vietnam write them, in Asia/Ho_Chi_Minh (UTC+7, no DST).
public enum DateText {
    static let offsetSeconds: Int64 = 7 * 3600

    /// "01/10/2026 07:30" for a moment in unix seconds.
    public static func dayAndTime(unixSeconds: Int64) -> String {
        let local = unixSeconds + offsetSeconds
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let secondsOfDay = local - days * 86400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(day))/\(two(month))/\(year) \(two(secondsOfDay / 3600)):\(two(secondsOfDay % 3600 / 60))"
    }

    /// The day of the week in Vietnam: 0 Sunday (Chủ Nhật), 1 Monday (Thứ Hai) … 6 Saturday (Thứ Bảy).
    public static func weekday(unixSeconds: Int64) -> Int {
        let local = unixSeconds + offsetSeconds
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        // 1970-01-01 was a Thursday (4).
        return Int(((days % 7) + 7 + 4) % 7)
    }

    /// The moment the day of `unixSeconds` began in Vietnam (local midnight).
    public static func startOfDay(unixSeconds: Int64) -> Int64 {
        let local = unixSeconds + offsetSeconds
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        return days * 86400 - offsetSeconds
    }

    /// "01/10/2026" in Vietnam.
    public static func day(unixSeconds: Int64) -> String {
        String(dayAndTime(unixSeconds: unixSeconds).prefix(10))
    }

    /// The calendar year in Vietnam at a moment in unix seconds.
    public static func year(unixSeconds: Int64) -> Int {
        let local = unixSeconds + offsetSeconds
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        return Int(civilDate(daysSinceEpoch: days).0)
    }

    /// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's civil_from_days).
    static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int64, Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
