/// One year's Lifelong Learning Week (Tuần lễ hưởng ứng học tập suốt đời): its days and the
/// national theme and slogan the Ministry sends that year.
///
/// The Week is normally 1–7 October but moved to 2–8 October in 2023, so the days are data
/// that staff may change. `validate()` checks what they typed, so a mistyped year or month
/// cannot make a Week of a single day or of two months; stored editions were checked when
/// saved, so reading one back needs no check.
public struct WeekEdition: Sendable, Equatable {
    public var year: Int
    public var startsOn: LocalDate
    /// The last day (included).
    public var endsOn: LocalDate
    /// The national theme (chủ đề), e.g. 2024 "Phát triển văn hóa đọc thúc đẩy học tập suốt
    /// đời"; empty until the Ministry's letter arrives.
    public var theme: String
    public var slogan: String

    /// How many days an edition may have: the national Week is 7; a commune may run a short
    /// Week of 3 days or stretch it to two weeks, anything else is a typing slip.
    public static let allowedDayCounts = 3...14

    public init(year: Int, startsOn: LocalDate, endsOn: LocalDate, theme: String = "", slogan: String = "") {
        self.year = year
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.theme = theme
        self.slogan = slogan
    }

    /// Refuses days that cannot be one year's Week: the first day in another year than
    /// `year`, the last day before the first, or a length outside `allowedDayCounts`.
    public func validate() throws(WeekEditionError) {
        guard startsOn.year == year else { throw .yearMismatch }
        guard startsOn <= endsOn else { throw .endsBeforeStarts }
        guard WeekEdition.allowedDayCounts.contains(dayCount) else { throw .dayCountOutOfRange(dayCount) }
    }

    /// 1–7 October of `year`, the usual dates, as the form's starting point. Nil for years a
    /// `LocalDate` cannot hold (outside 1900–9999).
    public static func standard(year: Int, theme: String = "", slogan: String = "") -> WeekEdition? {
        guard let first = LocalDate(year: year, month: 10, day: 1),
              let last = LocalDate(year: year, month: 10, day: 7) else { return nil }
        return WeekEdition(year: year, startsOn: first, endsOn: last, theme: theme, slogan: slogan)
    }

    /// The number of days, first and last included; 0 or less when the last day is before the
    /// first (an edition that fails `validate()`).
    public var dayCount: Int { Int(endsOn.daysSinceEpoch - startsOn.daysSinceEpoch) + 1 }

    /// Every day of the edition in order, one announcement and one programme page each.
    public var days: [LocalDate] { (0..<max(dayCount, 0)).map { startsOn.adding(days: $0) } }

    /// Which day of the edition (1 for the first) a moment falls on in Vietnam; nil before the
    /// first day or after the last. Programmes say "Ngày 3" rather than repeat the date.
    public func dayNumber(of unixSeconds: Int64) -> Int? {
        let number = Int(LocalDate(unixSeconds: unixSeconds).daysSinceEpoch - startsOn.daysSinceEpoch) + 1
        return number >= 1 && number <= dayCount ? number : nil
    }

    /// Last year's programme moved onto `newEdition`: every event by the whole number of days
    /// between the two first days, so an event on the opening day stays on the opening day and
    /// keeps its local time of day. Vietnam has no daylight saving time, so a day is always
    /// 86 400 seconds and the move is exact across month ends and leap days. Events are not
    /// dropped when the new edition is shorter: staff see them outside the Week and decide.
    public func shifted(_ events: [(startsAt: Int64, endsAt: Int64)], to newEdition: WeekEdition)
        -> [(startsAt: Int64, endsAt: Int64)]
    {
        let seconds = (newEdition.startsOn.daysSinceEpoch - startsOn.daysSinceEpoch) * 86400
        return events.map { (startsAt: $0.startsAt + seconds, endsAt: $0.endsAt + seconds) }
    }
}

/// Why the days typed for an edition were refused, said to the staff member who typed them.
public enum WeekEditionError: Error, Sendable, Equatable {
    case yearMismatch
    case endsBeforeStarts
    case dayCountOutOfRange(Int)

    /// The reason in Vietnamese.
    public var message: String {
        switch self {
        case .yearMismatch: "Ngày bắt đầu phải thuộc năm của Tuần lễ."
        case .endsBeforeStarts: "Ngày kết thúc không được trước ngày bắt đầu."
        case .dayCountOutOfRange(let days):
            "Tuần lễ dài \(days) ngày; hãy chọn từ \(WeekEdition.allowedDayCounts.lowerBound) "
                + "đến \(WeekEdition.allowedDayCounts.upperBound) ngày."
        }
    }

    /// The reason in English.
    public var englishMessage: String {
        switch self {
        case .yearMismatch: "The first day must fall in the Week's year."
        case .endsBeforeStarts: "The last day must not be before the first day."
        case .dayCountOutOfRange(let days):
            "The Week would last \(days) days; choose between \(WeekEdition.allowedDayCounts.lowerBound) "
                + "and \(WeekEdition.allowedDayCounts.upperBound) days."
        }
    }
}
