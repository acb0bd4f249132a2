import Domain
import GRDB

extension AppDatabase {
    /// Records a new sign-in under the digest of its token.
    public func createSession(tokenDigest: String, personID: Int64, now: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO session (token_digest, person_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
                           arguments: [tokenDigest, personID, now, now])
        }
    }

    /// The signed-in person, if the session exists and has not expired (expired ones are
    /// deleted). The last-seen time is refreshed at most once a minute, to spare writes.
    public func sessionPerson(tokenDigest: String, now: Int64) throws -> Person? {
        let found = try writer.read { db in
            try db.decodeOne("""
                SELECT person.*, session.created_at AS session_created, session.last_seen_at AS session_seen
                FROM session JOIN person ON person.id = session.person_id WHERE session.token_digest = ?
                """, [tokenDigest]) { row in (AppDatabase.person(from: row), row["session_created"] as Int64, row["session_seen"] as Int64) }
        }
        guard let (person, created, seen) = found else { return nil }
        guard SessionPolicy.isValid(createdAt: created, lastSeenAt: seen, role: person.role, now: now) else {
            try deleteSession(tokenDigest: tokenDigest)
            return nil
        }
        if now - seen >= 60 {
            do {
                try writer.write { db in
                    try db.run("UPDATE session SET last_seen_at = ? WHERE token_digest = ?", [now, tokenDigest])
                }
            } catch where StorageFault(error) != nil {
                // Only housekeeping: on a full or read-only disk the signed-in visitor can
                // still read their pages; the next request after recovery records the visit.
            }
        }
        return person
    }

    public func deleteSession(tokenDigest: String) throws {
        try writer.write { try $0.execute(sql: "DELETE FROM session WHERE token_digest = ?", arguments: [tokenDigest]) }
    }

    /// Signs a person out everywhere (but the session `keeping`, if given); returns how many ended.
    @discardableResult
    public func deleteSessions(personID: Int64, keeping: String? = nil) throws -> Int {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM session WHERE person_id = ? AND token_digest IS NOT ?",
                           arguments: [personID, keeping])
            return db.changesCount
        }
    }

    public func countSessions(personID: Int64) throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM session WHERE person_id = ?", arguments: [personID]) ?? 0 }
    }
}

/// One sign-in, as a person's data export lists it.
public struct SessionRecord: Sendable, Equatable {
    public var createdAt: Int64
    public var lastSeenAt: Int64
}

extension AppDatabase {
    /// A person's sessions, oldest first (without the token digests: they are not personal data).
    public func sessions(personID: Int64) throws -> [SessionRecord] {
        try writer.read { db in
            try db.decodeAll("SELECT created_at, last_seen_at FROM session WHERE person_id = ? ORDER BY created_at",
                             [personID]) { SessionRecord(createdAt: $0["created_at"], lastSeenAt: $0["last_seen_at"]) }
        }
    }
}
