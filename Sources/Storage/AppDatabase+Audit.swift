import Domain
import Foundation
import GRDB

/// Who makes a change, and from where: every staff write carries one.
public struct Actor: Sendable {
    /// Nil for the server itself (demo data, maintenance commands).
    public var personID: Int64?
    public var address: String
    public var now: Int64

    public init(personID: Int64?, address: String, now: Int64) {
        self.personID = personID
        self.address = address
        self.now = now
    }

    /// The server acting on its own, e.g. loading demo data.
    public static func system(now: Int64) -> Actor { Actor(personID: nil, address: "hoctap", now: now) }
}

/// One line of the audit log.
public struct AuditEntry: Sendable, Equatable {
    public var at: Int64
    public var actorID: Int64?
    public var actorName: String?
    public var address: String
    public var entity: String
    public var entityID: Int64?
    public var action: String
    public var before: [String: String]?
    public var after: [String: String]?
}

extension AppDatabase {
    /// Writes an audit row inside the caller's transaction, so the change and its record
    /// land together or not at all.
    static func audit(_ db: Database, actor: Actor, entity: String, id: Int64?, action: String,
                      before: [String: String]?, after: [String: String]?) throws {
        try db.run("""
            INSERT INTO audit_log (at, actor_id, address, entity, entity_id, action, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [actor.now, actor.personID, actor.address, entity, id, action, json(before), json(after)])
    }

    /// The newest entries first, optionally for one entity.
    public func auditEntries(entity: String? = nil, id: Int64? = nil, limit: Int = 200) throws -> [AuditEntry] {
        // One query per case rather than "(?1 IS NULL OR entity = ?1)": SQLite cannot use the
        // (entity, entity_id) index for that form, and a resident's page would then read the
        // whole log, which grows with every roll-call change for years.
        let filter = switch (entity, id) {
        case (.some, .some): "WHERE entity = ?1 AND entity_id = ?2"
        case (.some, .none): "WHERE entity = ?1"
        case (.none, .some): "WHERE entity_id = ?2"
        case (.none, .none): ""
        }
        return try writer.read { db in
            try db.decodeAll("""
                SELECT audit_log.*, person.full_name AS actor_name FROM audit_log
                LEFT JOIN person ON person.id = audit_log.actor_id
                \(filter)
                ORDER BY audit_log.id DESC LIMIT ?3
                """, [entity, id, limit]) { row in
                AuditEntry(at: row["at"], actorID: row["actor_id"], actorName: row["actor_name"], address: row["address"], entity: row["entity"],
                           entityID: row["entity_id"], action: row["action"],
                           before: AppDatabase.decode(row["before"]), after: AppDatabase.decode(row["after"]))
            }
        }
    }

    private static func json(_ fields: [String: String]?) -> String? {
        guard let fields, let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func decode(_ text: String?) -> [String: String]? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: String]
    }
}
