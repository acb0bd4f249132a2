import Domain
import GRDB

/// A household in a list, with how many people staff linked to it.
public struct HouseholdListing: Sendable, Equatable {
    public var household: Household
    public var memberCount: Int
}

/// Household changes that cannot be done as asked.
public enum HouseholdError: Error, Equatable {
    case notFound
    /// No account has the phone number (or id) given.
    case noSuchPerson
    /// The person is already a member of this household.
    case alreadyMember
    /// The person belongs to another household: staff must remove them there first.
    case inAnotherHousehold(Household)
}

extension AppDatabase {
    /// One page of households, by village (in the villages' alphabetical order) then by the
    /// head's name in Vietnamese list order, and how many there are.
    ///
    /// Sorted here rather than in SQL: the order needs the folded given name, which the table
    /// does not keep, and a commune has a few thousand households at most.
    public func households(villageID: Int64?, limit: Int, offset: Int) throws -> (households: [HouseholdListing], total: Int) {
        let villageRank = Dictionary(uniqueKeysWithValues: try villages().enumerated().map { ($0.element.id, $0.offset) })
        let all = try writer.read { db in
            try db.decodeAll("""
                SELECT household.*, (SELECT COUNT(*) FROM person WHERE person.household_id = household.id) AS members
                FROM household WHERE ?1 IS NULL OR village_id = ?1
                """, [villageID]) { HouseholdListing(household: AppDatabase.household(from: $0), memberCount: $0["members"]) }
        }
        let sorted = all.map { listing in
            // Households without a village come last.
            ((villageRank[listing.household.villageID ?? -1] ?? Int.max, PersonName.sortKey(listing.household.headName),
              listing.household.id), listing)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        return (Array(sorted.dropFirst(offset).prefix(limit)), sorted.count)
    }

    public func household(id: Int64) throws -> Household? {
        try writer.read { db in try AppDatabase.fetchHousehold(db, id: id) }
    }

    /// The people linked to a household, in list order.
    public func householdMembers(of id: Int64) throws -> [Person] {
        try writer.read { db in
            try db.decodeAll("SELECT * FROM person WHERE household_id = ? ORDER BY sort_key, id", [id], AppDatabase.person(from:))
        }
    }

    /// People of the household's village who belong to no household and who wrote this head's
    /// name at registration (diacritics, case and spaces ignored): likely members staff can confirm.
    public func householdSuggestions(for household: Household) throws -> [Person] {
        let key = Household.matchKey(household.headName)
        return try writer.read { db in
            try db.decodeAll("""
                SELECT * FROM person WHERE household_id IS NULL AND village_id IS ? AND household_head != ''
                ORDER BY sort_key, id
                """, [household.villageID], AppDatabase.person(from:))
            .filter { Household.matchKey($0.householdHead) == key }
        }
    }

    /// Adds a household; the audit log records who did it.
    @discardableResult
    public func createHousehold(headName: String, villageID: Int64?, address: String, by actor: Actor) throws -> Household {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO household (head_name, folded_head_name, village_id, address) VALUES (?, ?, ?, ?)",
                           arguments: [headName, Household.matchKey(headName), villageID, address])
            let household = Household(id: db.lastInsertedRowID, headName: headName, villageID: villageID, address: address)
            try AppDatabase.audit(db, actor: actor, entity: "household", id: household.id, action: "create",
                                  before: nil, after: AppDatabase.fields(of: household))
            return household
        }
    }

    /// Changes a household's head name, village or address, keeping the old values in the audit log.
    public func updateHousehold(_ household: Household, by actor: Actor) throws -> Household {
        try writer.write { db in
            guard let old = try AppDatabase.fetchHousehold(db, id: household.id) else { throw HouseholdError.notFound }
            try db.execute(sql: "UPDATE household SET head_name = ?, folded_head_name = ?, village_id = ?, address = ? WHERE id = ?",
                           arguments: [household.headName, Household.matchKey(household.headName), household.villageID,
                                       household.address, household.id])
            try AppDatabase.audit(db, actor: actor, entity: "household", id: household.id, action: "update",
                                  before: AppDatabase.fields(of: old), after: AppDatabase.fields(of: household))
            return household
        }
    }

    /// Links the person with this phone number to the household.
    @discardableResult
    public func addHouseholdMember(phone: PhoneNumber, to householdID: Int64, by actor: Actor) throws -> Person {
        try addHouseholdMember(to: householdID, by: actor) { db in
            try Row.fetchOne(db, sql: "SELECT * FROM person WHERE phone = ?", arguments: [phone.digits])
        }
    }

    /// Links a person (a suggestion staff confirmed) to the household. Like every change to
    /// membership, logged on the person's record.
    @discardableResult
    public func addHouseholdMember(personID: Int64, to householdID: Int64, by actor: Actor) throws -> Person {
        try addHouseholdMember(to: householdID, by: actor) { db in
            try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [personID])
        }
    }

    /// Unlinks a member from the household; their account is untouched. Logged on the
    /// person's record, so the resident sees it in the history of their own record.
    public func removeHouseholdMember(personID: Int64, from householdID: Int64, by actor: Actor) throws {
        try writer.write { db in
            guard let household = try AppDatabase.fetchHousehold(db, id: householdID) else { throw HouseholdError.notFound }
            try db.execute(sql: "UPDATE person SET household_id = NULL WHERE id = ? AND household_id = ?",
                           arguments: [personID, householdID])
            guard db.changesCount == 1 else { throw HouseholdError.noSuchPerson }
            try AppDatabase.audit(db, actor: actor, entity: "person", id: personID, action: "remove-member",
                                  before: ["ho_gia_dinh": household.headName], after: nil)
        }
    }

    /// The check and the link in one transaction, so two staff adding the same person at once
    /// cannot put them in two households.
    private func addHouseholdMember(to householdID: Int64, by actor: Actor, find: (Database) throws -> Row?) throws -> Person {
        try writer.write { db in
            guard try AppDatabase.fetchHousehold(db, id: householdID) != nil else { throw HouseholdError.notFound }
            guard var person = try find(db).map(AppDatabase.person(from:)) else { throw HouseholdError.noSuchPerson }
            if let current = person.householdID {
                guard current != householdID else { throw HouseholdError.alreadyMember }
                guard let other = try AppDatabase.fetchHousehold(db, id: current) else { throw HouseholdError.notFound }
                throw HouseholdError.inAnotherHousehold(other)
            }
            try db.execute(sql: "UPDATE person SET household_id = ? WHERE id = ?", arguments: [householdID, person.id])
            let household = try AppDatabase.fetchHousehold(db, id: householdID)
            try AppDatabase.audit(db, actor: actor, entity: "person", id: person.id, action: "add-member",
                                  before: nil, after: household.map { ["ho_gia_dinh": $0.headName] })
            person.householdID = householdID
            return person
        }
    }

    private static func fetchHousehold(_ db: Database, id: Int64) throws -> Household? {
        try db.decodeOne("SELECT * FROM household WHERE id = ?", [id], household(from:))
    }

    static func household(from row: Row) -> Household {
        Household(id: row["id"], headName: row["head_name"], villageID: row["village_id"], address: row["address"])
    }

    static func fields(of household: Household) -> [String: String] {
        ["chu_ho": household.headName, "thon": household.villageID.map(String.init) ?? "", "dia_chi": household.address]
    }
}
