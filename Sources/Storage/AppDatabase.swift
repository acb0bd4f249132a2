import Foundation
import GRDB

/// The application's SQLite database: the one owner of the connection pool, its schema
/// and every query (as named methods in the `AppDatabase+…` files).
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter

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
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return AppDatabase(writer: try DatabasePool(path: path, configuration: configuration))
    }

    init(writer: any DatabaseWriter) {
        self.writer = writer
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
