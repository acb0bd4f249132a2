import Domain
import Storage
import Testing
import TestSupport

@Suite struct EventDetailsStorageTests {
    static let talk = EventDetails(editionYear: 2026, type: .talk, organiser: "Hội Khuyến học", audience: "Phụ huynh",
                                   description: "**Mời** bà con")

    /// A database with the 2026 edition, a talk with `capacity` seats and residents 1…`residents` enrolled in turn.
    static func event(capacity: Int, residents: Int = 0) throws -> (AppDatabase, CourseClass) {
        let (database, _) = try AppDatabase.temporary()
        try database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: .system(now: 0))
        let event = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Tọa đàm", field: .culture, venue: Venue(kind: .school),
                                                         capacity: capacity, indicators: [1, 3], event: talk), by: .system(now: 0))
        for number in 0..<residents {
            let person = try database.createPerson(NewPerson(phone: PhoneNumber("091200000\(number)")!, fullName: "Người \(number)",
                                                             passwordHash: nil), now: 0)
            try database.enrol(classID: event.id, personID: person.id, by: .system(now: 0))
        }
        return (database, event)
    }

    @Test func detailsAreSavedInTheirEditionAndAudited() throws {
        let (database, event) = try Self.event(capacity: 60)
        let edited = EventDetails(editionYear: 2031, type: .contest, organiser: "Đoàn Thanh niên", audience: "Học sinh",
                                  description: "Thi *tìm hiểu* pháp luật")
        let saved = try database.updateEventDetails(classID: event.id, details: edited, capacity: 40, by: Actor(personID: nil, address: "-", now: 5))
        var expected = edited
        expected.editionYear = 2026
        let stored = try #require(try database.courseClass(id: event.id))
        #expect(stored == saved && stored.event == expected && stored.capacity == 40, "the edition is not changed here")
        #expect(stored.title == "Tọa đàm" && stored.venue == Venue(kind: .school) && stored.indicators == [1, 3],
                "the class's own facts, its indicators among them, stay")
        let entry = try #require(try database.auditEntries(entity: "class", id: event.id).first)
        #expect(entry.action == "update-event" && entry.at == 5)
        #expect(entry.before?["loai"] == "toa-dam" && entry.before?["so_cho"] == "60")
        #expect(entry.after?["loai"] == "hoi-thi" && entry.after?["don_vi_to_chuc"] == "Đoàn Thanh niên" && entry.after?["so_cho"] == "40")
    }

    @Test func aClassThatIsNotAnEventIsRefused() throws {
        let (database, _) = try Self.event(capacity: 60)
        let plain = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: "Lớp", field: .health, venue: Venue(kind: .centre),
                                                         capacity: 5), by: .system(now: 0))
        let audited = try database.auditEntries().count
        #expect(throws: ClassError.notFound) {
            try database.updateEventDetails(classID: plain.id, details: Self.talk, capacity: 5, by: .system(now: 0))
        }
        #expect(throws: ClassError.notFound) {
            try database.updateEventDetails(classID: 999, details: Self.talk, capacity: 5, by: .system(now: 0))
        }
        #expect(try database.courseClass(id: plain.id)?.event == nil && database.auditEntries().count == audited)
    }

    @Test func moreSeatsGoToTheWaitingListInOrder() throws {
        let (database, event) = try Self.event(capacity: 1, residents: 3)
        #expect(try database.enrolmentCounts(classID: event.id) == (1, 2))
        try database.updateEventDetails(classID: event.id, details: Self.talk, capacity: 2, by: .system(now: 7))
        #expect(try database.enrolmentCounts(classID: event.id) == (2, 1))
        let second = try database.enrolments(classID: event.id)[1].enrolment
        #expect(second.status == .enrolled && second.position == 2 && second.promotedAt == 7, "the first to wait moves in first")
    }

    @Test func fewerSeatsTakeNobodysSeat() throws {
        let (database, event) = try Self.event(capacity: 3, residents: 3)
        try database.updateEventDetails(classID: event.id, details: Self.talk, capacity: 1, by: .system(now: 0))
        #expect(try database.enrolmentCounts(classID: event.id) == (3, 0))
    }

    @Test func anEventMadeOpenSeatsEveryoneWaitingAndBackTakesRegistrationAgain() throws {
        let (database, event) = try Self.event(capacity: 1, residents: 3)
        var open = Self.talk
        open.takesRegistration = false
        try database.updateEventDetails(classID: event.id, details: open, capacity: EventDetails.openCapacity, by: .system(now: 0))
        #expect(try database.courseClass(id: event.id)?.event?.takesRegistration == false)
        #expect(try database.enrolmentCounts(classID: event.id) == (3, 0), "nobody is left waiting for an open event")
        try database.updateEventDetails(classID: event.id, details: Self.talk, capacity: 30, by: .system(now: 0))
        let stored = try #require(try database.courseClass(id: event.id))
        #expect(stored.event?.takesRegistration == true && stored.capacity == 30)
    }
}
