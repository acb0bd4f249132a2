/// A calendar day in Vietnam, as staff type it when they plan sessions ("03/03/2026").
///
/// Sessions are stored as unix seconds; this value is how a typed day and time of day become
/// one. Vietnam is UTC+7 all year (no daylight saving time), so no time-zone database is needed.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for days that do not exist (31/02, 29/02/2027). Years are limited to 1900–9999 so
    /// that every date prints with four digits and a mistyped year stays near the present.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "03/03/2026", "3/3/2026" (also with "-" or "." as Vietnamese often write) and
    /// ISO "2026-03-03", which HTML `<input type="date">` sends. The year must have four
    /// digits: "03/03/26" is refused rather than guessed.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        guard let separator = trimmed.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let iso = separator == "-" && parts[0].count == 4
        let (yearText, dayText) = iso ? (parts[0], parts[2]) : (parts[2], parts[0])
        guard yearText.count == 4, let year = LocalDate.number(yearText),
              (1...2).contains(parts[1].count), let month = LocalDate.number(parts[1]),
              (1...2).contains(dayText.count), let day = LocalDate.number(dayText) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day in Vietnam at a moment (unix seconds).
    public init(unixSeconds: Int64) {
        let local = unixSeconds + DateText.offsetSeconds
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let (year, month, day) = DateText.civilDate(daysSinceEpoch: days)
        self.year = Int(year)
        self.month = Int(month)
        self.day = Int(day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil, the inverse of
    /// `DateText.civilDate`).
    var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthPrime = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * monthPrime + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 Sunday (Chủ Nhật), 1 Monday (Thứ Hai) … 6 Saturday (Thứ Bảy), as `DateText.weekday`.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        Int(((daysSinceEpoch % 7) + 7 + 4) % 7)
    }

    /// The day `count` days later (earlier when negative), across months and years.
    public func adding(days count: Int) -> LocalDate {
        let local = (daysSinceEpoch + Int64(count)) * 86400
        return LocalDate(unixSeconds: local - DateText.offsetSeconds)
    }

    /// The unix second at `minutes` after midnight of this day in Vietnam. Minutes past
    /// 24 h run into the next day, which is how a session that ends at midnight is stored.
    public func unixSeconds(atMinutes minutes: Int) -> Int64 {
        daysSinceEpoch * 86400 + Int64(minutes) * 60 - DateText.offsetSeconds
    }

    /// "03/03/2026", as Vietnamese pages print dates.
    public var description: String {
        "\(LocalDate.two(day))/\(LocalDate.two(month))/\(year)"
    }

    /// "2026-03-03", the value an HTML date input expects.
    public var isoText: String {
        "\(year)-\(LocalDate.two(month))-\(LocalDate.two(day))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// 28–31; February has 29 days in Gregorian leap years (2028, 2000, not 2100).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The value of a run of ASCII digits; nil for anything else (signs, spaces, "٣").
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 4,
              text.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
        return text.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A time of day in Vietnam as minutes since midnight, read as people write it: "19:00",
/// "7:30", and the Vietnamese "19h", "19h30".
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 (00:00) through 1439 (23:59).
    public let minutes: Int

    /// Nil outside one day.
    public init?(minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Reads "19:00", "07:30", "7:30", "19h", "19H30", "19h 30". Minutes, when given, have two
    /// digits ("19:5" is more likely a slip than 19:05); 24:00 is refused.
    public init?(parsing text: String) {
        let compact = text.filter { $0 != " " && $0 != "\t" }
        guard let separator = compact.first(where: { $0 == ":" || $0 == "h" || $0 == "H" }) else { return nil }
        let parts = compact.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), let hour = LocalDate.number(parts[0]),
              hour < 24 else { return nil }
        // Only the "h" form may leave the minutes out: "19h" is 19:00, "19:" is unfinished.
        let minute: Int
        if parts[1].isEmpty, separator != ":" {
            minute = 0
        } else {
            guard parts[1].count == 2, let value = LocalDate.number(parts[1]), value < 60 else { return nil }
            minute = value
        }
        self.minutes = hour * 60 + minute
    }

    /// "19:00", 24-hour as pages print times.
    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }
}
