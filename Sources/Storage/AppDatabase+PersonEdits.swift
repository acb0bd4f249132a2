import Domain
import GRDB

extension AppDatabase {
    /// Saves the editable facts of `person` (phone, name, birth year, sex, village, group,
    /// household head, ethnicity, CCCD) with one audit row naming only what changed.
    /// The person may be editing themselves or staff may be. Throws `PeopleError.phoneTaken`.
    @discardableResult
    public func updatePerson(_ person: Person, by actor: Actor) throws -> Person {
        do {
            return try writer.write { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [person.id]) else {
                    throw PeopleError.notFound
                }
                let old = AppDatabase.person(from: row)
                try db.execute(sql: """
                    UPDATE person SET phone = ?, full_name = ?, folded_name = ?, sort_key = ?, birth_year = ?, sex = ?,
                        target_group = ?, village_id = ?, household_head = ?, ethnicity = ?, citizen_id = ?
                    WHERE id = ?
                    """, arguments: [person.phone.digits, person.fullName, TextFolding.fold(person.fullName),
                                     PersonName.sortKey(person.fullName), person.birthYear, person.sex?.rawValue,
                                     person.group?.number, person.villageID, person.householdHead, person.ethnicity,
                                     person.citizenID?.digits, person.id])
                let (before, after) = AppDatabase.changes(from: old, to: person)
                if !after.isEmpty {
                    try AppDatabase.audit(db, actor: actor, entity: "person", id: person.id, action: "update",
                                          before: before, after: after)
                }
                return try db.decodeOne("SELECT * FROM person WHERE id = ?", [person.id], AppDatabase.person(from:)) ?? person
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw PeopleError.phoneTaken
        }
    }

    /// A new password chosen by its owner: every other session ends, so a thief who knew the
    /// old one is signed out. Audited without any value.
    public func changePassword(personID: Int64, passwordHash: String, keepingSession digest: String?, by actor: Actor) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE person SET password_hash = ? WHERE id = ?", arguments: [passwordHash, personID])
            try db.execute(sql: "DELETE FROM session WHERE person_id = ? AND token_digest IS NOT ?", arguments: [personID, digest])
            try AppDatabase.audit(db, actor: actor, entity: "person", id: personID, action: "password-change",
                                  before: nil, after: nil)
        }
    }

    /// The password hash kept for a person (nil until they set one).
    public func passwordHash(personID: Int64) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM person WHERE id = ?", arguments: [personID])
        }
    }

    /// Personal fields as the audit log keeps them. The phone and CCCD are partly hidden and
    /// ethnicity (sensitive data under Decree 13/2023) only says whether it is filled in, so
    /// the log shows who changed what without becoming a second copy of the register.
    static func maskedFields(of person: Person) -> [String: String] {
        Dictionary(uniqueKeysWithValues: auditFields(of: person).map { ($0.key, $0.masked) })
    }

    /// The masked values of the fields that differ. Compared unmasked, so a new CCCD with the
    /// same last digits, or a corrected ethnicity, still shows as a change.
    static func changes(from old: Person, to new: Person) -> (before: [String: String], after: [String: String]) {
        var before: [String: String] = [:]
        var after: [String: String] = [:]
        for (was, now) in zip(auditFields(of: old), auditFields(of: new)) where was.raw != now.raw {
            before[was.key] = was.masked
            after[now.key] = now.masked
        }
        return (before, after)
    }

    private static func auditFields(of person: Person) -> [(key: String, raw: String, masked: String)] {
        let digits = person.phone.digits
        let phone = String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 6) + String(digits.suffix(3))
        func plain(_ key: String, _ value: String) -> (key: String, raw: String, masked: String) { (key, value, value) }
        return [
            plain("ho_ten", person.fullName),
            ("so_dien_thoai", digits, phone),
            plain("nam_sinh", person.birthYear.map(String.init) ?? ""),
            plain("gioi_tinh", person.sex?.rawValue ?? ""),
            plain("thon", person.villageID.map(String.init) ?? ""),
            plain("nhom", person.group.map { String($0.number) } ?? ""),
            plain("chu_ho", person.householdHead),
            ("dan_toc", person.ethnicity, person.ethnicity.isEmpty ? "" : "***"),
            ("cccd", person.citizenID?.digits ?? "", person.citizenID?.masked ?? ""),
        ]
    }
}
