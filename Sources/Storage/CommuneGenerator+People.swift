import Domain
import GRDB

extension CommuneGenerator {
    /// Share of heads of household in each five-year band from 25 to 84: with spouses,
    /// children of 10 and over (younger ones have no phone and no account) and parents living
    /// with them, this gives a commune's age pyramid: many adults of 30–59, fewer elderly.
    static let headAgeBands: [Double] = [10, 13, 13, 12, 11, 10, 9, 7, 6, 4, 3, 2]
    /// How often a person comes, drawn evenly from this list: a third never come, a few often.
    static let activities = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 6]

    /// Villages (about one per 1,500 people; every seventh an upland hamlet), households of
    /// 3–5 people, and staff and instructors chosen among the officials, all in memory.
    mutating func makePeople() {
        let count = max(1, (plan.residents + 750) / 1500)
        var lowland = 0, upland = 0
        for index in 0..<count {
            let hamlet = count >= 5 && index % 7 == 6
            let names = hamlet ? GeneratorNames.hamlets : GeneratorNames.villages
            let number = hamlet ? upland : lowland
            let name = names[number % names.count] + (number >= names.count ? " \(number / names.count + 1)" : "")
            if hamlet { upland += 1 } else { lowland += 1 }
            villages.append(GeneratedVillage(name: name, kind: hamlet ? .ban : .thon, weight: Double(rng.int(60...140))))
        }
        while people.count < plan.residents {
            makeHousehold(size: min(plan.residents - people.count, rng.int(3...5)))
        }
        chooseStaff()
        villageTickets = Array(repeating: [], count: villages.count)
        for (index, person) in people.enumerated() where person.activity > 0 {
            for _ in 0..<person.activity {
                villageTickets[person.village].append(Int32(index))
                communeTickets.append(Int32(index))
            }
        }
        signer = kinhName()
    }

    /// A household: its head, usually a spouse, then children of 10 and over, or the head's
    /// parents when the children would be too young. Children carry their father's family name.
    mutating func makeHousehold(size: Int) {
        let village = anyVillage()
        let minority = villages[village].kind == .ban ? rng.chance(0.85) : rng.chance(0.03)
        let ethnicity = minority ? rng.pick(weighted: GeneratorNames.minorityEthnicities) : "Kinh"
        let families = minority ? GeneratorNames.minorityFamilies : GeneratorNames.kinhFamilies
        let headAge = 25 + 5 * rng.index(weights: Self.headAgeBands) + rng.int(0...4)
        let headSex: Sex = rng.chance(0.78) ? .male : .female
        var members: [(age: Int, sex: Sex, family: String)] = [(headAge, headSex, rng.pick(weighted: families))]
        if size >= 2, rng.chance(0.9) {
            let gap = rng.int(0...6)
            members.append((max(18, headSex == .male ? headAge - gap : headAge + gap), headSex == .male ? .female : .male,
                            rng.pick(weighted: families)))
        }
        let fatherFamily = members.first { $0.sex == .male }?.family ?? rng.pick(weighted: families)
        while members.count < size {
            let sex: Sex = rng.chance(0.5) ? .male : .female
            let childAge = headAge - rng.int(20...34)
            if childAge >= 10, rng.chance(0.85) {
                members.append((childAge, sex, fatherFamily))
            } else if headAge <= 65 {
                members.append((min(95, headAge + rng.int(22...32)), sex, sex == .male ? members[0].family : rng.pick(weighted: families)))
            } else {
                members.append((max(18, headAge + rng.int(-8...8)), sex, members[0].family))
            }
        }
        let household = households.count
        households.append((head: people.count, village: village, address: "Xóm \(rng.int(1...8))"))
        for member in members {
            people.append(makePerson(age: member.age, sex: member.sex, family: member.family, village: village, household: household,
                                     ethnicity: ethnicity))
        }
    }

    /// One person; about one in a hundred lacks a birth year, sex or ethnicity, as real registers do.
    mutating func makePerson(age: Int, sex: Sex, family: String, village: Int, household: Int, ethnicity: String) -> GeneratedPerson {
        let bornBefore1990 = plan.lastYear - age < 1990
        let middle = rng.pick(weighted: sex == .male ? GeneratorNames.maleMiddles : GeneratorNames.femaleMiddles(bornBefore1990: bornBefore1990))
        let given = rng.pick(sex == .male ? GeneratorNames.maleGiven : GeneratorNames.femaleGiven)
        let group: Int = switch age {
        case ..<19: 4
        case 19...22 where rng.chance(0.5): 4
        case ..<61: rng.pick(weighted: [(1, 62), (2, 28), (3, 8), (0, 2)])
        default: rng.pick(weighted: [(1, 70), (0, 30)])
        }
        var activity = rng.pick(Self.activities)
        if age >= 75 { activity /= 2 }
        return GeneratedPerson(
            fullName: "\(family) \(middle) \(given)", village: village, household: household,
            birthYear: rng.chance(0.01) ? nil : plan.lastYear - age,
            sex: rng.chance(0.005) ? nil : rng.chance(0.001) ? .other : sex, group: group,
            ethnicity: rng.chance(0.02) ? "" : ethnicity, role: .resident, activity: activity)
    }

    /// Staff (2, and one more per 5,000 people) and instructors (one per 400, at least 3):
    /// officials of working age where there are enough, else other adults. They run classes
    /// rather than attend them.
    mutating func chooseStaff() {
        let working = people.indices.filter { (25...60).contains(people[$0].age(in: plan.lastYear)) }
        let candidates = working.filter { people[$0].group == 3 }.shuffled(using: &rng)
            + working.filter { people[$0].group != 3 }.shuffled(using: &rng)
        let staff = 2 + plan.residents / 5000
        let instructors = max(3, plan.residents / 400)
        for (rank, index) in candidates.prefix(staff + instructors).enumerated() {
            people[index].role = rank < staff ? .staff : .instructor
            people[index].group = 3
            people[index].activity = 0
            if rank < staff { staffIDs.append(Int64(index + 1)) } else { instructorIDs.append(Int64(index + 1)) }
        }
    }

    /// Staff first: the people they registered refer to them. About a third of residents were
    /// registered by staff (assisted registration); nine in ten are linked to their household.
    mutating func insertPeople(_ db: Database) throws {
        let firstDay = LocalDate(year: plan.yearRange.lowerBound, month: 1, day: 1)!
        let order = people.indices.filter { people[$0].role == .staff } + people.indices.filter { people[$0].role != .staff }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO person (id, phone, full_name, folded_name, sort_key, birth_year, sex, village_id, target_group, role,
                                consent_at, registered_by, created_at, household_id, household_head, ethnicity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for index in order {
            let person = people[index]
            // Multiplying by a number prime to 10^8 makes every index its own 8 digits.
            let number = String((UInt64(index) * 48_271 + 31_415_926) % 100_000_000)
            let phone = rng.pick(weighted: [("09", 40.0), ("03", 30), ("08", 12), ("07", 12), ("05", 6)])
                + String(repeating: "0", count: 8 - number.count) + number
            let created = firstDay.adding(days: -rng.int(1...400)).unixSeconds(atMinutes: rng.int(420...1260))
            let registeredBy = person.role == .resident && !staffIDs.isEmpty && rng.chance(0.35) ? rng.pick(staffIDs) : nil
            let head = households[person.household]
            try statement.execute(arguments: [
                index + 1, phone, person.fullName, TextFolding.fold(person.fullName), PersonName.sortKey(person.fullName), person.birthYear,
                person.sex?.rawValue, person.village + 1, person.group == 0 ? nil : person.group, person.role.rawValue, created, registeredBy,
                created, rng.chance(0.9) ? person.household + 1 : nil, people[head.head].fullName, person.ethnicity,
            ])
        }
    }
}
