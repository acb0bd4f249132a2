import Domain
import Testing

@Suite struct EventTimingTests {
    /// 01/10/2026 00:00 in Vietnam; the programme below is given in minutes after it.
    static let midnight: Int64 = 1_790_787_600

    static func at(_ minutes: Int) -> Int64 { midnight + Int64(minutes) * 60 }

    /// Opening 7:30–9:00; a talk 9:00–11:00 right after it; two workshops in parallel at 14:00;
    /// a cancelled show at 13:00; a contest 19:00–21:00 that closes the day.
    static let programme = [
        EventTiming(id: 1, startsAt: at(450), endsAt: at(540)),
        EventTiming(id: 2, startsAt: at(540), endsAt: at(660)),
        EventTiming(id: 3, startsAt: at(840), endsAt: at(960)),
        EventTiming(id: 4, startsAt: at(840), endsAt: at(1020)),
        EventTiming(id: 5, startsAt: at(780), endsAt: at(840), cancelled: true),
        EventTiming(id: 6, startsAt: at(1140), endsAt: at(1260)),
    ]

    @Test(arguments: [
        (at(0), [], [1]),
        (at(450) - 1, [], [1]),              // one second before the opening
        (at(450), [1], [2]),                 // exactly at the start: now
        (at(540) - 1, [1], [2]),
        (at(540), [2], [3, 4]),              // exactly at the end: the next one is now, not both
        (at(700), [], [3, 4]),               // ties are all next; the cancelled show at 13:00 never
        (at(780), [], [3, 4]),               // during the cancelled show
        (at(840), [3, 4], [6]),
        (at(960), [4], [6]),
        (at(1140), [6], []),                 // after the last start nothing is next
        (at(1260) - 1, [6], []),
        (at(1260), [], []),                  // exactly at the last end
        (at(2000), [], []),
    ] as [(Int64, [Int64], [Int64])])
    func marksNowAndNextAtTheBoundaries(now: Int64, happening: [Int64], next: [Int64]) {
        let markers = EventTiming.markers(for: Self.programme, now: now)
        #expect(markers.filter { $0.value == .happeningNow }.keys.sorted() == happening)
        #expect(markers.filter { $0.value == .next }.keys.sorted() == next)
        #expect(Self.programme.filter { $0.isHappening(at: now) }.map(\.id) == happening)
    }

    @Test func aCancelledEventIsNeverMarked() {
        let cancelled = EventTiming(id: 9, startsAt: Self.at(600), endsAt: Self.at(700), cancelled: true)
        for now in [Self.at(0), Self.at(600), Self.at(650)] {
            #expect(EventTiming.markers(for: [cancelled], now: now).isEmpty)
            #expect(!cancelled.isHappening(at: now))
        }
    }

    @Test func noEventsNoMarkers() {
        #expect(EventTiming.markers(for: [], now: Self.midnight).isEmpty)
    }

    @Test(arguments: [
        (EventMarker.happeningNow, "dang-dien-ra", "Đang diễn ra", "Happening now"),
        (.next, "sap-toi", "Sắp tới", "Next"),
    ])
    func namesEachMarker(marker: EventMarker, code: String, vietnamese: String, english: String) {
        #expect(marker.rawValue == code)
        #expect(marker.vietnameseName == vietnamese)
        #expect(marker.englishName == english)
    }
}
