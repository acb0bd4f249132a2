import Domain
import GRDB

/// A year's Week as stored: its dates and theme, and whether the theme is still a placeholder.
public struct StoredEdition: Sendable, Equatable {
    public var edition: WeekEdition
    public var themeIsPlaceholder: Bool
    public var description: String

    public init(edition: WeekEdition, themeIsPlaceholder: Bool = false, description: String = "") {
        self.edition = edition
        self.themeIsPlaceholder = themeIsPlaceholder
        self.description = description
    }
}

/// Writes about editions that cannot be done as asked.
public enum EditionError: Error, Equatable {
    case yearTaken
    case notFound
}

extension AppDatabase {
    /// Every edition, the latest year first.
    public func editions() throws -> [StoredEdition] {
        try writer.read { db in
            try db.decodeAll("SELECT * FROM week_edition ORDER BY year DESC", StatementArguments(), AppDatabase.edition(from:)).compactMap { $0 }
        }
    }

    public func edition(year: Int) throws -> StoredEdition? {
        try writer.read { db in
            try (db.decodeOne("SELECT * FROM week_edition WHERE year = ?", [year], AppDatabase.edition(from:)) ?? nil)
        }
    }

    /// Adds a year's edition (one per year). Audited.
    public func createEdition(_ stored: StoredEdition, by actor: Actor) throws {
        do {
            try writer.write { db in
                try db.execute(sql: """
                    INSERT INTO week_edition (year, starts_on, ends_on, theme, theme_is_placeholder, slogan, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: AppDatabase.columns(of: stored))
                try AppDatabase.audit(db, actor: actor, entity: "week", id: Int64(stored.edition.year), action: "create",
                                      before: nil, after: AppDatabase.fields(of: stored))
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw EditionError.yearTaken
        }
    }

    /// Saves an edition's dates and texts. Audited.
    public func updateEdition(_ stored: StoredEdition, by actor: Actor) throws {
        try writer.write { db in
            guard let old = try (db.decodeOne("SELECT * FROM week_edition WHERE year = ?", [stored.edition.year], AppDatabase.edition(from:)) ?? nil) else { throw EditionError.notFound }
            try db.execute(sql: """
                UPDATE week_edition SET starts_on = ?2, ends_on = ?3, theme = ?4, theme_is_placeholder = ?5, slogan = ?6, description = ?7
                WHERE year = ?1
                """, arguments: AppDatabase.columns(of: stored))
            try AppDatabase.audit(db, actor: actor, entity: "week", id: Int64(stored.edition.year), action: "update",
                                  before: AppDatabase.fields(of: old), after: AppDatabase.fields(of: stored))
        }
    }

    static func edition(from row: Row) -> StoredEdition? {
        guard let startsOn = LocalDate(parsing: row["starts_on"]), let endsOn = LocalDate(parsing: row["ends_on"]) else { return nil }
        return StoredEdition(
            edition: WeekEdition(year: row["year"], startsOn: startsOn, endsOn: endsOn, theme: row["theme"], slogan: row["slogan"]),
            themeIsPlaceholder: row["theme_is_placeholder"], description: row["description"])
    }

    static func columns(of stored: StoredEdition) -> StatementArguments {
        [stored.edition.year, stored.edition.startsOn.isoText, stored.edition.endsOn.isoText, stored.edition.theme,
         stored.themeIsPlaceholder, stored.edition.slogan, stored.description]
    }

    static func fields(of stored: StoredEdition) -> [String: String] {
        ["tu_ngay": stored.edition.startsOn.description, "den_ngay": stored.edition.endsOn.description, "chu_de": stored.edition.theme,
         "khau_hieu": stored.edition.slogan]
    }
}

extension AppDatabase {
    /// An edition's events with their one session each, in time order.
    public func events(year: Int) throws -> [(session: ClassSession, courseClass: CourseClass)] {
        try writer.read { db in
            try AppDatabase.sessionsWithClasses(db, sql: """
                SELECT \(AppDatabase.sessionColumns)
                FROM class_session JOIN course_class ON course_class.id = class_session.class_id
                WHERE course_class.edition_year = ?
                ORDER BY class_session.starts_at, class_session.id
                """, arguments: [year])
        }
    }
}

extension AppDatabase {
    /// Starts a year's Week from an earlier one: the new edition (its theme marked as a
    /// placeholder until the Ministry's arrives) and a copy of every event, moved by whole
    /// days to the new dates at the same times, for staff to edit. All in one transaction.
    /// Registrations and attendance are not copied: they belong to the year they happened.
    @discardableResult
    public func cloneEdition(from year: Int, to new: WeekEdition, by actor: Actor) throws -> Int {
        do {
            return try writer.write { db in
                guard let source = try (db.decodeOne("SELECT * FROM week_edition WHERE year = ?", [year], AppDatabase.edition(from:)) ?? nil) else { throw EditionError.notFound }
                let stored = StoredEdition(edition: new, themeIsPlaceholder: true, description: source.description)
                try db.execute(sql: """
                    INSERT INTO week_edition (year, starts_on, ends_on, theme, theme_is_placeholder, slogan, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: AppDatabase.columns(of: stored))
                try AppDatabase.audit(db, actor: actor, entity: "week", id: Int64(new.year), action: "clone",
                                      before: ["tu_nam": String(year)], after: AppDatabase.fields(of: stored))
                let events = try AppDatabase.sessionsWithClasses(db, sql: """
                    SELECT \(AppDatabase.sessionColumns)
                    FROM class_session JOIN course_class ON course_class.id = class_session.class_id
                    WHERE course_class.edition_year = ? AND class_session.cancelled = 0
                    ORDER BY class_session.starts_at, class_session.id
                    """, arguments: [year])
                let times = source.edition.shifted(events.map { ($0.session.startsAt, $0.session.endsAt) }, to: new)
                for (event, time) in zip(events, times) {
                    var copy = event.courseClass
                    copy.event?.editionYear = new.year
                    // Last year's enrolment dates would close the copy at once: staff set new ones.
                    copy.enrolOpensAt = nil
                    copy.enrolClosesAt = nil
                    let created = try AppDatabase.insertClass(db, copy, actor: actor)
                    try AppDatabase.insertSessions(db, classID: created.id, times: [time], actor: actor)
                }
                return events.count
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw EditionError.yearTaken
        }
    }
}
