import Domain
import Storage
import Testing
import TestSupport

/// The commune report read from a real database, against the figures worked out by hand from
/// the tables in `CommuneReportFixture`.
@Suite struct CommuneReportStorageTests {
    typealias Learning = CommuneReport.Learning

    static func report(_ period: ReportPeriod = .year(2026)!, now: Int64 = CommuneReportFixture.yearEnd) throws -> CommuneReport {
        let (database, _) = try AppDatabase.temporary()
        try CommuneReportFixture.populate(database)
        return try database.communeReport(period: period, now: now)
    }

    /// Learners, attendances and hours, as the fixture's table gives them.
    static func learning(_ learners: Int, _ attendances: Int, hours: Double) -> Learning {
        Learning(learners: learners, attendances: attendances, seconds: Int64(hours * 3600))
    }

    @Test func theTotalsAreThoseWorkedOutByHand() throws {
        let report = try Self.report()
        #expect(report.total == CommuneReport.Activity(classes: 3, sessions: 5, learning: Self.learning(14, 25, hours: 38)))
        func sum<Key>(_ lines: [CommuneReport.Line<Key, Learning>]) -> Learning { lines.reduce(.zero) { $0 + $1.figures } }
        let sums = [sum(report.byVillage), sum(report.byGroup), sum(report.bySex), sum(report.byAgeBand), sum(report.byEthnicity)]
        #expect(sums.allSatisfy { $0 == report.total.learning }, "each learners' table adds up to the totals")
    }

