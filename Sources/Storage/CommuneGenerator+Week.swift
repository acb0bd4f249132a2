import Domain
import GRDB

extension CommuneGenerator {
    /// The year's Lifelong Learning Week: 1–7 October (2–8 October in 2023, when it moved),
    /// the usual fifteen events, and who came. Events that take registration fill most of
    /// their seats and take a roll call; open events (the opening, the book fair) only check
    /// people in, a share of the commune each.
    mutating func writeWeek(year: Int, _ db: Database) throws {
        let startsOn = LocalDate(year: year, month: 10, day: year == 2023 ? 2 : 1)!
        let (theme, placeholder) = GeneratorNames.weekTheme(year: year)
        try db.cachedStatement(sql: """
            INSERT INTO week_edition (year, starts_on, ends_on, theme, theme_is_placeholder, slogan, description) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [year, startsOn.isoText, startsOn.adding(days: 6).isoText, theme, placeholder,
                                     "Cả xã cùng học, nhà nhà học tập", "Chuỗi hoạt động hưởng ứng Tuần lễ học tập suốt đời của xã."])
        counts.editions += 1
        let everyone = [Double](repeating: 1, count: 5)
        for event in GeneratorEvent.programme {
            // A village's cultural house is drawn for each year's edition.
            let village = event.venue.kind == .villageHall ? anyVillage() : nil
            let startsAt = startsOn.adding(days: event.day - 1).unixSeconds(atMinutes: event.startMinutes)
            let classID = try insertClass(ClassRow(
                courseSlug: nil, title: event.title, field: event.type == .digitalSkillsClass ? .digitalSkills : .culture,
                venue: village.map(villageHall) ?? event.venue,
                village: village, instructorID: nil, capacity: event.capacity ?? EventDetails.openCapacity, points: 2,
                indicators: event.indicators, event: (year, event.type, event.organiser, event.capacity != nil),
                createdAt: startsOn.adding(days: -30).unixSeconds(atMinutes: 540)), db)
            // A storm now and then: October is typhoon season in the centre and the north.
            let cancelled = rng.chance(0.02)
            let sessionID = try insertSession(classID: classID, startsAt: startsAt, endsAt: startsAt + Int64(event.minutes) * 60,
                                              cancelled: cancelled, updatedAt: startsAt - (cancelled ? 86400 : 30 * 86400), db)
            counts.events += 1
            let takenBy = staffIDs.isEmpty ? nil : rng.pick(staffIDs)
            if let capacity = event.capacity {
                let seated = draw(capacity * rng.int(70...100) / 100, village: village, local: 0.6, appeal: everyone)
                try insertEnrolments(classID: classID, seated: seated, waiting: [], before: startsAt, db)
                if cancelled { continue }
                let roll = seated.map { ($0, rng.chance(0.85) ? (rng.chance(0.1) ? AttendanceStatus.late : .present)
                                                              : (rng.chance(0.4) ? .excused : .absent)) }
                let walkIns = draw(rng.int(0...3), village: village, local: 0.6, appeal: everyone, excluding: Set(seated))
                try writeRoll(sessionID: sessionID, startsAt: startsAt, minutes: event.minutes,
                              roll: roll + walkIns.map { ($0, .present) }, source: .rollCall, takenBy: takenBy, walkIns: walkIns.count, db)
            } else if !cancelled {
                let comers = draw(max(5, Int(Double(plan.residents) * event.turnout)), village: nil, local: 0, appeal: everyone)
                try writeRoll(sessionID: sessionID, startsAt: startsAt, minutes: event.minutes,
                              roll: comers.map { ($0, rng.chance(0.1) ? .late : .present) }, source: .checkIn, takenBy: takenBy,
                              walkIns: 0, db)
            }
        }
    }
}
