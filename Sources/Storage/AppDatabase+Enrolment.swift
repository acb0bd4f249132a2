import Domain
import GRDB

/// A person's place in a class.
public struct Enrolment: Sendable, Equatable {
    public var classID: Int64
    public var personID: Int64
    public var status: EnrolmentStatus
    /// Order of arrival in the class; the waiting list moves up in this order.
    public var position: Int
    public var enrolledAt: Int64
    /// The staff member who enrolled the person on their behalf, if any.
    public var registeredBy: Int64?
    /// When the person moved from the waiting list into a seat.
    public var promotedAt: Int64?
}

extension AppDatabase {
    /// Gives the person a seat, or a place on the waiting list when the class is full. The
    /// count and the insert happen in one write transaction, and SQLite has one writer at a
    /// time, so concurrent enrolments can never exceed the capacity. Enrolling twice is
    /// harmless: the existing place is returned.
    @discardableResult
    public func enrol(classID: Int64, personID: Int64, by actor: Actor) throws -> Enrolment {
        try writer.write { db in try AppDatabase.enrol(db, classID: classID, personID: personID, actor: actor) }
    }

    /// Enrols every member of a household together (in one transaction); each gets a seat
    /// while there are seats, then waiting places, in the order of the household list.
    public func enrolHousehold(classID: Int64, householdID: Int64, by actor: Actor) throws -> [(Person, Enrolment)] {
        try writer.write { db in
            let members = try db.decodeAll("SELECT * FROM person WHERE household_id = ? ORDER BY sort_key, id",
                                           [householdID], AppDatabase.person(from:))
            return try members.map { ($0, try AppDatabase.enrol(db, classID: classID, personID: $0.id, actor: actor)) }
        }
    }

    /// Gives up a seat or a waiting place (the person themselves, or staff removing them);
    /// the first person waiting takes a freed seat in the same transaction.
    public func leaveClass(classID: Int64, personID: Int64, by actor: Actor) throws {
        try writer.write { db in
            guard let old = try AppDatabase.fetchEnrolment(db, classID: classID, personID: personID) else { return }
            try db.execute(sql: "DELETE FROM enrolment WHERE class_id = ? AND person_id = ?", arguments: [classID, personID])
            try AppDatabase.audit(db, actor: actor, entity: "class", id: classID, action: "leave",
                                  before: ["nguoi_dan": String(personID), "trang_thai": old.status.rawValue], after: nil)
            try AppDatabase.fillSeats(db, classID: classID, actor: actor)
        }
    }

    /// The person's place in the class, if any.
    public func enrolment(classID: Int64, personID: Int64) throws -> Enrolment? {
        try writer.read { db in try AppDatabase.fetchEnrolment(db, classID: classID, personID: personID) }
    }

