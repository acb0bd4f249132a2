import Domain
import Storage
import Testing
import TestSupport

/// A year's evidence read from real attendance rows.
@Suite struct EvidenceStorageTests {
    @Test func attendanceCarriesItsIndicatorsAndFinishedClassesCount() throws {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        let person = try database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "An", passwordHash: nil), now: 0)
        try database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: actor)
        let base = try #require(LocalDate(year: 2026, month: 3, day: 2)).unixSeconds(atMinutes: 19 * 60)
        func classWith(_ title: String, slug: String? = nil, field: Field = .health, sessions: Int, indicators: [Int] = [],
                       event: EventDetails? = nil) throws -> [Int64] {
            let created = try database.createClass(
                CourseClass(id: 0, courseSlug: slug, title: title, field: field, venue: Venue(kind: .centre), capacity: 30,
                            indicators: indicators, event: event),
                sessions: (0..<sessions).map { (base + Int64($0) * 7 * 86_400, base + Int64($0) * 7 * 86_400 + 7200) }, by: actor)
            return try database.sessions(classID: created.id).map(\.id)
        }
        func attend(_ sessions: ArraySlice<Int64>, _ status: AttendanceStatus = .present) throws {
            for id in sessions {
                try database.recordAttendance(sessionID: id, personID: person.id, status: status, source: .rollCall, overwrite: true, by: actor)
            }
        }
        let vneid = try classWith("VNeID", field: .digitalSkills, sessions: 5)
        try attend(vneid[0..<3])
        try attend(vneid[3..<4], .late)
        try attend(vneid[4..<5], .absent)
        let chickens = try classWith("Nuôi gà", slug: "nuoi-ga", field: .agriculture, sessions: 5)
        try attend(chickens[0..<3])
        let talk = try classWith("Tọa đàm đọc sách", sessions: 1, indicators: [1, 4], event: EventDetails(editionYear: 2026, type: .talk))
        try attend(talk[0..<1])
        let lastYear = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Năm ngoái", field: .health, venue: Venue(kind: .centre),
                                                            capacity: 5), sessions: [(base - 365 * 86_400, base - 365 * 86_400 + 3600)], by: actor)
        try attend(try database.sessions(classID: lastYear.id).map(\.id)[0..<1])

        let afterAll = base + 60 * 86_400
        let evidence = try database.evidence(personID: person.id, year: 2026, now: afterAll, courseIndicators: ["nuoi-ga": [3, 7]])
        #expect(evidence.attendances.count == 4 + 3 + 1, "present and late; the absence and last year's session do not count")
        #expect(evidence.attendances.first { $0.title == "VNeID" }?.indicators == [5])
        #expect(evidence.attendances.first { $0.title == "Nuôi gà" }?.indicators == [3, 7])
        #expect(evidence.attendances.first { $0.title == "Tọa đàm đọc sách" }.map { ($0.indicators, $0.isEvent) } ?? ([], false) == ([1, 4], true))
        #expect(evidence.completedClasses.map(\.title) == ["VNeID"], "4 of 5 is 80%; 3 of 5 is not; an event is not a class")

        let midway = try database.evidence(personID: person.id, year: 2026, now: base + 14 * 86_400, courseIndicators: [:])
        #expect(midway.completedClasses.isEmpty, "not completed before its last session")
        let suggestions = evidence.suggestions(rules: EvidenceRule.standard,
                                               indicators: CriteriaSet.standard(year: 2026, group: TargetGroup(number: 1)!).indicators)
        #expect(suggestions[3] == 8 && suggestions[5] == 7 && suggestions[1] == 5 && suggestions[4] == 5)
    }
}
