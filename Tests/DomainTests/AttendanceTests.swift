import Domain
import Testing

@Suite struct AttendanceStatusTests {
    @Test(arguments: [
        (AttendanceStatus.present, "co-mat", "Có mặt", "Present", true),
        (.late, "di-muon", "Đi muộn", "Late", true),
        (.excused, "vang-co-phep", "Vắng có phép", "Excused absence", false),
        (.absent, "vang", "Vắng", "Absent", false),
    ])
    func namesEachStatus(status: AttendanceStatus, raw: String, vietnamese: String, english: String, attended: Bool) {
        #expect(status.rawValue == raw)
        #expect(AttendanceStatus(rawValue: raw) == status)
        #expect(status.vietnameseName == vietnamese)
        #expect(status.englishName == english)
        #expect(status.attended == attended)
    }

    @Test func listsStatusesFromBestToWorst() {
        #expect(AttendanceStatus.allCases == [.present, .late, .excused, .absent])
    }
}

@Suite struct CheckInWindowTests {
    /// A session on 03/03/2026 from 19:00 to 21:00 in Vietnam.
    static let startsAt: Int64 = 1_772_539_200
    static let endsAt: Int64 = 1_772_546_400

    @Test(arguments: [
        (startsAt - 3600, CheckInDecision.tooEarly(opensAt: startsAt - 1800)),
        (startsAt - 1801, .tooEarly(opensAt: startsAt - 1800)),   // one second before opening
        (startsAt - 1800, .accepted(.present)),                   // exactly at opening
        (startsAt, .accepted(.present)),
        (startsAt + 899, .accepted(.present)),                    // one second before the threshold
        (startsAt + 900, .accepted(.late)),                       // exactly at the late threshold
        (endsAt - 1, .accepted(.late)),
        (endsAt, .accepted(.late)),
        (endsAt + 899, .accepted(.late)),                         // one second before closing
        (endsAt + 900, .closed),                                  // exactly at closing
        (endsAt + 86400, .closed),
    ])
    func standardWindowDecidesAtTheBoundaries(now: Int64, decision: CheckInDecision) {
        #expect(CheckInWindow.standard.decide(startsAt: Self.startsAt, endsAt: Self.endsAt, now: now) == decision)
    }

    @Test func standardWindowIsThirtyBeforeFifteenAfterLateAtFifteen() {
        #expect(CheckInWindow.standard == CheckInWindow(minutesBeforeStart: 30, minutesAfterEnd: 15, lateAfterMinutes: 15))
    }

    @Test(arguments: [
        (startsAt - 601, CheckInDecision.tooEarly(opensAt: startsAt - 600)),
        (startsAt - 600, .accepted(.present)),
        (startsAt + 299, .accepted(.present)),
        (startsAt + 300, .accepted(.late)),
        (endsAt - 1, .accepted(.late)),
        (endsAt, .closed),                                        // closes with the session
    ])
    func aCentreMayChooseItsOwnWindow(now: Int64, decision: CheckInDecision) {
        let window = CheckInWindow(minutesBeforeStart: 10, minutesAfterEnd: 0, lateAfterMinutes: 5)
        #expect(window.decide(startsAt: Self.startsAt, endsAt: Self.endsAt, now: now) == decision)
    }
}
