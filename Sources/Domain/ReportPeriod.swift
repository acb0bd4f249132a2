/// The days a commune report covers, both ends included, in Vietnam time. Reports cover the
/// calendar year unless staff choose otherwise (1 January – 31 December, as the data do).
public struct ReportPeriod: Sendable, Equatable {
    public let from: LocalDate
    public let to: LocalDate

    /// Five calendar years at most: a long enough look back for a term's review, and a month
    /// table (and the month set each learner's row carries) that stays small.
    public static let maxMonths = 60

    /// Nil when `from` is after `to` or the days touch more than `maxMonths` months.
    public init?(from: LocalDate, to: LocalDate) {
        guard from <= to, YearMonth(to).index - YearMonth(from).index < ReportPeriod.maxMonths else { return nil }
        self.from = from
        self.to = to
    }

    /// 1 January – 31 December of `year`.
    public static func year(_ year: Int) -> ReportPeriod? {
        guard let from = LocalDate(year: year, month: 1, day: 1), let to = LocalDate(year: year, month: 12, day: 31) else { return nil }
        return ReportPeriod(from: from, to: to)
    }

    /// The calendar year, when the period is exactly one.
    public var calendarYear: Int? { self == ReportPeriod.year(from.year) ? from.year : nil }

    /// The first moment of the period and the first moment after it, in unix seconds.
    public var startsAt: Int64 { from.unixSeconds(atMinutes: 0) }
    public var endsAt: Int64 { to.adding(days: 1).unixSeconds(atMinutes: 0) }

    /// Every month the period touches, first to last.
    public var months: [YearMonth] {
        (YearMonth(from).index...YearMonth(to).index).map(YearMonth.init(index:))
    }
}

/// A calendar month: a line of the report's month table.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    public init(_ day: LocalDate) {
        year = day.year
        month = day.month
    }

    /// Months since the year 0, so that months can be counted and stepped through.
    init(index: Int) {
        year = index / 12
        month = index % 12 + 1
    }

    var index: Int { year * 12 + month - 1 }

    /// The first moment of the month and the first after it, in unix seconds: the month's
    /// sessions start in between.
    public var startsAt: Int64 { firstDay.unixSeconds(atMinutes: 0) }
    public var endsAt: Int64 { firstDay.adding(days: LocalDate.daysIn(month: month, year: year)).unixSeconds(atMinutes: 0) }

    /// Every month is made from a valid day or from a month between two (`ReportPeriod.months`),
    /// so its first day exists.
    private var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }

    /// "03/2026".
    public var description: String { (month < 10 ? "0" : "") + "\(month)/\(year)" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }
}

/// Why the period typed into the report's address cannot be read.
public enum ReportPeriodError: Error, Equatable, Sendable {
    /// A bound that is neither a day, a month nor a year ("31/02/2026", "hôm qua").
    case unreadable(String)
    /// The first day after the last.
    case reversed
    /// More months than `ReportPeriod.maxMonths`.
    case tooLong
}

extension ReportPeriod {
    /// The period asked for in the address: `tu`/`den` when either is given, else `nam`, else
    /// the current year. Read leniently, as staff type dates: a bound may be a day
    /// ("1/3/2026", "2026-03-01"), a month ("3/2026", the whole month) or a year ("2026"), and a
    /// missing bound is the start or end of the other's year.
    public static func chosen(from: String, to: String, year: String, today: LocalDate) throws(ReportPeriodError) -> ReportPeriod {
        let (fromText, toText, yearText) = (from.trimmingSpaces, to.trimmingSpaces, year.trimmingSpaces)
        let first: LocalDate, last: LocalDate
        if fromText.isEmpty && toText.isEmpty {
            let chosen = yearText.isEmpty ? today.year : try Bound(parsing: yearText).year
            guard let period = ReportPeriod.year(chosen) else { throw .unreadable(yearText) }
            return period
        } else if toText.isEmpty {
            first = try Bound(parsing: fromText).first
            last = LocalDate(year: first.year, month: 12, day: 31)!
        } else if fromText.isEmpty {
            last = try Bound(parsing: toText).last
            first = LocalDate(year: last.year, month: 1, day: 1)!
        } else {
            (first, last) = (try Bound(parsing: fromText).first, try Bound(parsing: toText).last)
        }
        guard first <= last else { throw .reversed }
        guard let period = ReportPeriod(from: first, to: last) else { throw .tooLong }
        return period
    }

    /// A typed bound: a day, a month or a year, with its first and last day.
    private struct Bound {
        var first: LocalDate
        var last: LocalDate
        var year: Int { first.year }

        init(parsing text: String) throws(ReportPeriodError) {
            if let day = LocalDate(parsing: text) {
                (first, last) = (day, day)
                return
            }
            // "3/2026", or "2026-03" as a month input sends it, or "2026".
            let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
            guard parts.count <= 2 else { throw .unreadable(text) }
            let (monthPart, yearPart) = parts.count == 1 ? (nil, parts[0]) : parts[0].count == 4 ? (parts[1], parts[0]) : (parts[0], parts[1])
            let month: Int? = if let monthPart { monthPart.count <= 2 ? LocalDate.number(monthPart) : nil } else { 1 }
            guard yearPart.count == 4, let year = LocalDate.number(yearPart), let month,
                  let first = LocalDate(year: year, month: month, day: 1) else { throw .unreadable(text) }
            let lastMonth = monthPart == nil ? 12 : month
            self.first = first
            self.last = LocalDate(year: year, month: lastMonth, day: LocalDate.daysIn(month: lastMonth, year: year))!
        }
    }
}
