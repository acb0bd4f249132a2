import Domain
import Storage
import Testing
import TestSupport

@Suite struct WeekEditionStorageTests {
    @Test func editionsAreKeptOnePerYearAndAudited() throws {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        let standard = try #require(WeekEdition.standard(year: 2026, theme: "Học tập để phát triển bản thân", slogan: "Cả xã cùng học"))
        try database.createEdition(StoredEdition(edition: standard, themeIsPlaceholder: true), by: actor)
        #expect(throws: EditionError.yearTaken) { try database.createEdition(StoredEdition(edition: standard), by: actor) }
        var moved = standard
        moved.startsOn = try #require(LocalDate(year: 2026, month: 10, day: 2))
        moved.endsOn = try #require(LocalDate(year: 2026, month: 10, day: 8))
        try database.updateEdition(StoredEdition(edition: moved, description: "Mô tả"), by: actor)
        let stored = try #require(try database.edition(year: 2026))
        #expect(stored.edition == moved && !stored.themeIsPlaceholder && stored.description == "Mô tả")
        #expect(try database.editions().map(\.edition.year) == [2026])
        #expect(try database.auditEntries(entity: "week").map(\.action) == ["update", "create"])
        #expect(throws: EditionError.notFound) {
            try database.updateEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2030))), by: actor)
        }
    }

    @Test func theDemoHasAFullWeekWithItsThemeMarkedAsAPlaceholder() throws {
        let (database, _) = try AppDatabase.temporary()
        #expect(try database.loadDemoData(now: 0))
        let stored = try #require(try database.edition(year: 2026))
        #expect(stored.themeIsPlaceholder && stored.edition.startsOn.description == "01/10/2026" && stored.edition.dayCount == 7)
        let events = try database.events(year: 2026)
        #expect(events.count == 15)
        #expect(Set(events.compactMap { stored.edition.dayNumber(of: $0.session.startsAt) }) == Set(1...7), "every day has something")
        #expect(Set(events.map(\.courseClass.venue.name)).count >= 5, "several venues")
        #expect(events.first?.courseClass.event?.type == .openingCeremony)
        #expect(events.first.map { DateText.dayAndTime(unixSeconds: $0.session.startsAt) } == "01/10/2026 07:30")
        #expect(events.filter { $0.courseClass.event?.takesRegistration == false }.count == 5, "open events only check people in")
    }

    @Test func eventDetailsSurviveAnEditOfTheClass() throws {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        try database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: actor)
        let details = EventDetails(editionYear: 2026, type: .talk, organiser: "Hội Phụ nữ", audience: "Phụ huynh",
                                   description: "**Đọc sách** cùng con", takesRegistration: false)
        let event = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Tọa đàm", field: .culture, venue: Venue(kind: .school),
                                                         capacity: 60, event: details), by: actor)
        #expect(try database.courseClass(id: event.id)?.event == details)
        var edited = event
        edited.capacity = 80
        try database.updateClass(edited, by: actor)
        #expect(try database.courseClass(id: event.id)?.event == details)
        #expect(try database.courseClass(id: event.id)?.capacity == 80)
    }

    @Test func cloningCopiesEveryEventToTheSameDayAndTimeOfTheNewWeek() throws {
        let (database, _) = try AppDatabase.temporary()
        try database.loadDemoData(now: 0)
        let resident = try database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "A", passwordHash: nil), now: 0)
        let old = try database.events(year: 2026)
        try database.enrol(classID: old[3].courseClass.id, personID: resident.id, by: .system(now: 0))
        let next = try #require(WeekEdition.standard(year: 2027, theme: "Chủ đề năm 2027"))
        #expect(try database.cloneEdition(from: 2026, to: next, by: .system(now: 10)) == 15)
        let stored = try #require(try database.edition(year: 2027))
        #expect(stored.themeIsPlaceholder, "staff confirm the theme")
        let copies = try database.events(year: 2027)
        #expect(copies.map(\.courseClass.title) == old.map(\.courseClass.title))
        let oldWeek = try #require(try database.edition(year: 2026)).edition
        for (was, now) in zip(old, copies) {
            #expect(next.dayNumber(of: now.session.startsAt) == oldWeek.dayNumber(of: was.session.startsAt))
            #expect(DateText.dayAndTime(unixSeconds: now.session.startsAt).suffix(5) == DateText.dayAndTime(unixSeconds: was.session.startsAt).suffix(5))
            #expect(now.courseClass.event?.type == was.courseClass.event?.type && now.courseClass.id != was.courseClass.id)
        }
        #expect(try database.enrolmentCounts(classID: copies[3].courseClass.id) == (0, 0), "registrations stay with their year")
        #expect(try database.events(year: 2026).count == 15, "last year is untouched")
        #expect(throws: EditionError.yearTaken) { try database.cloneEdition(from: 2026, to: next, by: .system(now: 10)) }
        #expect(throws: EditionError.notFound) {
            try database.cloneEdition(from: 2019, to: try #require(WeekEdition.standard(year: 2028)), by: .system(now: 10))
        }
        #expect(try database.events(year: 2028).isEmpty)
    }
}
