import Domain
import GRDB

extension AppDatabase {
    /// Saves what makes a class an event of the Week: its kind, organisers, audience,
    /// description, and whether residents register, with the seats that go with
    /// it (`EventDetails.openCapacity` for an open event). The event stays in its edition.
    /// As when a class's capacity changes, nobody loses a seat they hold, and seats that
    /// appear (more of them, or an event made open) go to the waiting list in order, in the
    /// same transaction. Throws `ClassError.notFound` for a class that is not an event.
    @discardableResult
    public func updateEventDetails(classID: Int64, details: EventDetails, capacity: Int, by actor: Actor) throws -> CourseClass {
        try writer.write { db in
            guard let old = try AppDatabase.fetchClass(db, id: classID), let oldDetails = old.event else { throw ClassError.notFound }
            var new = old
            new.capacity = capacity
            new.event = details
            new.event?.editionYear = oldDetails.editionYear
            try AppDatabase.writeClass(db, new)
            try AppDatabase.audit(db, actor: actor, entity: "class", id: classID, action: "update-event",
                                  before: AppDatabase.eventFields(of: old), after: AppDatabase.eventFields(of: new))
            try AppDatabase.fillSeats(db, classID: classID, actor: actor)
            return new
        }
    }

    private static func eventFields(of value: CourseClass) -> [String: String] {
        guard let event = value.event else { return [:] }
        return ["loai": event.type.rawValue, "don_vi_to_chuc": event.organiser, "danh_cho": event.audience,
                "mo_ta": event.description,
                "dang_ky": event.takesRegistration ? "co" : "khong", "so_cho": String(value.capacity)]
    }
}
