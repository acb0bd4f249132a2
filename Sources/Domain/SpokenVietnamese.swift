/// Numbers, times and dates written as an announcer reads them on the commune loudspeaker
/// (hệ thống truyền thanh cơ sở): "bảy giờ ba mươi sáng thứ Năm, ngày mồng một tháng Mười".
///
/// Digits ("07:30 01/10") are read differently by each announcer and cannot be misread once
/// they are words, so the announcement text carries the words. Northern usage throughout:
/// "nghìn" (not "ngàn"), "linh" (not "lẻ"), "mồng" (not "mùng").
public enum SpokenVietnamese {
    /// The number in words: 21 "hai mươi mốt", 105 "một trăm linh năm", 2026 "hai nghìn không
    /// trăm hai mươi sáu". After "mươi", 1 is "mốt", 5 is "lăm" and 4 is "tư": both "bốn" and
    /// "tư" are heard there, and "tư" is the common Northern choice ("hai mươi tư"). Negative
    /// numbers never occur in announcements; they are said with "âm" rather than refused.
    public static func number(_ value: Int) -> String {
        value < 0 ? "âm " + spell(value.magnitude) : spell(value.magnitude)
    }

    /// The time of day, 12-hour as people say it, followed by the part of the day:
    /// sáng 04:00–10:59, trưa 11:00–12:59, chiều 13:00–17:59, tối 18:00–21:59, đêm 22:00–03:59
    /// (so 12:00 is "mười hai giờ trưa" and 00:00 "mười hai giờ đêm").
    ///
    /// Whole hours have no minutes ("bảy giờ sáng"). Minutes 10–59 follow the hour bare, as the
    /// issue writes it ("bảy giờ ba mươi sáng", not "bảy giờ rưỡi"); minutes 1–9 add "phút"
    /// ("bảy giờ năm phút sáng") because a lone "năm" between the hour and "sáng" is easily
    /// lost over a loudspeaker. `minutes` counts from midnight; 1440, how a session ending at
    /// midnight is stored, is said as that midnight.
    public static func spokenTime(minutes: Int) -> String {
        let minuteOfDay = (minutes % 1440 + 1440) % 1440
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        var said = number(hour % 12 == 0 ? 12 : hour % 12) + " giờ"
        if minute > 0 {
            said += " " + number(minute) + (minute < 10 ? " phút" : "")
        }
        return said + " " + partOfDay(hour: hour)
    }

    /// "thứ Năm, ngày mồng một tháng Mười": days 1–10 take "mồng", later days the bare number
    /// ("ngày hai mươi mốt"). Months are the solar names ("tháng Một", not the lunar "tháng
    /// Giêng"). With `withYear`, "… năm hai nghìn không trăm hai mươi sáu", for announcements
    /// that mention a day outside the current year.
    public static func spokenDate(_ date: LocalDate, withYear: Bool = false) -> String {
        let day = date.day <= 10 ? "mồng " + number(date.day) : number(date.day)
        let said = "\(weekdays[date.weekday]), ngày \(day) tháng \(months[date.month - 1])"
        return withYear ? said + " năm " + number(date.year) : said
    }

    /// The time then the day, as the issue writes it: "bảy giờ ba mươi sáng thứ Năm, ngày mồng
    /// một tháng Mười", for a moment in unix seconds, in Vietnam.
    public static func spokenMoment(unixSeconds: Int64, withYear: Bool = false) -> String {
        let minutes = Int((unixSeconds - DateText.startOfDay(unixSeconds: unixSeconds)) / 60)
        return spokenTime(minutes: minutes) + " "
            + spokenDate(LocalDate(unixSeconds: unixSeconds), withYear: withYear)
    }

    /// Lower-case "thứ" because the name is said mid-sentence; "Chủ nhật" is a name of its own.
    /// Indexed as `LocalDate.weekday`: 0 Sunday … 6 Saturday.
    private static let weekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"]

    /// The month after "tháng", capitalised as the issue writes "tháng Mười". April is always
    /// "Tư" in a month name, even in the South where "bốn" is said otherwise.
    private static let months = [
        "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Mười hai",
    ]

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    private static func partOfDay(hour: Int) -> String {
        switch hour {
        case 4...10: "sáng"
        case 11...12: "trưa"
        case 13...17: "chiều"
        case 18...21: "tối"
        default: "đêm"
        }
    }

    /// Groups of three digits, each followed by its scale. A group after another one says its
    /// empty hundreds ("hai nghìn không trăm hai mươi sáu"); an all-zero group is skipped
    /// ("hai nghìn"). Above a billion the count of billions is itself spelled ("một nghìn tỷ").
    private static func spell(_ value: UInt) -> String {
        let billions = value / 1_000_000_000
        var parts = billions > 0 ? [spell(billions) + " tỷ"] : []
        let groups: [(UInt, String)] = [(value / 1_000_000 % 1000, " triệu"), (value / 1000 % 1000, " nghìn"),
                                        (value % 1000, "")]
        for (group, scale) in groups where group > 0 {
            parts.append(spellGroup(group, sayHundreds: !parts.isEmpty) + scale)
        }
        return parts.isEmpty ? digits[0] : parts.joined(separator: " ")
    }

    /// 1–999. "linh" joins hundreds to a lone unit (105 "một trăm linh năm"); after "mười",
    /// 5 is "lăm" and 4 stays "bốn" ("mười bốn"); after "mươi", see `number(_:)`.
    private static func spellGroup(_ group: UInt, sayHundreds: Bool) -> String {
        let hundreds = Int(group / 100), tens = Int(group / 10 % 10), units = Int(group % 10)
        var words: [String] = []
        if hundreds > 0 || sayHundreds {
            words.append(digits[hundreds] + " trăm")
        }
        switch (tens, units) {
        case (0, 0): break
        case (0, _): words.append(words.isEmpty ? digits[units] : "linh " + digits[units])
        case (1, 0): words.append("mười")
        case (1, 5): words.append("mười lăm")
        case (1, _): words.append("mười " + digits[units])
        case (_, 0): words.append(digits[tens] + " mươi")
        case (_, 1): words.append(digits[tens] + " mươi mốt")
        case (_, 4): words.append(digits[tens] + " mươi tư")
        case (_, 5): words.append(digits[tens] + " mươi lăm")
        default: words.append(digits[tens] + " mươi " + digits[units])
        }
        return words.joined(separator: " ")
    }
}
