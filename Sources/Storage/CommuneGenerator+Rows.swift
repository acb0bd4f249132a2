import Domain
import GRDB

extension CommuneGenerator {
    /// The columns of a generated class or Week event.
    struct ClassRow {
        var courseSlug: String?
        var title: String
        var field: Field
        var venue: Venue
        var village: Int?
        var instructorID: Int64?
        var guestInstructor = ""
        var partner = ""
        var capacity: Int
        var targetGroups = "1,2,3,4"
        var points: Int
        var summary = ""
        var indicators: String
        var event: (year: Int, type: EventType, organiser: String, takesRegistration: Bool)?
        var createdAt: Int64
    }

    /// Inserts a class under the next id and returns it.
    mutating func insertClass(_ row: ClassRow, _ db: Database) throws -> Int64 {
        let id = nextClassID
        nextClassID += 1
        try db.cachedStatement(sql: """
            INSERT INTO course_class (id, course_slug, title, folded_title, field, venue_kind, venue_name, village_id, instructor_id,
                guest_instructor, partner, capacity, target_groups, points_per_session, summary, indicators, edition_year, event_type,
                organiser, audience, takes_registration, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, row.courseSlug, row.title, TextFolding.fold(row.title), row.field.code, row.venue.kind.rawValue, row.venue.name,
                row.village.map { $0 + 1 }, row.instructorID, row.guestInstructor, row.partner, row.capacity, row.targetGroups, row.points,
                row.summary, row.indicators, row.event?.year, row.event?.type.rawValue, row.event?.organiser ?? "",
                row.event == nil ? "" : "Mọi người dân", row.event?.takesRegistration ?? true, row.createdAt,
            ])
        counts.classes += 1
        return id
    }

    /// Inserts a session under the next id; a cancelled one carries sequence 1, as cancelling bumps it.
    mutating func insertSession(classID: Int64, startsAt: Int64, endsAt: Int64, cancelled: Bool, updatedAt: Int64,
                                _ db: Database) throws -> Int64 {
        let id = nextSessionID
        nextSessionID += 1
        try db.cachedStatement(sql: """
            INSERT INTO class_session (id, class_id, starts_at, ends_at, cancelled, sequence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, classID, startsAt, endsAt, cancelled, cancelled ? 1 : 0, updatedAt])
        counts.sessions += 1
        if cancelled { counts.cancelledSessions += 1 }
        return id
    }

    /// Seats, then the waiting list, in order of arrival before `before`; one in five
    /// registered by staff for someone without a smartphone.
    mutating func insertEnrolments(classID: Int64, seated: [Int32], waiting: [Int32], before: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO enrolment (class_id, person_id, status, position, enrolled_at, registered_by) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var at = before - Int64(rng.int(10...25)) * 86400
        for (position, person) in (seated + waiting).enumerated() {
            at += Int64(rng.int(60...14_400))
            let assisted = !staffIDs.isEmpty && rng.chance(0.2) ? rng.pick(staffIDs) : nil
            try statement.execute(arguments: [classID, Int64(person) + 1, position < seated.count ? "enrolled" : "waiting", position + 1,
                                              min(at, before - 3600), assisted])
        }
        counts.enrolments += seated.count + waiting.count
    }

    /// One attendance row; present and late count as this year's evidence.
    mutating func insertAttendance(sessionID: Int64, person: Int32, status: AttendanceStatus, source: AttendanceSource, at: Int64,
                                   by recorder: Int64?, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO attendance (session_id, person_id, status, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [sessionID, Int64(person) + 1, status.rawValue, source.rawValue, at, recorder])
        counts.attendance += 1
        if status.attended { attended[Int(person)] &+= 1 }
    }
}
