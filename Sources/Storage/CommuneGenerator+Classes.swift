import Domain
import GRDB

extension CommuneGenerator {
    /// People per class of an average year. With 4–12 sessions, seats filled to 65–100% and
    /// the Week, it gives about five attendance rows per person a year: 20,000 people over
    /// five years about 500,000 rows, the figure the report's benchmark asks for.
    static let peoplePerClass = 45.5
    /// Classes start in these months in proportion: few around Tết (February) and in the
    /// summer harvest, most in spring and late autumn.
    static let monthWeights: [Double] = [0.7, 0.3, 1.2, 1.1, 1.0, 0.7, 0.9, 1.0, 1.1, 0.9, 1.2, 0.8]

    /// A year's classes: the centre grows, from 80% of the average year's classes in the
    /// first year to 120% in the last, so the last year is the busiest.
    mutating func writeClasses(year: Int, index: Int, _ db: Database) throws {
        let growth = plan.years > 1 ? 0.8 + 0.4 * Double(index) / Double(plan.years - 1) : 1
        let count = max(1, Int((Double(plan.residents) / Self.peoplePerClass * growth).rounded()))
        let weights = GeneratorTopic.all.map { $0.weight(yearIndex: index, years: plan.years) }
        for _ in 0..<count {
            try writeClass(GeneratorTopic.all[rng.index(weights: weights)], year: year, db)
        }
    }

    /// One class: a library course (when the library has one in the field, two times in five)
    /// or a topic session, at a village's cultural house, the centre, a school or the commune
    /// hall, taught by a centre instructor or a guest from the partner; its seats and rolls.
    mutating func writeClass(_ topic: GeneratorTopic, year: Int, _ db: Database) throws {
        let library = coursesByField[topic.field] ?? []
        let course = !library.isEmpty && rng.chance(0.4) ? rng.pick(library) : nil
        let kind = rng.pick(weighted: [(Venue.Kind.villageHall, 55.0), (.centre, 25), (.school, topic.field == .foreignLanguages ? 30 : 8),
                                       (.other, 5)])
        let village = kind == .villageHall ? anyVillage() : nil
        let venue: Venue = switch kind {
        case .school: Venue(kind: kind, name: rng.pick(["Trường THCS xã", "Trường Tiểu học xã"]))
        case .other: GeneratorEvent.hall
        default: village.map(villageHall) ?? Venue(kind: kind)
        }
        let (start, capacity): (Int, Int) = switch kind {
        case .villageHall: (rng.pick(weighted: [(1140, 60.0), (1170, 25), (480, 15)]), rng.int(25...40))
        case .school: (rng.pick([1020, 480]), rng.int(30...45))
        case .other: (rng.pick([480, 840]), rng.int(40...60))
        default: (rng.pick(weighted: [(480, 40.0), (840, 35), (1140, 25)]), rng.int(30...50))
        }
        let minutes = rng.pick([90, 120, 120, 150])
        let days = sessionDays(count: rng.int(4...12), year: year)
        let partner = rng.pick(topic.partners)
        let instructor = !instructorIDs.isEmpty && rng.chance(0.65) ? rng.pick(instructorIDs) : nil
        let createdAt = days[0].adding(days: -rng.int(20...45)).unixSeconds(atMinutes: 540)
        let classID = try insertClass(ClassRow(
            courseSlug: course?.slug, title: course?.title ?? rng.pick(topic.titles), field: topic.field, venue: venue,
            village: village, instructorID: instructor, guestInstructor: instructor == nil ? "\(kinhName()), \(partner)" : "",
            partner: partner, capacity: capacity,
            targetGroups: course.flatMap { $0.groups.isEmpty ? nil : Self.list($0.groups.map(\.number)) } ?? "1,2,3,4",
            points: rng.pick([1, 1, 2, 2, 2, 3]), summary: "Lớp \(days.count) buổi, phối hợp với \(partner).",
            indicators: course.map { Self.list($0.indicators) } ?? topic.indicators, createdAt: createdAt), db)
        let seated = draw(capacity * rng.int(65...100) / 100, village: village, local: 0.8, appeal: topic.appeal)
        let waiting = seated.count < capacity ? [] : draw(rng.int(0...4), village: village, local: 0.8, appeal: topic.appeal,
                                                           excluding: Set(seated))
        try insertEnrolments(classID: classID, seated: seated, waiting: waiting, before: days[0].unixSeconds(atMinutes: start), db)
        let takenBy = instructor ?? (staffIDs.isEmpty ? nil : rng.pick(staffIDs))
        try writeSessions(classID: classID, days: days, start: start, minutes: minutes, seated: seated, createdAt: createdAt,
                          takenBy: takenBy, walkInsFrom: (village, topic.appeal), db)
    }

