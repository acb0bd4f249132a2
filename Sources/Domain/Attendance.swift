/// What the roster says about one resident at one session. The raw values are stored and
/// appear in URLs and CSV exports, so they never change.
public enum AttendanceStatus: String, CaseIterable, Sendable {
    case present = "co-mat"
    case late = "di-muon"
    case excused = "vang-co-phep"
    case absent = "vang"

    /// The name on rosters and the signed participant list.
    public var vietnameseName: String {
        switch self {
        case .present: "Có mặt"
        case .late: "Đi muộn"
        case .excused: "Vắng có phép"
        case .absent: "Vắng"
        }
    }

    public var englishName: String {
        switch self {
        case .present: "Present"
        case .late: "Late"
        case .excused: "Excused absence"
        case .absent: "Absent"
        }
    }

    /// True when the resident was there: reports count these as attendances (lượt người).
    public var attended: Bool { self == .present || self == .late }
}

/// When a resident may check themselves in to a session, and whether they count as late.
///
/// Every boundary belongs to the period after it: check-in opens exactly at `opensAt`,
/// the late threshold itself is late, and the closing moment is already closed.
public struct CheckInWindow: Sendable, Equatable {
    public var minutesBeforeStart: Int
    public var minutesAfterEnd: Int
    public var lateAfterMinutes: Int

    public init(minutesBeforeStart: Int, minutesAfterEnd: Int, lateAfterMinutes: Int) {
        self.minutesBeforeStart = minutesBeforeStart
        self.minutesAfterEnd = minutesAfterEnd
        self.lateAfterMinutes = lateAfterMinutes
    }

    /// Open 30 minutes before the start: residents gather early at the cultural house and the
    /// queue at one phone showing the code should clear before the class begins.
    /// Closed 15 minutes after the end: on slow village data the page may only load once people
    /// walk out, and instructors often show the code again at the end for those who forgot;
    /// the code itself rotates every minute, so it still proves the person saw it in the room.
    /// Late from 15 minutes after the start: the usual grace in Vietnamese meetings. A check-in
    /// records arrival, so one made at the end counts late; the instructor may correct it.
    public static let standard = CheckInWindow(minutesBeforeStart: 30, minutesAfterEnd: 15, lateAfterMinutes: 15)

    /// The decision for a check-in at `now` (unix seconds) for a session from `startsAt` to `endsAt`.
    public func decide(startsAt: Int64, endsAt: Int64, now: Int64) -> CheckInDecision {
        let opensAt = startsAt - Int64(minutesBeforeStart) * 60
        let closesAt = endsAt + Int64(minutesAfterEnd) * 60
        let lateFrom = startsAt + Int64(lateAfterMinutes) * 60
        if now < opensAt { return .tooEarly(opensAt: opensAt) }
        if now >= closesAt { return .closed }
        return .accepted(now < lateFrom ? .present : .late)
    }
}

/// What a self check-in attempt gets.
public enum CheckInDecision: Sendable, Equatable {
    /// Not open yet; the page says from when (unix seconds).
    case tooEarly(opensAt: Int64)
    /// Too late to check in oneself; staff can still mark the roster.
    case closed
    /// Recorded with this status, `.present` or `.late`.
    case accepted(AttendanceStatus)
}
