import Domain
import GRDB

/// What a new account holds before it has an id.
public struct NewPerson: Sendable {
    public var details: PersonDetails
    public var role: Role
    public var passwordHash: String?
    public var registeredBy: Int64?

    /// An account for a person with these facts.
    public init(_ details: PersonDetails, role: Role = .resident, passwordHash: String?, registeredBy: Int64? = nil) {
        self.details = details
        self.role = role
        self.passwordHash = passwordHash
        self.registeredBy = registeredBy
    }

    /// The facts spelled out, as scripts and tests give them.
    public init(phone: PhoneNumber, fullName: String, birthYear: Int? = nil, sex: Sex? = nil,
                group: TargetGroup? = nil, villageID: Int64? = nil, role: Role = .resident, passwordHash: String?,
                registeredBy: Int64? = nil, householdHead: String = "", ethnicity: String = "", citizenID: CitizenID? = nil) {
        self.init(PersonDetails(phone: phone, fullName: fullName, birthYear: birthYear, sex: sex, group: group,
                                villageID: villageID, householdHead: householdHead, ethnicity: ethnicity, citizenID: citizenID),
                  role: role, passwordHash: passwordHash, registeredBy: registeredBy)
    }
}

/// Writes about people that cannot be done as asked.
public enum PeopleError: Error, Equatable {
    /// Another account already uses this phone number.
    case phoneTaken
    /// No account has this id (deleted meanwhile, or a stale link).
    case notFound
}

extension AppDatabase {
    /// Creates an account for someone registering themselves from `address` (a phone on the
    /// web, or `hoctap create-admin`); consent is recorded at `now` (the form asks for it first).
    /// The audit row opens the history the person sees of their own record.
    public func createPerson(_ new: NewPerson, now: Int64, address: String = "-") throws -> Person {
        do {
            return try writer.write { db in
                let person = try AppDatabase.insertPerson(db, new, now: now)
                try AppDatabase.audit(db, actor: Actor(personID: person.id, address: address, now: now), entity: "person",
                                      id: person.id, action: "create", before: nil, after: AppDatabase.maskedFields(of: person))
                return person
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw PeopleError.phoneTaken
        }
    }

    static func insertPerson(_ db: Database, _ new: NewPerson, now: Int64) throws -> Person {
        let details = new.details
        try db.execute(sql: """
            INSERT INTO person (phone, full_name, folded_name, sort_key, birth_year, sex, target_group, village_id, role,
                                password_hash, consent_at, registered_by, created_at, household_head, ethnicity, citizen_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [details.phone.digits, details.fullName, TextFolding.fold(details.fullName),
                             PersonName.sortKey(details.fullName), details.birthYear, details.sex?.rawValue, details.group?.number,
                             details.villageID, new.role.rawValue, new.passwordHash, now, new.registeredBy, now,
                             details.householdHead, details.ethnicity, details.citizenID?.digits])
        let person = Person(id: db.lastInsertedRowID, phone: details.phone, fullName: details.fullName, birthYear: nil, sex: nil,
                            group: nil, role: new.role, consentAt: now, registeredBy: new.registeredBy)
        return details.applied(to: person)
    }

    /// The person with this phone and their password hash (nil until they set one).
    public func personForLogin(phone: PhoneNumber) throws -> (person: Person, passwordHash: String?)? {
        try writer.read { db in
            try db.decodeOne("SELECT * FROM person WHERE phone = ?", [phone.digits]) {
                (AppDatabase.person(from: $0), $0["password_hash"])
            }
        }
    }

    public func person(id: Int64) throws -> Person? {
        try writer.read { db in
            try db.decodeOne("SELECT * FROM person WHERE id = ?", [id], AppDatabase.person(from:))
        }
    }

    /// How many accounts have each role.
    public func countPeople() throws -> [Role: Int] {
        try writer.read { db in
            var counts: [Role: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT role, COUNT(*) AS n FROM person GROUP BY role") {
                if let role = Role(rawValue: row["role"]) { counts[role] = row["n"] }
            }
            return counts
        }
    }

    static func person(from row: Row) -> Person {
        Person(
            id: row["id"], phone: PhoneNumber(row["phone"])!, fullName: row["full_name"],
            birthYear: row["birth_year"], sex: (row["sex"] as String?).flatMap(Sex.init(rawValue:)),
            group: (row["target_group"] as Int?).flatMap(TargetGroup.init(number:)), villageID: row["village_id"],
            role: Role(rawValue: row["role"]) ?? .resident, consentAt: row["consent_at"],
            registeredBy: row["registered_by"], householdID: row["household_id"], householdHead: row["household_head"],
            ethnicity: row["ethnicity"], citizenID: (row["citizen_id"] as String?).flatMap(CitizenID.init))
    }
}
