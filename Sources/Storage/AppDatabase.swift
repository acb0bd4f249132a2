import Foundation
import GRDB
import Synchronization

/// The application's SQLite database: the one owner of the connection pool, its schema
/// and every query (as named methods in the `AppDatabase+…` files).
public final class AppDatabase: Sendable {
    struct Connection {
        var writer: any DatabaseWriter
        /// Opened read-only because the file could not be opened for writing (see `openForServing`).
        var isReadOnly: Bool
        /// When `reopenIfWritable` last tried, in unix seconds.
        var lastReopenAttempt: Int64?
    }

    let connection: Mutex<Connection>
    /// The file, for reopening it writable once it can be written again; nil when unknown.
    let path: String?

    /// The connection every query goes through. A function, not a stored property, because a
    /// read-only database is swapped for a writable one without a restart.
    var writer: any DatabaseWriter { connection.withLock { $0.writer } }

    /// Whether this database was opened read-only and has not been reopened writable since.
    public var isReadOnly: Bool { connection.withLock { $0.isReadOnly } }

    /// Opens (creating if needed) the database file and brings the schema up to date.
    /// WAL mode lets the server's worker threads read while one writes.
    public static func open(path: String) throws -> AppDatabase {
        let database = try openUnmigrated(path: path)
        try database.migrate()
        return database
    }

    /// Opens (creating if needed) the database file without touching its schema.
    public static func openUnmigrated(path: String) throws -> AppDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return AppDatabase(writer: try openPool(path: path), path: path)
    }

    static func openPool(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return try DatabasePool(path: path, configuration: configuration)
    }

    init(writer: any DatabaseWriter, path: String? = nil, isReadOnly: Bool = false) {
        connection = Mutex(Connection(writer: writer, isReadOnly: isReadOnly))
        self.path = path
    }

    /// Requests already under way finish on the connection they started with.
    func replaceConnection(with writer: any DatabaseWriter) {
        connection.withLock { $0 = Connection(writer: writer, isReadOnly: false) }
    }

    /// Applies the migrations not yet applied; returns their names.
    @discardableResult
    public func migrate() throws -> [String] {
        let before = try writer.read { try AppDatabase.migrator.appliedMigrations($0) }
        try AppDatabase.migrator.migrate(writer)
        let after = try writer.read { try AppDatabase.migrator.appliedMigrations($0) }
        return after.filter { !before.contains($0) }
    }

    /// The names of the migrations this build knows, in order.
    public static var migrationNames: [String] { migrator.migrations }

    /// Checks the file's integrity (`PRAGMA integrity_check`); "ok" when sound.
    public func integrityCheck() throws -> String {
        try writer.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }

    /// The journal mode in force (`wal` for the server's pool).
    public func journalMode() throws -> String {
        try writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }
}
