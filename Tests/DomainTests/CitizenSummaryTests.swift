import Domain
import Testing

@Suite struct CitizenSummaryTests {
    typealias Share = CitizenSummary.Share

    /// The decision sets 2025 and 2030; the years between follow the straight path.
    @Test(arguments: [
        (2020, 400, 2025), (2025, 400, 2025), (2026, 460, nil), (2028, 580, nil), (2029, 640, nil), (2030, 700, 2030), (2035, 700, 2030),
    ] as [(Int, Int, Int?)])
    func theTargetOfAYear(year: Int, perMille: Int, milestone: Int?) {
        let target = CitizenTarget(year: year)
        #expect(target.perMille == perMille && target.milestone == milestone)
    }

    /// (adults, recognised) → the share in thousandths rounded half up, and how many more
    /// reach 46% (rounding the people needed up: 46% of 8 is 3.68 people, so 4).
    @Test(arguments: [
        (8, 3, 375, 1), (21, 5, 238, 5), (3, 2, 667, 0), (8, 0, 0, 4), (50, 23, 460, 0), (1, 1, 1000, 0), (2000, 1, 1, 919),
    ])
    func aShareAndWhatItStillNeeds(total: Int, reached: Int, perMille: Int, needed: Int) {
        let share = Share(total: total, reached: reached)
        #expect(share.perMille == perMille)
        #expect(share.needed(for: CitizenTarget(year: 2026)) == needed)
    }

    @Test func nobodyToShareAmongHasNoShareAndNeedsNobody() {
        #expect(Share.zero.perMille == nil && Share.zero.needed(for: CitizenTarget(year: 2030)) == 0)
    }

    /// Lines follow the report's villages with zeros kept, then people without a village or
    /// with one not in the list; groups likewise.
    @Test func linesKeepEveryKeyAndNotRecordedLast() {
        let summary = CitizenSummary(
            year: 2026,
            byGroup: [TargetGroup(number: 2): .init(residents: 3, assessed: 2, eligible: 1, verified: 1, recognised: 1)],
            adultsByVillage: ["Bắc Sơn": Share(total: 4, reached: 1), "Xóm Cũ": Share(total: 2, reached: 1), nil: Share(total: 1, reached: 0)],
            householdsByVillage: ["Bắc Sơn": Share(total: 2, reached: 1)])
        #expect(summary.groups.map(\.key) == TargetGroup.all, "no not-recorded line when everyone has a group")
        #expect(summary.groups.map(\.figures.residents) == [0, 3, 0, 0])
        #expect(summary.adults(villages: ["Bắc Sơn", "Tây"]).map(\.key) == ["Bắc Sơn", "Tây", nil])
        #expect(summary.adults(villages: ["Bắc Sơn", "Tây"]).map(\.figures) == [Share(total: 4, reached: 1), .zero, Share(total: 3, reached: 1)])
        #expect(summary.households(villages: ["Bắc Sơn", "Tây"]).map(\.figures) == [Share(total: 2, reached: 1), .zero])
    }
}
