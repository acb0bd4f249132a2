import Domain
import GRDB

/// Writes about classes and sessions that cannot be done as asked.
public enum ClassError: Error, Equatable {
    case notFound
}

extension AppDatabase {
    /// Opens a class; its id is assigned here (the value's id is ignored).
    /// With `sessions`, the class and its sessions land together (an event and its one
    /// session), never a class without the times it was opened with.
    @discardableResult
    public func createClass(_ value: CourseClass, sessions times: [(startsAt: Int64, endsAt: Int64)] = [],
                            by actor: Actor) throws -> CourseClass {
        try writer.write { db in
            let created = try AppDatabase.insertClass(db, value, actor: actor)
            try AppDatabase.insertSessions(db, classID: created.id, times: times, actor: actor)
            return created
        }
    }

    static func insertClass(_ db: Database, _ value: CourseClass, actor: Actor) throws -> CourseClass {
        try db.execute(sql: """
            INSERT INTO course_class (course_slug, title, folded_title, field, venue_kind, venue_name, venue_link, village_id,
                instructor_id, guest_instructor, partner, capacity, enrol_opens_at, enrol_closes_at, target_groups,
                points_per_session, summary, edition_year, event_type, organiser, audience, indicators, description,
                takes_registration, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(AppDatabase.columns(of: value) + [actor.now]))
        var created = value
        created.id = db.lastInsertedRowID
        try AppDatabase.audit(db, actor: actor, entity: "class", id: created.id, action: "create",
                              before: nil, after: AppDatabase.fields(of: created))
        return created
    }

    /// Saves a class's facts. Raising the capacity moves people from the waiting list into
    /// the new seats in the same transaction.
    @discardableResult
    public func updateClass(_ value: CourseClass, by actor: Actor) throws -> CourseClass {
        try writer.write { db in
            guard let old = try AppDatabase.fetchClass(db, id: value.id) else { throw ClassError.notFound }
            try AppDatabase.writeClass(db, value)
            try AppDatabase.audit(db, actor: actor, entity: "class", id: value.id, action: "update",
                                  before: AppDatabase.fields(of: old), after: AppDatabase.fields(of: value))
            try AppDatabase.fillSeats(db, classID: value.id, actor: actor)
            return value
        }
    }

    /// Writes every column of an existing class row inside the caller's transaction.
    static func writeClass(_ db: Database, _ value: CourseClass) throws {
        try db.execute(sql: """
            UPDATE course_class SET course_slug = ?, title = ?, folded_title = ?, field = ?, venue_kind = ?, venue_name = ?,
                venue_link = ?, village_id = ?, instructor_id = ?, guest_instructor = ?, partner = ?, capacity = ?,
                enrol_opens_at = ?, enrol_closes_at = ?, target_groups = ?, points_per_session = ?, summary = ?,
                edition_year = ?, event_type = ?, organiser = ?, audience = ?, indicators = ?, description = ?,
                takes_registration = ?
            WHERE id = ?
            """, arguments: StatementArguments(AppDatabase.columns(of: value) + [value.id]))
    }

    public func courseClass(id: Int64) throws -> CourseClass? {
        try writer.read { db in try AppDatabase.fetchClass(db, id: id) }
    }

    /// Every class, the newest first (the admin list).
    public func classes() throws -> [CourseClass] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM course_class ORDER BY id DESC").map(AppDatabase.courseClass(from:))
        }
    }

    /// Adds sessions to a class (one, or a whole plan at once), in one transaction.
    @discardableResult
    public func addSessions(classID: Int64, times: [(startsAt: Int64, endsAt: Int64)], by actor: Actor) throws -> [ClassSession] {
        try writer.write { db in
            guard try AppDatabase.fetchClass(db, id: classID) != nil else { throw ClassError.notFound }
            return try AppDatabase.insertSessions(db, classID: classID, times: times, actor: actor)
        }
    }

    /// Inserts sessions of a class inside the caller's transaction, with one audit row.
    @discardableResult
    static func insertSessions(_ db: Database, classID: Int64, times: [(startsAt: Int64, endsAt: Int64)],
                               actor: Actor) throws -> [ClassSession] {
        guard !times.isEmpty else { return [] }
        var sessions: [ClassSession] = []
        for time in times {
            try db.execute(sql: "INSERT INTO class_session (class_id, starts_at, ends_at, updated_at) VALUES (?, ?, ?, ?)",
                           arguments: [classID, time.startsAt, time.endsAt, actor.now])
            sessions.append(ClassSession(id: db.lastInsertedRowID, classID: classID, startsAt: time.startsAt, endsAt: time.endsAt,
                                         updatedAt: actor.now))
        }
        try audit(db, actor: actor, entity: "class", id: classID, action: "add-sessions", before: nil,
                  after: ["so_buoi": String(sessions.count)])
        return sessions
    }

    /// Moves a session to a new time; its sequence goes up so calendar apps replace it.
    @discardableResult
    public func moveSession(id: Int64, startsAt: Int64, endsAt: Int64, by actor: Actor) throws -> ClassSession {
        try changeSession(id: id, by: actor, action: "move") { db, session in
            try db.execute(sql: """
                UPDATE class_session SET starts_at = ?, ends_at = ?, cancelled = 0, sequence = sequence + 1, updated_at = ?
                WHERE id = ?
                """, arguments: [startsAt, endsAt, actor.now, id])
        }
    }

    /// Cancels a session; it stays listed as cancelled so nobody travels for nothing.
    @discardableResult
    public func cancelSession(id: Int64, by actor: Actor) throws -> ClassSession {
        try changeSession(id: id, by: actor, action: "cancel") { db, _ in
            try db.execute(sql: "UPDATE class_session SET cancelled = 1, sequence = sequence + 1, updated_at = ? WHERE id = ?",
                           arguments: [actor.now, id])
        }
    }

    public func session(id: Int64) throws -> ClassSession? {
        try writer.read { db in try AppDatabase.fetchSession(db, id: id) }
    }

    /// A class's sessions in time order, cancelled ones included.
    public func sessions(classID: Int64) throws -> [ClassSession] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM class_session WHERE class_id = ? ORDER BY starts_at, id", arguments: [classID])
                .map(AppDatabase.session(from:))
        }
    }

    private func changeSession(id: Int64, by actor: Actor, action: String,
                               _ change: (Database, ClassSession) throws -> Void) throws -> ClassSession {
        try writer.write { db in
            guard let old = try AppDatabase.fetchSession(db, id: id) else { throw ClassError.notFound }
            try change(db, old)
            guard let new = try AppDatabase.fetchSession(db, id: id) else { throw ClassError.notFound }
            try AppDatabase.audit(db, actor: actor, entity: "session", id: id, action: action,
                                  before: AppDatabase.fields(of: old), after: AppDatabase.fields(of: new))
            return new
        }
    }
}
