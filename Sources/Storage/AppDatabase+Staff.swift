import Domain
import GRDB

/// Role changes that are refused.
public enum RoleChangeError: Error, Equatable {
    /// No account has the phone number given.
    case noSuchPerson
    /// Administrators may not lower their own role (another administrator must do it).
    case ownRoleLowered
    /// The only administrator cannot be demoted: nobody could give roles any more.
    case lastAdministrator
}

extension AppDatabase {
    /// Everyone with more than a resident's role, in list order.
    public func staffMembers() throws -> [Person] {
        try writer.read { db in
            try db.decodeAll("SELECT * FROM person WHERE role != 'resident' ORDER BY sort_key, id", StatementArguments(), AppDatabase.person(from:))
        }
    }

    /// Gives the account with this phone number a role. The checks and the change run in one
    /// transaction, so two administrators demoting each other at once still leave one.
    /// Sessions need no update: the role is read from the person on every request.
    @discardableResult
    public func changeRole(phone: PhoneNumber, to role: Role, by actor: Actor) throws -> Person {
        try writer.write { db in
            guard var person = try db.decodeOne("SELECT * FROM person WHERE phone = ?", [phone.digits], AppDatabase.person(from:)) else { throw RoleChangeError.noSuchPerson }
            guard person.role != role else { return person }
            if person.id == actor.personID, role < person.role { throw RoleChangeError.ownRoleLowered }
            if person.role == .admin {
                let admins = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person WHERE role = 'admin'") ?? 0
                if admins <= 1 { throw RoleChangeError.lastAdministrator }
            }
            try db.execute(sql: "UPDATE person SET role = ? WHERE id = ?", arguments: [role.rawValue, person.id])
            try AppDatabase.audit(db, actor: actor, entity: "person", id: person.id, action: "role",
                                  before: ["vai_tro": person.role.rawValue], after: ["vai_tro": role.rawValue])
            person.role = role
            return person
        }
    }
}