    /// The class's sessions and each one's roll. A learner's chance of coming grows with how
    /// keen they are; one in twelve stops coming partway through (then marked absent or not at
    /// all); a few are never marked; a walk-in or two come from the village without a seat.
    mutating func writeSessions(classID: Int64, days: [LocalDate], start: Int, minutes: Int, seated: [Int32], createdAt: Int64,
                                takenBy: Int64?, walkInsFrom: (village: Int?, appeal: [Double]), _ db: Database) throws {
        let learners = seated.map { person in
            (person: person, comes: [0.55, 0.75, 0.85, 0.9, 0.93][min(people[Int(person)].activity, 4)],
             stopsAfter: rng.chance(1.0 / 12) ? rng.int(1...days.count) : days.count)
        }
        for (number, day) in days.enumerated() {
            let startsAt = day.unixSeconds(atMinutes: start)
            let cancelled = rng.chance(0.03)
            let sessionID = try insertSession(classID: classID, startsAt: startsAt, endsAt: startsAt + Int64(minutes) * 60,
                                              cancelled: cancelled, updatedAt: cancelled ? startsAt - 86400 : createdAt, db)
            if cancelled { continue }
            let source = rng.pick(weighted: [(AttendanceSource.rollCall, 65.0), (.checkIn, 25), (.paper, 10)])
            var roll: [(Int32, AttendanceStatus)] = []
            for learner in learners {
                if number >= learner.stopsAfter {
                    if rng.chance(0.5) { roll.append((learner.person, .absent)) }
                } else if !rng.chance(0.03) {
                    let came = rng.chance(learner.comes)
                    roll.append((learner.person, came ? (rng.chance(0.1) ? .late : .present) : (rng.chance(0.4) ? .excused : .absent)))
                }
            }
            let walkIns = draw(rng.int(0...2), village: walkInsFrom.village, local: 0.8, appeal: walkInsFrom.appeal, excluding: Set(seated))
            try writeRoll(sessionID: sessionID, startsAt: startsAt, minutes: minutes, roll: roll + walkIns.map { ($0, .present) },
                          source: source, takenBy: takenBy, walkIns: walkIns.count, db)
        }
    }

    /// A session's attendance as it was taken: by roll call during the session, from the
    /// paper list typed in a few days later, or by self check-in (those who did not come are
    /// then marked by the instructor at the end). The last `walkIns` came without a seat and
    /// checked in themselves.
    mutating func writeRoll(sessionID: Int64, startsAt: Int64, minutes: Int, roll: [(Int32, AttendanceStatus)], source: AttendanceSource,
                            takenBy: Int64?, walkIns: Int, _ db: Database) throws {
        let endsAt = startsAt + Int64(minutes) * 60
        for (position, (person, status)) in roll.enumerated() {
            let selfCheckIn = (source == .checkIn && status.attended) || position >= roll.count - walkIns
            if selfCheckIn {
                let at = status == .late ? startsAt + Int64(rng.int(15...40)) * 60 : startsAt - Int64(rng.int(0...25)) * 60
                try insertAttendance(sessionID: sessionID, person: person, status: status, source: .checkIn, at: at, by: Int64(person) + 1, db)
            } else {
                let at = switch source {
                case .paper: endsAt + Int64(rng.int(1...5)) * 86400
                case .checkIn: endsAt
                case .rollCall: startsAt + Int64(rng.int(5...20)) * 60
                }
                try insertAttendance(sessionID: sessionID, person: person, status: status, source: source == .paper ? .paper : .rollCall,
                                     at: at, by: takenBy, db)
            }
        }
    }

    /// Numbers as a column stores them: "1,2,3,4".
    static func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ",") }

    /// The days of `count` sessions in `year`: weekly, or twice a week (two days apart, then
    /// five) for classes of eight sessions or more. A class that would run into the next year
    /// starts earlier instead.
    mutating func sessionDays(count: Int, year: Int) -> [LocalDate] {
        let steps = count >= 8 ? [2, 5] : [7]
        let span = (0..<(count - 1)).reduce(0) { $0 + steps[$1 % steps.count] }
        var first = LocalDate(year: year, month: rng.index(weights: Self.monthWeights) + 1, day: rng.int(1...28))!
        let lastDay = LocalDate(year: year, month: 12, day: 31)!
        if first.adding(days: span) > lastDay { first = lastDay.adding(days: -span - rng.int(0...20)) }
        var days = [first]
        for step in 0..<(count - 1) { days.append(days[step].adding(days: steps[step % steps.count])) }
        return days
    }
}
