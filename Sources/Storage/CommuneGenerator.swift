import Domain
import GRDB

/// Builds a generated commune (`AppDatabase.generateCommune`): it keeps the people in memory
/// to choose who comes to which class, and writes rows with explicit ids, which the refusal
/// of a non-empty database makes safe and which spare reading every id back.
struct CommuneGenerator {
    /// A village as generated: its size decides how many households it gets.
    struct GeneratedVillage {
        var name: String
        var kind: Village.Kind
        var weight: Double
    }

    /// One person as the generator remembers them.
    struct GeneratedPerson {
        var fullName: String
        var village: Int
        var household: Int
        var birthYear: Int?
        var sex: Sex?
        /// 1–4, or 0 when the register has no group for them (retired people, gaps).
        var group: Int
        var ethnicity: String
        var role: Role
        /// How often they come to the centre: 0 never, 6 the keenest; staff and instructors 0.
        var activity: Int

        /// Age in `year`; people without a birth year are taken for adults.
        func age(in year: Int) -> Int { birthYear.map { year - $0 } ?? 40 }
    }

    let plan: CommunePlan
    var rng: SeededRandom
    var villages: [GeneratedVillage] = []
    var households: [(head: Int, village: Int, address: String)] = []
    /// Person `index` has id `index + 1`.
    var people: [GeneratedPerson] = []
    var staffIDs: [Int64] = []
    var instructorIDs: [Int64] = []
    /// Person indices repeated by their activity, per village and for the whole commune: a
    /// draw picks keen learners more often and never those who do not come.
    var villageTickets: [[Int32]] = []
    var communeTickets: [Int32] = []
    /// This year's attendances (present or late) per person, the evidence behind indicator 3.
    var attended: [UInt16] = []
    /// The next ids of classes, sessions and self-assessments.
    var nextClassID: Int64 = 1
    var nextSessionID: Int64 = 1
    var nextAssessmentID: Int64 = 1
    /// The chairman who signs the recognition decisions.
    var signer = ""
    let coursesByField: [Field: [Course]]
    var counts = GeneratedCommune()

    init(plan: CommunePlan) {
        self.plan = plan
        rng = SeededRandom(seed: plan.seed)
        // By slug, so that which course a class follows does not hang on the library's own order.
        coursesByField = Dictionary(grouping: plan.courses.sorted { $0.slug < $1.slug }, by: \.field)
    }

    /// Villages, households and people.
    mutating func writePeople(_ db: Database) throws {
        makePeople()
        for (index, village) in villages.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO village (id, name, kind) VALUES (?, ?, ?)")
                .execute(arguments: [index + 1, village.name, village.kind.rawValue])
        }
        for (index, household) in households.enumerated() {
            let head = people[household.head].fullName
            try db.cachedStatement(sql: "INSERT INTO household (id, head_name, folded_head_name, village_id, address) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [index + 1, head, Household.matchKey(head), household.village + 1, household.address])
        }
        try insertPeople(db)
        counts.villages = villages.count
        counts.households = households.count
        counts.people = people.count
        counts.staff = staffIDs.count
        counts.instructors = instructorIDs.count
    }

    /// One year: the criteria residents answer, the classes, the Week, the self-assessments.
    mutating func writeYear(_ year: Int, index: Int, _ db: Database) throws {
        attended = Array(repeating: 0, count: people.count)
        try writeClasses(year: year, index: index, db)
        try writeWeek(year: year, db)
        try writeSelfAssessments(year: year, index: index, db)
    }

    /// A village drawn by its size.
    mutating func anyVillage() -> Int { rng.index(weights: villages.map(\.weight)) }

    /// A village's cultural house, where most classes meet.
    func villageHall(_ village: Int) -> Venue {
        Venue(kind: .villageHall, name: "Nhà văn hóa \(villages[village].kind.rawValue) \(villages[village].name)")
    }

    /// A Kinh name for a guest instructor or the chairman.
    mutating func kinhName() -> String {
        let male = rng.chance(0.6)
        return [rng.pick(weighted: GeneratorNames.kinhFamilies),
                rng.pick(weighted: male ? GeneratorNames.maleMiddles : GeneratorNames.femaleMiddles(bornBefore1990: true)),
                rng.pick(male ? GeneratorNames.maleGiven : GeneratorNames.femaleGiven)].joined(separator: " ")
    }

    /// Up to `count` different people drawn from the village's tickets (with probability
    /// `local`) or the commune's, each kept with the probability `appeal` gives their group
    /// (index 0–3 for groups 1–4, 4 for none). Fewer when the commune has too few takers.
    mutating func draw(_ count: Int, village: Int?, local: Double, appeal: [Double], excluding: Set<Int32> = []) -> [Int32] {
        var chosen: [Int32] = []
        var seen = excluding
        var attempts = 0
        while chosen.count < count, attempts < count * 40 + 100 {
            attempts += 1
            let tickets = village.map { rng.chance(local) ? villageTickets[$0] : communeTickets } ?? communeTickets
            guard !tickets.isEmpty else { continue }
            let index = tickets[rng.int(0...(tickets.count - 1))]
            let group = people[Int(index)].group
            guard !seen.contains(index), rng.chance(appeal[group == 0 ? 4 : group - 1]) else { continue }
            seen.insert(index)
            chosen.append(index)
        }
        return chosen
    }
}
