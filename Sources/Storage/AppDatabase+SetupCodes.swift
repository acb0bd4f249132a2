import Domain
import GRDB

extension AppDatabase {
    /// Registers a resident on their behalf (no password yet) with a one-time code, in one
    /// transaction with its audit entry. Throws `PeopleError.phoneTaken`.
    public func registerAssisted(_ new: NewPerson, codeDigest: String, expiresAt: Int64, by actor: Actor) throws -> Person {
        var assisted = new
        assisted.registeredBy = actor.personID
        assisted.passwordHash = nil
        do {
            return try writer.write { db in
                let person = try AppDatabase.insertPerson(db, assisted, now: actor.now)
                try db.execute(sql: "INSERT INTO setup_code (person_id, code_digest, expires_at) VALUES (?, ?, ?)",
                               arguments: [person.id, codeDigest, expiresAt])
                try AppDatabase.audit(db, actor: actor, entity: "person", id: person.id, action: "create",
                                      before: nil, after: AppDatabase.maskedFields(of: person))
                return person
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw PeopleError.phoneTaken
        }
    }

    /// A new one-time code for a person who forgot their password (replaces any earlier code).
    public func issueSetupCode(personID: Int64, codeDigest: String, expiresAt: Int64, by actor: Actor) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setup_code (person_id, code_digest, expires_at) VALUES (?, ?, ?)",
                           arguments: [personID, codeDigest, expiresAt])
            try AppDatabase.audit(db, actor: actor, entity: "person", id: personID, action: "password-reset",
                                  before: nil, after: nil)
        }
    }

    /// Uses a one-time code: when it matches and has not expired, sets the password, deletes
    /// the code and ends every session, all at once. Returns the person, or nil.
    public func redeemSetupCode(phone: PhoneNumber, codeDigest: String, passwordHash: String, now: Int64) throws -> Person? {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT person.* FROM setup_code JOIN person ON person.id = setup_code.person_id
                WHERE person.phone = ? AND setup_code.code_digest = ? AND setup_code.expires_at > ?
                """, arguments: [phone.digits, codeDigest, now]) else { return nil }
            let person = AppDatabase.person(from: row)
            try db.execute(sql: "UPDATE person SET password_hash = ? WHERE id = ?", arguments: [passwordHash, person.id])
            try db.execute(sql: "DELETE FROM setup_code WHERE person_id = ?", arguments: [person.id])
            try db.execute(sql: "DELETE FROM session WHERE person_id = ?", arguments: [person.id])
            return person
        }
    }
}
