/// The learning-citizen figures of a commune report (Công dân học tập): how far each target
/// group got with the year's self-assessment, the share of each village's adults who hold the
/// title against the national target, and the households where every adult holds it (what
/// the learning-family and learning-community titles are judged from).
///
/// Self-assessments are yearly while a report period may span years: the figures are those of
/// one year, the period's last, as the report's ages are.
public struct CitizenSummary: Sendable, Equatable {
    /// One step further each: everyone counted, those with a form saved for the year, forms
    /// that reach the pass rule, forms the study-promotion association confirmed, and people
    /// the commune recognised. A confirmed form may fall short of the rule, so the columns
    /// need not shrink from left to right.
    public struct Progress: Sendable, Equatable {
        public var residents: Int
        public var assessed: Int
        public var eligible: Int
        public var verified: Int
        public var recognised: Int

        public init(residents: Int, assessed: Int, eligible: Int, verified: Int, recognised: Int) {
            self.residents = residents
            self.assessed = assessed
            self.eligible = eligible
            self.verified = verified
            self.recognised = recognised
        }

        public static let zero = Progress(residents: 0, assessed: 0, eligible: 0, verified: 0, recognised: 0)

        public static func + (lhs: Progress, rhs: Progress) -> Progress {
            Progress(residents: lhs.residents + rhs.residents, assessed: lhs.assessed + rhs.assessed, eligible: lhs.eligible + rhs.eligible,
                     verified: lhs.verified + rhs.verified, recognised: lhs.recognised + rhs.recognised)
        }
    }

    /// How many of a whole reached the title: adults recognised, or households whose adults
    /// all are.
    public struct Share: Sendable, Equatable {
        public var total: Int
        public var reached: Int

        public init(total: Int, reached: Int) {
            self.total = total
            self.reached = reached
        }

        public static let zero = Share(total: 0, reached: 0)

        public static func + (lhs: Share, rhs: Share) -> Share {
            Share(total: lhs.total + rhs.total, reached: lhs.reached + rhs.reached)
        }

        /// The share in thousandths, rounded half up (375 is 37.5%); nil when there is nobody
        /// to share among.
        public var perMille: Int? {
            total == 0 ? nil : (reached * 2000 + total) / (2 * total)
        }

        /// How many more must reach the title for the share to meet `target`.
        public func needed(for target: CitizenTarget) -> Int {
            max(0, (target.perMille * total + 999) / 1000 - reached)
        }
    }

    /// Age reached in the year from which a person counts as an adult: the age from which the
    /// Labour Code counts a worker and the first bound of the report's age bands. Only the
    /// birth year is kept, so someone without one is not counted among adults.
    public static let adultAge = 15

    public var year: Int
    /// Everyone on the centre's list by their current target group, whatever their age: a
    /// form exists per group and no age limit was found for it.
    public var byGroup: [TargetGroup?: Progress]
    /// Adults by village name, with those recognised.
    public var adultsByVillage: [String?: Share]
    /// Households with at least one adult, by the household's village, with those whose
    /// adults are all recognised.
    public var householdsByVillage: [String?: Share]

    public init(year: Int, byGroup: [TargetGroup?: Progress] = [:], adultsByVillage: [String?: Share] = [:],
                householdsByVillage: [String?: Share] = [:]) {
        self.year = year
        self.byGroup = byGroup
        self.adultsByVillage = adultsByVillage
        self.householdsByVillage = householdsByVillage
    }

    /// The national target the year's shares are held against.
    public var target: CitizenTarget { CitizenTarget(year: year) }

    public var groups: [CommuneReport.Line<TargetGroup, Progress>] {
        CommuneReport.lines(keys: TargetGroup.all, byGroup.map { ($0.key, $0.value) })
    }

    /// `villages` in the report's order, each with a line even when nobody lives there.
    public func adults(villages: [String]) -> [CommuneReport.Line<String, Share>] {
        CommuneReport.lines(keys: villages, adultsByVillage.map { ($0.key, $0.value) })
    }

    public func households(villages: [String]) -> [CommuneReport.Line<String, Share>] {
        CommuneReport.lines(keys: villages, householdsByVillage.map { ($0.key, $0.value) })
    }
}

/// The national target for the share of adults holding the learning-citizen title (Quyết định
/// 677/QĐ-TTg): 40% by 2025 and 70% by 2030. A year before 2025 is held to the 2025 figure and
/// one after 2030 to the 2030 figure; a year in between to the straight path from one to the
/// other (46% in 2026), which the decision does not set, so the report says so.
public struct CitizenTarget: Sendable, Equatable {
    /// The target in thousandths of the adults.
    public let perMille: Int
    /// The year the decision sets this figure for; nil on the path between 2025 and 2030.
    public let milestone: Int?

    public static let first = (year: 2025, perMille: 400)
    public static let last = (year: 2030, perMille: 700)

    public init(year: Int) {
        if year <= Self.first.year {
            (perMille, milestone) = (Self.first.perMille, Self.first.year)
        } else if year >= Self.last.year {
            (perMille, milestone) = (Self.last.perMille, Self.last.year)
        } else {
            let step = (Self.last.perMille - Self.first.perMille) / (Self.last.year - Self.first.year)
            (perMille, milestone) = (Self.first.perMille + step * (year - Self.first.year), nil)
        }
    }
}

extension CitizenSummary.Progress: Summable {}
extension CitizenSummary.Share: Summable {}
