import Domain
import Foundation
import GRDB

/// Why confirming an import saved nothing.
public enum ImportError: Error, Equatable {
    /// These phones (digits, sorted) got an account between the preview and the confirmation,
    /// or appear twice in what was confirmed.
    case phonesTaken([String])
    /// The uploaded file is gone: already imported (a second click), replaced by a newer
    /// upload of the same staff member, or pruned after a day.
    case pendingImportGone
}

extension AppDatabase {
    /// How long an uploaded file waits for its confirmation.
    public static let pendingImportLifetime: Int64 = 24 * 3600

    /// Keeps an uploaded file between its preview and the confirmation; returns its id.
    /// A staff member has one import in progress, so their earlier uploads are deleted, and
    /// so is anyone's upload older than a day (a file of residents' data is not kept for nothing).
    public func stageImport(fileName: String, content: [UInt8], by actor: Actor) throws -> Int64 {
        let uploader = AppDatabase.uploader(actor)
        return try writer.write { db in
            try db.execute(sql: "DELETE FROM pending_import WHERE person_id = ? OR created_at <= ?",
                           arguments: [uploader, actor.now - AppDatabase.pendingImportLifetime])
            try db.execute(sql: "INSERT INTO pending_import (person_id, file_name, content, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [uploader, fileName, Data(content), actor.now])
            return db.lastInsertedRowID
        }
    }

    /// An uploaded file, only for the staff member who uploaded it.
    public func pendingImport(id: Int64, personID: Int64) throws -> (fileName: String, content: [UInt8])? {
        try writer.read { db in
            try db.decodeOne("SELECT file_name, content FROM pending_import WHERE id = ? AND person_id = ?",
                             [id, personID]) { ($0["file_name"], [UInt8]($0["content"] as Data)) }
        }
    }

    /// The digits of every phone that has an account, to find duplicates before an import.
    public func existingPhones() throws -> Set<String> {
        try writer.read { db in Set(try String.fetchAll(db, sql: "SELECT phone FROM person")) }
    }

    /// Creates an account for every resident of a confirmed import and deletes the uploaded
    /// file, in one transaction: every row or none. Phones are checked again inside the
    /// transaction, since someone may have registered after the preview.
    ///
    /// Accounts have no password (staff print setup codes as for assisted registration) and
    /// record the uploader as who registered them. Consent is recorded now: staff collected
    /// it on paper with the list (the import page has them confirm that before saving).
    /// Each account gets its own audit row (action "import") with the masked fields.
    /// Throws `ImportError`.
    public func importResidents(_ residents: [PersonDetails], pendingID: Int64, by actor: Actor) throws -> [Person] {
        let uploader = AppDatabase.uploader(actor)
        return try writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM pending_import WHERE id = ? AND person_id = ?",
                                    arguments: [pendingID, uploader]) != nil else {
                throw ImportError.pendingImportGone
            }
            var phones = Set(try String.fetchAll(db, sql: "SELECT phone FROM person"))
            var taken: Set<String> = []
            for resident in residents where !phones.insert(resident.phone.digits).inserted {
                taken.insert(resident.phone.digits)
            }
            guard taken.isEmpty else { throw ImportError.phonesTaken(taken.sorted()) }
            var people: [Person] = []
            people.reserveCapacity(residents.count)
            for resident in residents {
                let person = try AppDatabase.insertPerson(db, NewPerson(resident, passwordHash: nil, registeredBy: uploader), now: actor.now)
                try AppDatabase.audit(db, actor: actor, entity: "person", id: person.id, action: "import",
                                      before: nil, after: AppDatabase.maskedFields(of: person))
                people.append(person)
            }
            try db.execute(sql: "DELETE FROM pending_import WHERE id = ?", arguments: [pendingID])
            return people
        }
    }

    /// The staff member behind an import. Only signed-in staff upload files, so an actor
    /// without a person (the server itself) is a programming error, not a user's.
    private static func uploader(_ actor: Actor) -> Int64 {
        guard let personID = actor.personID else { preconditionFailure("an import needs a signed-in staff member") }
        return personID
    }
}
