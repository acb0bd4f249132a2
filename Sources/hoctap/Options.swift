import ArgumentParser
import Foundation
import Logging

/// The options every subcommand shares: where the data live.
struct StorageOptions: ParsableArguments {
    @Option(help: "Tệp cơ sở dữ liệu SQLite, tạo mới nếu chưa có. (SQLite database file; default ./data/hoctap.sqlite)")
    var database: String?

    @Option(help: "Mức ghi nhật ký: trace, debug, info, notice, warning, error. (Log level; default info)")
    var logLevel: String?

    var databasePath: String { database ?? Environment.value("HOCTAP_DATABASE") ?? "./data/hoctap.sqlite" }

    /// Sends log lines to standard error at the chosen level.
    func bootstrapLogging() throws {
        let text = logLevel ?? Environment.value("HOCTAP_LOG_LEVEL") ?? "info"
        guard let level = Logger.Level(rawValue: text) else {
            throw ValidationError("mức nhật ký \"\(text)\" không có (unknown log level)")
        }
        LoggingSystem.bootstrap { label in StandardErrorLogHandler(label: label, level: level) }
    }
}

/// Reads `HOCTAP_…` environment variables; empty values count as unset.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
