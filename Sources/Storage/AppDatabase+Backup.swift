import Foundation
import GRDB

extension AppDatabase {
    /// Copies the whole database into a new file with SQLite's online backup, while the
    /// server keeps serving: the copy is one consistent moment. Refuses to overwrite a file.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw BackupError.fileExists(path)
        }
        let target = try DatabaseQueue(path: path)
        try writer.backup(to: target)
        try target.close()
    }

    /// The rows of every table, for checking that a backup holds what the original held.
    public func rowCounts() throws -> [String: Int] {
        try writer.read { db in
            var counts: [String: Int] = [:]
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'course_search_%'
                """)
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(quoted: table)")
            }
            return counts
        }
    }
}

/// Why a backup was not made.
public enum BackupError: Error, CustomStringConvertible {
    case fileExists(String)

    public var description: String {
        switch self {
        case .fileExists(let path): "tệp \(path) đã có; chọn tên khác (will not overwrite an existing file)"
        }
    }
}

private extension String.StringInterpolation {
    /// An SQL identifier in double quotes.
    mutating func appendInterpolation(quoted name: String) {
        appendLiteral("\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }
}
