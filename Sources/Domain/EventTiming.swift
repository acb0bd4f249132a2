/// When one event of the Week happens, as far as the "đang diễn ra" (now) and "sắp tới" (next)
/// markers of the public programme need to know.
public struct EventTiming: Sendable, Equatable {
    public var id: Int64
    public var startsAt: Int64
    public var endsAt: Int64
    public var cancelled: Bool

    public init(id: Int64, startsAt: Int64, endsAt: Int64, cancelled: Bool = false) {
        self.id = id
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.cancelled = cancelled
    }

    /// True from the start (included) to the end (excluded): at the end the next event may
    /// already be on, and one moment must never show two consecutive events as both "now".
    /// A cancelled event never happens.
    public func isHappening(at now: Int64) -> Bool {
        !cancelled && startsAt <= now && now < endsAt
    }

    /// The marker of each event that has one, by id. Every event happening now is marked;
    /// "next" goes to the not-cancelled event starting soonest after `now`, and to all of them
    /// when several start at that same moment (parallel workshops), so none looks less
    /// important. After the last start nothing is next.
    public static func markers(for events: [EventTiming], now: Int64) -> [Int64: EventMarker] {
        var markers: [Int64: EventMarker] = [:]
        for event in events where event.isHappening(at: now) {
            markers[event.id] = .happeningNow
        }
        let upcoming = events.filter { !$0.cancelled && $0.startsAt > now }
        if let soonest = upcoming.map(\.startsAt).min() {
            for event in upcoming where event.startsAt == soonest {
                markers[event.id] = .next
            }
        }
        return markers
    }
}

/// The label shown beside an event on the programme.
public enum EventMarker: String, CaseIterable, Sendable {
    case happeningNow = "dang-dien-ra"
    case next = "sap-toi"

    public var vietnameseName: String {
        switch self {
        case .happeningNow: "Đang diễn ra"
        case .next: "Sắp tới"
        }
    }

    public var englishName: String {
        switch self {
        case .happeningNow: "Happening now"
        case .next: "Next"
        }
    }
}
