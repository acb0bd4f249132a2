import ArgumentParser
import Logging
import Storage

/// `hoctap backup FILE`: a consistent copy of the database, safe while the server runs.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sao lưu cơ sở dữ liệu vào một tệp mới, kể cả khi máy chủ đang chạy. (Back up the database to a new file.)")

    @OptionGroup var storage: StorageOptions

    @Argument(help: "Tệp sao lưu mới. (The new backup file.)")
    var file: String

    func run() throws {
        try storage.bootstrapLogging()
        let database = try AppDatabase.open(path: storage.databasePath)
        try database.backup(to: file)
        let rows = try database.rowCounts().values.reduce(0, +)
        Logger(label: "hoctap").notice("đã sao lưu \(storage.databasePath) vào \(file) (\(rows) dòng dữ liệu) — backup written")
    }
}