    @Test func fieldsAndMonthsAreThoseWorkedOutByHand() throws {
        let report = try Self.report()
        let fields = report.byField.filter { $0.figures != .zero }
        #expect(fields.map(\.key) == [.agriculture, .health, .digitalSkills])
        #expect(fields.map(\.figures) == [
            .init(classes: 1, sessions: 1, learning: Self.learning(7, 7, hours: 14)),
            .init(classes: 1, sessions: 1, learning: Self.learning(4, 4, hours: 3)),
            .init(classes: 1, sessions: 3, learning: Self.learning(8, 14, hours: 21)),
        ])
        #expect(report.byField.count == Field.allCases.count, "fields with nothing held keep their zero line")
        #expect(report.byMonth.map(\.key?.month) == Array(1...12))
        let months = report.byMonth.filter { $0.figures != .zero }
        #expect(months.map(\.key?.month) == [3, 4, 12], "S3 at 06:30 on 1 April is April's, though still March in UTC")
        #expect(months.map(\.figures) == [
            .init(classes: 2, sessions: 3, learning: Self.learning(11, 17, hours: 29)),
            .init(classes: 1, sessions: 1, learning: Self.learning(4, 4, hours: 6)),
            .init(classes: 1, sessions: 1, learning: Self.learning(4, 4, hours: 3)),
        ])
    }

    @Test func theLearnersBreakdownsAreThoseWorkedOutByHand() throws {
        let report = try Self.report()
        #expect(report.byVillage.map(\.key) == ["Bắc Sơn", "Đông", "Tây", nil])
        #expect(report.byVillage.map(\.figures) == [
            Self.learning(6, 15, hours: 21.75), Self.learning(6, 8, hours: 12.75), .zero, Self.learning(2, 2, hours: 3.5),
        ])
        #expect(report.byGroup.map(\.figures) == [
            Self.learning(6, 13, hours: 20.5), Self.learning(2, 3, hours: 5.5), Self.learning(2, 3, hours: 4.5),
            Self.learning(2, 4, hours: 5.25), Self.learning(2, 2, hours: 2.25),
        ])
        #expect(report.bySex.map(\.figures) == [
            Self.learning(5, 9, hours: 13.75), Self.learning(7, 14, hours: 22), Self.learning(1, 1, hours: 1.5), Self.learning(1, 1, hours: 0.75),
        ])
        #expect(report.byAgeBand.map(\.figures) == [
            Self.learning(1, 3, hours: 3.75), Self.learning(4, 5, hours: 7.75), Self.learning(3, 6, hours: 8.75),
            Self.learning(2, 6, hours: 9.25), Self.learning(3, 4, hours: 7), Self.learning(1, 1, hours: 1.5),
        ], "r13, born 2011, is 15 in 2026")
        #expect(report.byEthnicity.map(\.key) == ["Kinh", "Tày", "Dao", nil], "most learners first; Mường only among non-learners")
        #expect(report.byEthnicity.map(\.figures) == [
            Self.learning(7, 14, hours: 21.75), Self.learning(3, 7, hours: 10), Self.learning(1, 1, hours: 2), Self.learning(3, 3, hours: 4.25),
        ])
    }

    /// March 2026 holds S1, S2 and S4; December 2025 only S6 (r0 and r17).
    @Test func anyPeriodCountsTheSessionsThatStartedInIt() throws {
        let march = try Self.report(ReportPeriod(from: LocalDate(year: 2026, month: 3, day: 1)!, to: LocalDate(year: 2026, month: 3, day: 31)!)!)
        #expect(march.total == .init(classes: 2, sessions: 3, learning: Self.learning(11, 17, hours: 29)))
        #expect(march.byMonth.map(\.key) == [YearMonth(LocalDate(year: 2026, month: 3, day: 1)!)])
        let lastYear = try Self.report(.year(2025)!)
        #expect(lastYear.total == .init(classes: 1, sessions: 1, learning: Self.learning(2, 2, hours: 4)))
        #expect(lastYear.byField.first { $0.key == .law }?.figures.learning.learners == 2)
        #expect(try Self.report(.year(2024)!).total == .zero)
        #expect(try Self.report(.year(2024)!).byVillage.map(\.figures) == [.zero, .zero, .zero], "no not-recorded line when nobody learned")
    }

    /// The learning citizens of 2026, as `CommuneReportFixture.populateCitizens` works them out.
    @Test func theLearningCitizensAreThoseWorkedOutByHand() throws {
        typealias Progress = CitizenSummary.Progress
        typealias Share = CitizenSummary.Share
        let report = try Self.report()
        let citizens = try #require(report.citizens)
        #expect(citizens.year == 2026 && citizens.target == CitizenTarget(year: 2026) && citizens.target.perMille == 460)
        #expect(citizens.groups.map(\.key) == TargetGroup.all + [nil])
        #expect(citizens.groups.map(\.figures) == [
            Progress(residents: 10, assessed: 6, eligible: 4, verified: 3, recognised: 2),
            Progress(residents: 4, assessed: 2, eligible: 1, verified: 2, recognised: 1),
            Progress(residents: 4, assessed: 2, eligible: 2, verified: 2, recognised: 2),
            Progress(residents: 3, assessed: 2, eligible: 2, verified: 1, recognised: 1),
            Progress(residents: 3, assessed: 0, eligible: 0, verified: 0, recognised: 0),
        ], "r4's confirmed form is below the pass mark; r8's draft passes; r16's form is 2025's")
        let adults = citizens.adults(villages: report.villages)
        #expect(adults.map(\.key) == ["Bắc Sơn", "Đông", "Tây", nil])
        #expect(adults.map(\.figures) == [Share(total: 8, reached: 3), Share(total: 8, reached: 1), Share(total: 4, reached: 0),
                                          Share(total: 1, reached: 1)], "r2, recognised at 14, is no adult; r13, born 2011, is")
        #expect(adults.map(\.figures.perMille) == [375, 125, 0, 1000])
        #expect(adults.map { $0.figures.needed(for: citizens.target) } == [1, 3, 2, 0])
        let commune = adults.reduce(Share.zero) { $0 + $1.figures }
        #expect(commune.perMille == 238 && commune.needed(for: citizens.target) == 5, "not the villages' 6")
        #expect(citizens.households(villages: report.villages).map(\.figures) == [
            Share(total: 2, reached: 1), Share(total: 1, reached: 0), Share(total: 1, reached: 0), Share(total: 1, reached: 1),
        ], "H1 counts though its child is not recognised; H6, with nobody linked, is not counted")
    }

    /// Self-assessments are yearly: a period counts those of its last year.
    @Test func theCitizensAreThoseOfThePeriodsLastYear() throws {
        let lastYear = try #require(try Self.report(.year(2025)!).citizens)
        #expect(lastYear.year == 2025 && lastYear.target == CitizenTarget(year: 2025) && lastYear.target.perMille == 400)
        #expect(lastYear.groups.first?.figures == .init(residents: 10, assessed: 1, eligible: 1, verified: 1, recognised: 1))
        let bacSon = try #require(lastYear.adults(villages: ["Bắc Sơn"]).first?.figures)
        #expect(bacSon == .init(total: 8, reached: 1) && bacSon.needed(for: lastYear.target) == 3)
        #expect(lastYear.households(villages: ["Bắc Sơn"]).first?.figures == .init(total: 2, reached: 0), "r7 has no 2025 form")
        let spanning = ReportPeriod(from: LocalDate(year: 2025, month: 10, day: 1)!, to: LocalDate(year: 2026, month: 3, day: 31)!)!
        #expect(try Self.report(spanning).citizens == Self.report().citizens)
    }

    /// On 10 March 2026 at 08:30, S4 has been held and S1 has begun; the rest is still to come.
    @Test func sessionsStillToComeAreNotHeld() throws {
        let report = try Self.report(now: LocalDate(year: 2026, month: 3, day: 10)!.unixSeconds(atMinutes: 8 * 60 + 30))
        #expect(report.total == .init(classes: 2, sessions: 2, learning: Self.learning(10, 12, hours: 21.5)))
        #expect(report.byMonth.count == 12, "the table still shows the whole year")
    }
}
