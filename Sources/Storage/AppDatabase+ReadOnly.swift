import Foundation
import GRDB

/// Serving a database that cannot be written: the file system went read-only (a disk error
/// makes Linux remount it so) or the file's permissions changed. Residents can still read
/// the schedule, their classes and course pages; writes fail with SQLITE_READONLY, which the
/// web layer turns into a "not saved" page, and `reopenIfWritable` switches back to the
/// normal pool as soon as the file can be written, without a restart.
extension AppDatabase {
    public enum OpenFailure: Error, CustomStringConvertible {
        /// The database is read-only and older than this build: it cannot be upgraded.
        case readOnlyNeedsMigrations([String])

        public var description: String {
            switch self {
            case .readOnlyNeedsMigrations(let names):
                "cơ sở dữ liệu chỉ cho đọc nhưng cần nâng cấp (\(names.joined(separator: ", "))) — read-only database needs migrations"
            }
        }
    }

    /// Opens the database for the server: normally as `open(path:)`; when the file exists but
    /// cannot be opened for writing, read-only instead (check `isReadOnly`), provided its
    /// schema is already this build's.
    public static func openForServing(path: String) throws -> AppDatabase {
        do {
            return try open(path: path)
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode)
            && FileManager.default.isReadableFile(atPath: path) {
            let database = AppDatabase(writer: try openReadOnly(path: path), path: path, isReadOnly: true)
            let applied = try database.writer.read { try AppDatabase.migrator.appliedMigrations($0) }
            let missing = migrationNames.filter { !applied.contains($0) }
            guard missing.isEmpty else { throw OpenFailure.readOnlyNeedsMigrations(missing) }
            return database
        }
    }

    /// A read-only connection. SQLite reads a WAL database on read-only media only when its
    /// shared-memory file exists; after a clean stop it does not, and then the file is
    /// opened as immutable (SQLite then takes no locks and reads no WAL, which a clean stop
    /// has already emptied into the file).
    private static func openReadOnly(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
        }
    }

    /// When opened read-only, tries (at most once per `interval` seconds, since the server
    /// calls it on every request) to open the file for writing again and, if that works,
    /// switches every later query to the writable pool. Returns true when it switched.
    public func reopenIfWritable(now: Int64, interval: Int64 = 10) -> Bool {
        let due = connection.withLock { state in
            guard state.isReadOnly else { return false }
            if let last = state.lastReopenAttempt, now - last < interval { return false }
            state.lastReopenAttempt = now
            return true
        }
        guard due, let path, let pool = try? AppDatabase.openPool(path: path) else { return false }
        replaceConnection(with: pool)
        return true
    }
}
