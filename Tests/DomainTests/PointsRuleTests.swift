import Domain
import Testing

@Suite struct PointsRuleTests {
    static let generous = PointsRule(percentByStatus: [.present: 100, .late: 70, .excused: 30, .absent: 0])

    @Test(arguments: [
        (PointsRule.standard, AttendanceStatus.present, 3, 3),
        (.standard, .late, 3, 1),            // half of 3 is 1.5: rounded down
        (.standard, .late, 4, 2),
        (.standard, .late, 1, 0),
        (.standard, .excused, 3, 0),
        (.standard, .absent, 3, 0),
        (.standard, .present, 0, 0),
        (.standard, .late, -5, 0),           // a negative session value earns nothing
        (generous, .late, 3, 2),             // 2.1
        (generous, .excused, 3, 0),          // 0.9
        (generous, .late, 10, 7),
        (generous, .excused, 10, 3),
        (.standard, .present, Int.max, Int.max),
        (.standard, .late, Int.max, Int.max / 2),
        (PointsRule(percentByStatus: [.present: 150]), .present, 3, 3),   // held to 100% even if saved unchecked
        (PointsRule(percentByStatus: [:]), .present, 3, 0),
    ])
    func givesWholePointsRoundedDown(rule: PointsRule, status: AttendanceStatus, sessionPoints: Int, points: Int) {
        #expect(rule.points(for: status, sessionPoints: sessionPoints) == points)
    }

    @Test(arguments: [
        ([.present: 100, .late: 50, .excused: 0, .absent: 0], []),
        ([.present: 100, .late: 50, .excused: 20, .absent: 0], []),
        ([.present: 100, .late: 100, .excused: 100, .absent: 0], []),
        ([.present: 120, .late: 50, .excused: 0, .absent: 0], [.outOfRange(.present)]),
        ([.present: 100, .late: -10, .excused: 0, .absent: 0], [.outOfRange(.late)]),
        ([.present: 100, .late: 50, .excused: 0, .absent: 10], [.absentEarnsPoints]),
        ([.present: 50, .late: 60, .excused: 0, .absent: 0], [.moreThan(.late, above: .present)]),
        ([.present: 100, .late: 50, .excused: 60, .absent: 0], [.moreThan(.excused, above: .late)]),
        ([.present: 100, .excused: 10], [.moreThan(.excused, above: .late)]),
        ([.present: 40, .late: 50, .excused: 60, .absent: 5],
         [.absentEarnsPoints, .moreThan(.late, above: .present), .moreThan(.excused, above: .late)]),
    ] as [([AttendanceStatus: Int], [PointsRule.Problem])])
    func acceptsOnlyRulesThatRankComingAboveStayingAway(percents: [AttendanceStatus: Int], problems: [PointsRule.Problem]) {
        #expect(PointsRule(percentByStatus: percents).problems == problems)
    }

    @Test func problemsSayWhyInBothLanguages() {
        #expect(PointsRule.Problem.moreThan(.excused, above: .late).message
            == "“Vắng có phép” không được nhiều điểm hơn “Đi muộn”.")
        #expect(PointsRule.Problem.outOfRange(.late).message == "Tỷ lệ cho “Đi muộn” phải từ 0 đến 100%.")
        #expect(PointsRule.Problem.absentEarnsPoints.englishMessage.hasPrefix("“Absent” earns no points"))
    }

    @Test func describesTheStandardRuleInPlainWords() {
        #expect(PointsRule.standard.vietnameseDescription(examplePoints: 3) == [
            "Có mặt: được đủ số điểm của buổi học.",
            "Đi muộn: được một nửa số điểm của buổi học, làm tròn xuống (buổi 3 điểm được 1 điểm).",
            "Vắng có phép: không được điểm.",
            "Vắng: không được điểm.",
            "Điểm được cộng theo năm dương lịch, từ 01/01 đến 31/12.",
        ])
        #expect(PointsRule.standard.englishDescription(examplePoints: 3) == [
            "Present: the session’s full points.",
            "Late: half the session’s points, rounded down (a 3-point session gives 1).",
            "Excused absence: no points.",
            "Absent: no points.",
            "Points are counted per calendar year, 1 January to 31 December.",
        ])
    }

    @Test func describesOtherPercentsWithAnExample() {
        let lines = Self.generous.vietnameseDescription(examplePoints: 3)
        #expect(lines[1] == "Đi muộn: được 70% số điểm của buổi học, làm tròn xuống (buổi 3 điểm được 2 điểm).")
        #expect(lines[2] == "Vắng có phép: được 30% số điểm của buổi học, làm tròn xuống (buổi 3 điểm được 0 điểm).")
        #expect(Self.generous.englishDescription(examplePoints: 10)[2]
            == "Excused absence: 30% of the session’s points, rounded down (a 10-point session gives 3).")
    }
}

