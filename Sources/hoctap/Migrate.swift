import ArgumentParser
import Logging
import Storage

/// `hoctap migrate`: create or update the database schema, then exit.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu rồi thoát. (Create or update the database schema.)")

    @OptionGroup var storage: StorageOptions

    func run() throws {
        try storage.bootstrapLogging()
        let logger = Logger(label: "hoctap")
        let database = try AppDatabase.openUnmigrated(path: storage.databasePath)
        let applied = try database.migrate()
        if applied.isEmpty {
            logger.info("database \(storage.databasePath) is up to date (\(AppDatabase.migrationNames.count) migrations)")
        } else {
            logger.info("database \(storage.databasePath): applied \(applied.joined(separator: ", "))")
        }
    }
}