    /// The person's place on the class's waiting list (1 = next to move in), or nil with a seat.
    public func waitingPosition(classID: Int64, personID: Int64) throws -> Int? {
        try writer.read { db in
            guard let own = try AppDatabase.fetchEnrolment(db, classID: classID, personID: personID), own.status == .waiting else { return nil }
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM enrolment WHERE class_id = ? AND status = 'waiting' AND position <= ?
                """, arguments: [classID, own.position])
        }
    }

    /// Everyone in the class: seats first, then the waiting list, each in order of arrival.
    public func enrolments(classID: Int64) throws -> [(person: Person, enrolment: Enrolment)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT person.*, \(AppDatabase.enrolmentColumns)
                FROM enrolment JOIN person ON person.id = enrolment.person_id
                WHERE enrolment.class_id = ?
                ORDER BY enrolment.status = 'waiting', enrolment.position
                """, arguments: [classID])
            .map { (AppDatabase.person(from: $0), AppDatabase.enrolment(from: $0)) }
        }
    }

    /// The person's classes, with their place in each.
    public func enrolments(personID: Int64) throws -> [(courseClass: CourseClass, enrolment: Enrolment)] {
        try writer.read { db in
            try db.decodeAll("""
                SELECT course_class.*, \(AppDatabase.enrolmentColumns)
                FROM enrolment JOIN course_class ON course_class.id = enrolment.class_id
                WHERE enrolment.person_id = ?
                ORDER BY course_class.id DESC
                """, [personID]) { (AppDatabase.courseClass(from: $0), AppDatabase.enrolment(from: $0)) }
        }
    }

    /// Seats taken and people waiting.
    public func enrolmentCounts(classID: Int64) throws -> (enrolled: Int, waiting: Int) {
        try writer.read { db in try AppDatabase.counts(db, classID: classID) }
    }

    static func enrol(_ db: Database, classID: Int64, personID: Int64, actor: Actor) throws -> Enrolment {
        guard let courseClass = try fetchClass(db, id: classID) else { throw ClassError.notFound }
        if let existing = try fetchEnrolment(db, classID: classID, personID: personID) { return existing }
        let status: EnrolmentStatus = try counts(db, classID: classID).enrolled < courseClass.capacity ? .enrolled : .waiting
        let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM enrolment WHERE class_id = ?", arguments: [classID]) ?? 0) + 1
        let assistedBy = actor.personID == personID ? nil : actor.personID
        try db.execute(sql: """
            INSERT INTO enrolment (class_id, person_id, status, position, enrolled_at, registered_by) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [classID, personID, status.rawValue, position, actor.now, assistedBy])
        try audit(db, actor: actor, entity: "class", id: classID, action: "enrol", before: nil,
                  after: ["nguoi_dan": String(personID), "trang_thai": status.rawValue])
        return Enrolment(classID: classID, personID: personID, status: status, position: position, enrolledAt: actor.now,
                         registeredBy: assistedBy, promotedAt: nil)
    }

    /// Moves people from the waiting list into free seats, in order of arrival. Every path
    /// that frees a seat (leaving, staff removal, a raised capacity) ends here.
    static func fillSeats(_ db: Database, classID: Int64, actor: Actor) throws {
        guard let courseClass = try fetchClass(db, id: classID) else { return }
        let free = courseClass.capacity - (try counts(db, classID: classID).enrolled)
        guard free > 0 else { return }
        let promoted = try Int64.fetchAll(db, sql: """
            SELECT person_id FROM enrolment WHERE class_id = ? AND status = 'waiting' ORDER BY position LIMIT ?
            """, arguments: [classID, free])
        for personID in promoted {
            try db.execute(sql: "UPDATE enrolment SET status = 'enrolled', promoted_at = ? WHERE class_id = ? AND person_id = ?",
                           arguments: [actor.now, classID, personID])
            try audit(db, actor: actor, entity: "class", id: classID, action: "promote", before: nil,
                      after: ["nguoi_dan": String(personID), "trang_thai": EnrolmentStatus.enrolled.rawValue])
        }
    }

    static func counts(_ db: Database, classID: Int64) throws -> (enrolled: Int, waiting: Int) {
        let row = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(status = 'enrolled'), 0) AS enrolled, COALESCE(SUM(status = 'waiting'), 0) AS waiting
            FROM enrolment WHERE class_id = ?
            """, arguments: [classID])
        return (row?["enrolled"] ?? 0, row?["waiting"] ?? 0)
    }

    static func fetchEnrolment(_ db: Database, classID: Int64, personID: Int64) throws -> Enrolment? {
        try db.decodeOne("""
            SELECT class_id, person_id, status AS enrolment_status, position, enrolled_at, registered_by AS enrolled_by, promoted_at
            FROM enrolment WHERE class_id = ? AND person_id = ?
            """, [classID, personID], enrolment(from:))
    }

    /// The enrolment's columns under the names `enrolment(from:)` reads, for joins with people or classes.
    static let enrolmentColumns = """
        enrolment.class_id, enrolment.person_id, enrolment.status AS enrolment_status, enrolment.position,
        enrolment.enrolled_at, enrolment.registered_by AS enrolled_by, enrolment.promoted_at
        """

    static func enrolment(from row: Row) -> Enrolment {
        Enrolment(classID: row["class_id"], personID: row["person_id"],
                  status: EnrolmentStatus(rawValue: row["enrolment_status"]) ?? .waiting, position: row["position"],
                  enrolledAt: row["enrolled_at"], registeredBy: row["enrolled_by"], promotedAt: row["promoted_at"])
    }
}
