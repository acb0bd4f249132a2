import Domain
import Testing

@Suite struct AgeBandsTests {
    @Test(arguments: [
        (2012, "<15"), (2011, "15–29"), (1997, "15–29"), (1996, "30–44"), (1982, "30–44"), (1981, "45–59"), (1967, "45–59"), (1966, "60+"),
        (1920, "60+"), (2026, "<15"),
    ])
    func anAgeFallsInOneBandByTheReportsYear(birthYear: Int, expected: String) {
        let band = AgeBands.standard.band(birthYear: birthYear, in: 2026)
        let text = band.map { band in
            switch (band.lower, band.upper) {
            case (nil, let upper?): "<\(upper)"
            case (let lower?, nil): "\(lower)+"
            case (let lower?, let upper?): "\(lower)–\(upper - 1)"
            case (nil, nil): "all"
            }
        }
        #expect(text == expected)
    }

    @Test func unknownOrImpossibleBirthYearsHaveNoBand() {
        #expect(AgeBands.standard.band(birthYear: nil, in: 2026) == nil)
        #expect(AgeBands.standard.band(birthYear: 2027, in: 2026) == nil)
    }

    @Test func boundsMustBePositiveAndAscending() {
        #expect(AgeBands(lowerBounds: []) == nil)
        #expect(AgeBands(lowerBounds: [30, 15]) == nil)
        #expect(AgeBands(lowerBounds: [15, 15]) == nil)
        #expect(AgeBands(lowerBounds: [0, 15]) == nil)
        #expect(AgeBands(lowerBounds: [18])?.bands.count == 2)
    }
}

@Suite struct WeekReportTests {
    static let week = WeekEdition.standard(year: 2026)!
    static let day1 = week.startsOn.unixSeconds(atMinutes: 7 * 60 + 30)
    static let day2 = day1 + 86_400

    /// Three events: a talk with seats (one late, one absent, one walk-in), an open fair,
    /// and a cancelled class with a waiting list.
    static func report(now: Int64 = day2 + 7200) -> WeekReport {
        let talk = WeekReport.Event(
            id: 10, classID: 1, title: "Tọa đàm", type: .talk, startsAt: day1, endsAt: day1 + 7200, venue: Venue(kind: .centre),
            points: 3, seated: [1, 2, 3], marks: [1: .present, 2: .late, 3: .absent, 4: .present])
        let fair = WeekReport.Event(
            id: 11, classID: 2, title: "Hội sách", type: .bookFair, startsAt: day2, endsAt: day2 + 3600, venue: Venue(kind: .centre),
            takesRegistration: false, points: 1, marks: [1: .present, 5: .present])
        let cancelled = WeekReport.Event(
            id: 12, classID: 3, title: "Lớp", type: .freeClass, startsAt: day2 + 86_400, endsAt: day2 + 90_000, venue: Venue(kind: .school),
            cancelled: true, points: 2, seated: [2], waiting: [6, 7])
        let people: [Int64: WeekReport.Person] = [
            1: .init(village: "Bắc Sơn", group: TargetGroup(number: 1), sex: .female, birthYear: 1970),
            2: .init(village: "Bắc Sơn", group: TargetGroup(number: 4), sex: .male, birthYear: 2010),
            3: .init(village: "Đông", group: TargetGroup(number: 1), sex: .male, birthYear: 1980),
            4: .init(village: "Xóm Mới", sex: .female, birthYear: 1950),
            5: .init(),
        ]
        return WeekReport(edition: week, events: [talk, fair, cancelled], people: people, villages: ["Bắc Sơn", "Đông", "Tây"],
                          rule: .standard, now: now)
    }

    @Test func totalsCountRecordedRowsOnly() {
        let report = Self.report()
        #expect(report.planned.count == 2 && report.held.count == 2 && report.cancelledCount == 1)
        #expect(report.seats == 4 && report.waiting == 2)
        #expect(report.attendances == 5, "talk: 1, 2 (late) and walk-in 4; fair: 1 and 5")
        #expect(report.participantCount == 4, "person 1 came twice; 3 was absent")
        #expect(report.walkIns == 3, "4 at the talk, 1 and 5 at the open fair")
        #expect(report.pointsAwarded == 3 + 1 + 3 + 1 + 1, "late earns half of 3, rounded down")
    }

    @Test func eventsNotYetStartedAreNotHeld() {
        #expect(Self.report(now: Self.day1 - 1).held.isEmpty)
        #expect(Self.report(now: Self.day1).held.map(\.title) == ["Tọa đàm"])
    }

    @Test func eachEventCountsItsStatuses() {
        let talk = Self.report().events[0]
        #expect(talk.count(.present) == 2 && talk.count(.late) == 1 && talk.count(.absent) == 1 && talk.count(.excused) == 0)
        #expect(talk.participants == [1, 2, 4] && talk.walkIns == 1 && talk.pointsAwarded(.standard) == 7)
    }

    @Test func villagesListEveryVillageThenOthersThenUnrecorded() {
        let lines = Self.report().byVillage
        #expect(lines.map(\.key) == ["Bắc Sơn", "Đông", "Tây", "Xóm Mới", nil])
        #expect(lines.map(\.people) == [2, 0, 0, 1, 1], "person 3 from Đông was absent, so Đông has nobody")
        #expect(lines.map(\.attendances) == [3, 0, 0, 1, 1])
    }

    @Test func everyBreakdownAddsUpToTheTotals() {
        let report = Self.report()
        for (people, attendances) in [
            (report.byVillage.map(\.people), report.byVillage.map(\.attendances)),
            (report.byGroup.map(\.people), report.byGroup.map(\.attendances)),
            (report.bySex.map(\.people), report.bySex.map(\.attendances)),
            (report.byAgeBand.map(\.people), report.byAgeBand.map(\.attendances)),
        ] {
            #expect(people.reduce(0, +) == report.participantCount)
            #expect(attendances.reduce(0, +) == report.attendances)
        }
    }

    @Test func groupsSexesAndAgesKeepZeroLinesAndAddUnknownOnlyWhenNeeded() {
        let report = Self.report()
        #expect(report.byGroup.map(\.key?.number) == [1, 2, 3, 4, nil])
        #expect(report.byGroup.map(\.people) == [1, 0, 0, 1, 2])
        #expect(report.bySex.map(\.key) == [.male, .female, .other, nil])
        #expect(report.bySex.map(\.people) == [1, 2, 0, 1])
        #expect(report.byAgeBand.map(\.people) == [0, 1, 0, 1, 1, 1], "2010 → 16, 1970 → 56, 1950 → 76, one unknown")
        let everyoneKnown = WeekReport(edition: Self.week, events: [report.events[0]],
                                       people: report.people.filter { $0.key != 5 }, villages: [], rule: .standard, now: 0)
        #expect(everyoneKnown.bySex.count == Sex.allCases.count, "no unknown line when everyone's sex is recorded")
    }

    @Test func anEventWithTwoSessionsCountsItsRegistrationsOnce() {
        var report = Self.report()
        var again = report.events[0]
        again.id = 13
        again.marks = [1: .present]
        report.events.append(again)
        #expect(report.seats == 4 && report.attendances == 6 && report.participantCount == 4)
    }
}