@Suite struct PointsLedgerTests {
    static let entries: [PointsLedger.Entry] = [
        .init(sessionID: 5, classTitle: "Pháp luật", startsAt: 1_798_718_400, status: .absent, sessionPoints: 5),       // 31/12/2026 19:00
        .init(sessionID: 2, classTitle: "Kỹ năng số", startsAt: 1_772_712_000, status: .late, sessionPoints: 3),        // 05/03/2026 19:00
        .init(sessionID: 3, classTitle: "Pháp luật", startsAt: 1_767_200_340, status: .present, sessionPoints: 2),      // 31/12/2025 23:59
        .init(sessionID: 1, classTitle: "Kỹ năng số", startsAt: 1_772_539_200, status: .present, sessionPoints: 3),     // 03/03/2026 19:00
        .init(sessionID: 6, classTitle: "Sức khỏe", startsAt: 1_798_736_400, status: .present, sessionPoints: 4),       // 01/01/2027 00:00
        .init(sessionID: 4, classTitle: "Sức khỏe", startsAt: 1_767_200_400, status: .excused, sessionPoints: 2),       // 01/01/2026 00:00
    ]

    @Test(arguments: [
        (2026, [4, 1, 2, 5], [0, 3, 1, 0], 4),
        (2025, [3], [2], 2),
        (2027, [6], [4], 4),
        (2024, [], [], 0),
    ] as [(Int, [Int64], [Int], Int)])
    func countsTheVietnameseCalendarYearInSessionOrder(year: Int, sessions: [Int64], points: [Int], total: Int) {
        let ledger = PointsLedger(entries: Self.entries, rule: .standard, year: year)
        #expect(ledger.lines.map(\.entry.sessionID) == sessions)
        #expect(ledger.lines.map(\.points) == points)
        #expect(ledger.total == total)
    }

    static let upcoming: [PointsLedger.Upcoming] = [
        .init(sessionID: 2, startsAt: 1_772_712_000, endsAt: 1_772_719_200, sessionPoints: 3),    // 05/03 19–21, recorded
        .init(sessionID: 7, startsAt: 1_772_712_000, endsAt: 1_772_719_200, sessionPoints: 2),    // 05/03 19–21, another class
        .init(sessionID: 8, startsAt: 1_772_539_200, endsAt: 1_772_546_400, sessionPoints: 3),    // 03/03 19–21, missed
        .init(sessionID: 9, startsAt: 1_773_144_000, endsAt: 1_773_151_200, sessionPoints: 3),    // 10/03 19–21
        .init(sessionID: 10, startsAt: 1_798_729_200, endsAt: 1_798_736_400, sessionPoints: 4),   // 31/12/2026 22–24
        .init(sessionID: 11, startsAt: 1_798_765_200, endsAt: 1_798_768_800, sessionPoints: 5),   // 01/01/2027 8–9
    ]

    @Test(arguments: [
        (Int64(1_767_200_399), 12),   // before the year begins: every unrecorded 2026 session
        (1_772_713_800, 9),           // 05/03 19:30: session 7 is under way and still counts
        (1_772_719_200, 7),           // 05/03 21:00: sessions 2 and 7 are over
        (1_798_736_399, 4),           // the last second of 2026: session 10 is still on
        (1_798_736_400, 0),           // 01/01/2027: nothing more in 2026
    ])
    func stillPossibleCountsSessionsNotOverAndNotRecorded(now: Int64, points: Int) {
        let ledger = PointsLedger(entries: Self.entries, rule: .standard, year: 2026)
        #expect(ledger.stillPossible(Self.upcoming, now: now) == points)
    }
}
