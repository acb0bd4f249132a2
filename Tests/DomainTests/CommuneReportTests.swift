import Domain
import Testing

@Suite struct CommuneReportTests {
    typealias Learning = CommuneReport.Learning
    typealias Activity = CommuneReport.Activity

    static func learning(_ learners: Int, _ attendances: Int, hours: Double = 0) -> Learning {
        Learning(learners: learners, attendances: attendances, seconds: Int64(hours * 3600))
    }

    static let march = YearMonth(LocalDate(year: 2026, month: 3, day: 1)!)

    /// Seven learners: four in Bắc Sơn, one in a village renamed since (not in the list), two
    /// with no village; they took part in a digital-skills class and a class of a field this
    /// version does not know.
    static let report = CommuneReport(
        period: .year(2026)!,
        counts: .init(
            byField: [.digitalSkills: Activity(classes: 2, sessions: 5, learning: learning(6, 12, hours: 18)),
                      nil: Activity(classes: 1, sessions: 1, learning: learning(2, 2, hours: 3))],
            byMonth: [march: Activity(classes: 3, sessions: 6, learning: learning(7, 14, hours: 21))],
            byVillage: ["Bắc Sơn": learning(4, 9, hours: 13.5), "Xóm Cũ": learning(1, 1, hours: 1.5), nil: learning(2, 4, hours: 6)],
            byGroup: [TargetGroup(number: 1): learning(7, 14, hours: 21)],
            bySex: [.female: learning(5, 10, hours: 15), .male: learning(2, 4, hours: 6)],
            byBirthYear: [2012: learning(1, 2, hours: 3), 2011: learning(1, 1, hours: 1.5), 1966: learning(3, 6, hours: 9), nil: learning(2, 5, hours: 7.5)],
            byEthnicity: ["Kinh": learning(2, 4, hours: 6), " Tày": learning(1, 2, hours: 3), "Tày ": learning(1, 1, hours: 1.5),
                          "Mường": learning(1, 2, hours: 3), "Dao": learning(1, 3, hours: 4.5), "": learning(1, 2, hours: 3)]),
        villages: ["Bắc Sơn", "Tây"], now: 0)

    @Test func theTotalsAddUpTheFieldsAndTheLearnersOnce() {
        #expect(Self.report.total == Activity(classes: 3, sessions: 6, learning: Self.learning(7, 14, hours: 21)))
    }

    @Test func everyKeyKeepsItsLineAndNotRecordedComesLastOnlyWhenNeeded() {
        let report = Self.report
        #expect(report.byVillage.map(\.key) == ["Bắc Sơn", "Tây", nil], "a village not in the list counts as not recorded")
        #expect(report.byVillage.map(\.figures) == [Self.learning(4, 9, hours: 13.5), .zero, Self.learning(3, 5, hours: 7.5)])
        #expect(report.byGroup.map(\.key) == TargetGroup.all, "no not-recorded line when everyone has a group")
        #expect(report.bySex.map(\.figures.learners) == [2, 5, 0])
        #expect(report.byField.count == Field.allCases.count + 1 && report.byField.last?.key == nil, "an unknown field code")
        #expect(report.byMonth.count == 12 && report.byMonth.filter { $0.figures != .zero }.map(\.key) == [Self.march])
    }

    @Test func agesAreReachedInThePeriodsLastYear() {
        #expect(Self.report.byAgeBand.map(\.figures.learners) == [1, 1, 0, 0, 3, 2], "2012 is 14, 2011 is 15, 1966 is 60")
        let later = CommuneReport(period: ReportPeriod(from: LocalDate(year: 2026, month: 12, day: 1)!, to: LocalDate(year: 2027, month: 1, day: 31)!)!,
                                  counts: Self.report.counts, villages: [], now: 0)
        #expect(later.byAgeBand.map(\.figures.learners) == [0, 2, 0, 0, 3, 2], "in 2027, 2012 is 15")
    }

    @Test func ethnicitiesAreThoseRecordedTheMostLearnersFirst() {
        let lines = Self.report.byEthnicity
        #expect(lines.map(\.key) == ["Kinh", "Tày", "Dao", "Mường", nil], "“ Tày” and “Tày ” are one; ties in folded order")
        #expect(lines.map(\.figures) == [Self.learning(2, 4, hours: 6), Self.learning(2, 3, hours: 4.5), Self.learning(1, 3, hours: 4.5),
                                        Self.learning(1, 2, hours: 3), Self.learning(1, 2, hours: 3)])
    }

    /// Hours as (seconds of each line) → tenths printed, always adding up to the total's.
    @Test(arguments: [
        ([21.75, 12.75, 3.5], [218, 127, 35]),
        ([3.75, 7.75, 8.75, 9.25, 7, 1.5], [38, 78, 87, 92, 70, 15]),
        ([0.25, 0.25, 0.25, 0.25], [3, 3, 2, 2]),
        ([0, 1.5, 0], [0, 15, 0]),
        ([0.05], [1]),
        ([], []),
    ])
    func hoursAreRoundedSoThatTheLinesAddUp(hours: [Double], expected: [Int]) {
        let lines = hours.map { Learning(learners: 1, attendances: 1, seconds: Int64($0 * 3600)) }
        let tenths = CommuneReport.tenthsOfHours(lines)
        #expect(tenths == expected)
        #expect(tenths.reduce(0, +) == lines.reduce(Learning.zero, +).tenthsOfHours)
    }
}
