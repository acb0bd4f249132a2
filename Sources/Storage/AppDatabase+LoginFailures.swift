import Domain
import GRDB

extension AppDatabase {
    /// Records a failed sign-in (kept a day, for throttling and for the log of attempts).
    public func recordLoginFailure(phone: String, address: String, now: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM login_failure WHERE at < ?", arguments: [now - 24 * 3600])
            try db.execute(sql: "INSERT INTO login_failure (phone, address, at) VALUES (?, ?, ?)", arguments: [phone, address, now])
        }
    }

    /// Failure times since `since` for a phone and for a client address.
    public func loginFailures(phone: String, address: String, since: Int64) throws -> (phone: [Int64], address: [Int64]) {
        try writer.read { db in
            (try Int64.fetchAll(db, sql: "SELECT at FROM login_failure WHERE phone = ? AND at >= ?", arguments: [phone, since]),
             try Int64.fetchAll(db, sql: "SELECT at FROM login_failure WHERE address = ? AND at >= ?", arguments: [address, since]))
        }
    }

    /// Forgets a phone's failures after a successful sign-in.
    public func clearLoginFailures(phone: String) throws {
        try writer.write { try $0.execute(sql: "DELETE FROM login_failure WHERE phone = ?", arguments: [phone]) }
    }
}
