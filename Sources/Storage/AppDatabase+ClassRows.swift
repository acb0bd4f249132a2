import Domain
import GRDB

/// Rows of classes and sessions, and their audit fields.
extension AppDatabase {
    static func fetchClass(_ db: Database, id: Int64) throws -> CourseClass? {
        try db.decodeOne("SELECT * FROM course_class WHERE id = ?", [id], courseClass(from:))
    }

    static func fetchSession(_ db: Database, id: Int64) throws -> ClassSession? {
        try db.decodeOne("SELECT * FROM class_session WHERE id = ?", [id], session(from:))
    }

    static func courseClass(from row: Row) -> CourseClass {
        let groups: String = row["target_groups"]
        return CourseClass(
            id: row["id"], courseSlug: row["course_slug"], title: row["title"],
            field: Field(rawValue: row["field"]) ?? .lifeSkills,
            venue: Venue(kind: Venue.Kind(rawValue: row["venue_kind"]) ?? .other, name: row["venue_name"], link: row["venue_link"]),
            villageID: row["village_id"], instructorID: row["instructor_id"], guestInstructor: row["guest_instructor"],
            partner: row["partner"], capacity: row["capacity"], enrolOpensAt: row["enrol_opens_at"],
            enrolClosesAt: row["enrol_closes_at"],
            groups: groups.split(separator: ",").compactMap { Int($0).flatMap(TargetGroup.init(number:)) },
            pointsPerSession: row["points_per_session"], summary: row["summary"],
            indicators: (row["indicators"] as String).split(separator: ",").compactMap { Int($0) }, event: event(from: row))
    }

    /// The session columns `sessionsWithClasses` reads, by position.
    static let sessionColumns = """
        class_session.id, class_session.class_id, class_session.starts_at, class_session.ends_at,
        class_session.cancelled, class_session.sequence, class_session.updated_at
        """

    /// Sessions (selected with `sessionColumns`) each with its class. Schedules list hundreds
    /// of sessions of a few dozen classes: each class is read once and the session columns
    /// by position, instead of decoding every class again for every session by column name.
    static func sessionsWithClasses(_ db: Database, sql: String, arguments: StatementArguments)
        throws -> [(session: ClassSession, courseClass: CourseClass)] {
        let sessions = try db.decodeAll(sql, arguments) { row in
            ClassSession(id: row[0], classID: row[1], startsAt: row[2], endsAt: row[3], cancelled: row[4], sequence: row[5],
                         updatedAt: row[6])
        }
        let ids = Array(Set(sessions.map(\.classID)))
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        // Not cached: the list's length varies. Decoded from the cursor all the same.
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM course_class WHERE id IN (\(placeholders))",
                                       arguments: StatementArguments(ids))
        var classes: [Int64: CourseClass] = [:]
        while let row = try rows.next() {
            classes[row["id"]] = courseClass(from: row)
        }
        return sessions.compactMap { session in classes[session.classID].map { (session, $0) } }
    }

    static func session(from row: Row) -> ClassSession {
        ClassSession(id: row["id"], classID: row["class_id"], startsAt: row["starts_at"], endsAt: row["ends_at"],
                     cancelled: row["cancelled"], sequence: row["sequence"], updatedAt: row["updated_at"])
    }

    /// The event columns of a class row, when it is an event of the Week.
    static func event(from row: Row) -> EventDetails? {
        guard let year: Int = row["edition_year"], let type = EventType(rawValue: row["event_type"] ?? "") else { return nil }
        return EventDetails(editionYear: year, type: type, organiser: row["organiser"], audience: row["audience"],
                            description: row["description"], takesRegistration: row["takes_registration"])
    }

    /// The values of the class's columns in the order `createClass` and `updateClass` write them.
    static func columns(of value: CourseClass) -> [(any DatabaseValueConvertible)?] {
        [value.courseSlug, value.title, TextFolding.fold(value.title), value.field.code, value.venue.kind.rawValue, value.venue.name,
         value.venue.link, value.villageID, value.instructorID, value.guestInstructor, value.partner, value.capacity,
         value.enrolOpensAt, value.enrolClosesAt, value.groups.map { String($0.number) }.joined(separator: ","),
         value.pointsPerSession, value.summary, value.event?.editionYear, value.event?.type.rawValue, value.event?.organiser ?? "",
         value.event?.audience ?? "", value.indicators.map(String.init).joined(separator: ","),
         value.event?.description ?? "", value.event?.takesRegistration ?? true]
    }

    static func fields(of value: CourseClass) -> [String: String] {
        ["ten": value.title, "khoa_hoc": value.courseSlug ?? "", "dia_diem": value.venue.kind.rawValue + " " + value.venue.name,
         "so_cho": String(value.capacity), "diem_moi_buoi": String(value.pointsPerSession),
         "giang_vien": value.instructorID.map(String.init) ?? value.guestInstructor,
         "chi_so": value.indicators.map(String.init).joined(separator: ",")]
    }

    static func fields(of session: ClassSession) -> [String: String] {
        ["bat_dau": DateText.dayAndTime(unixSeconds: session.startsAt), "ket_thuc": DateText.dayAndTime(unixSeconds: session.endsAt),
         "da_huy": session.cancelled ? "co" : "khong"]
    }
}
