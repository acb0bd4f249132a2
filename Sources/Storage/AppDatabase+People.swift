import Domain
import GRDB

/// What a new account holds before it has an id.
public struct NewPerson: Sendable {
    public var phone: PhoneNumber
    public var fullName: String
    public var birthYear: Int?
    public var sex: Sex?
    public var group: TargetGroup?
    public var villageID: Int64?
    public var role: Role
    public var passwordHash: String?
    public var registeredBy: Int64?
    public var householdHead: String
    public var ethnicity: String
    public var citizenID: CitizenID?

    public init(phone: PhoneNumber, fullName: String, birthYear: Int? = nil, sex: Sex? = nil,
                group: TargetGroup? = nil, villageID: Int64? = nil, role: Role = .resident, passwordHash: String?,
                registeredBy: Int64? = nil, householdHead: String = "", ethnicity: String = "", citizenID: CitizenID? = nil) {
        self.phone = phone
        self.fullName = fullName
        self.birthYear = birthYear
        self.sex = sex
        self.group = group
        self.villageID = villageID
        self.role = role
        self.passwordHash = passwordHash
        self.registeredBy = registeredBy
        self.householdHead = householdHead
        self.ethnicity = ethnicity
        self.citizenID = citizenID
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
        try db.execute(sql: """
            INSERT INTO person (phone, full_name, folded_name, sort_key, birth_year, sex, target_group, village_id, role,
                                password_hash, consent_at, registered_by, created_at, household_head, ethnicity, citizen_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [new.phone.digits, new.fullName, TextFolding.fold(new.fullName), PersonName.sortKey(new.fullName),
                             new.birthYear,
                             new.sex?.rawValue, new.group?.number, new.villageID, new.role.rawValue, new.passwordHash,
                             now, new.registeredBy, now, new.householdHead, new.ethnicity, new.citizenID?.digits])
        return Person(id: db.lastInsertedRowID, phone: new.phone, fullName: new.fullName,
                      birthYear: new.birthYear, sex: new.sex, group: new.group, villageID: new.villageID,
                      role: new.role, consentAt: now, registeredBy: new.registeredBy,
                      householdHead: new.householdHead, ethnicity: new.ethnicity, citizenID: new.citizenID)
    }

    /// The person with this phone and their password hash (nil until they set one).
    public func personForLogin(phone: PhoneNumber) throws -> (person: Person, passwordHash: String?)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM person WHERE phone = ?", arguments: [phone.digits]).map {
                (AppDatabase.person(from: $0), $0["password_hash"])
            }
        }
    }

    public func person(id: Int64) throws -> Person? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id]).map(AppDatabase.person(from:))
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
