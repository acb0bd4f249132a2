import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Log lines to standard error, one `write` each, in swift-log's usual shape
/// (`2026-11-22T10:39:13Z info hoctap.http: GET / 200 0.1ms`).
///
/// Used instead of swift-log's `StreamLogHandler`, which formats the local time with
/// `localtime_r` and `strftime` for every line: with one access-log line per request that
/// cost a quarter of the server's throughput. Here the time text is made once per second.
struct StandardErrorLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var text = Clock.shared.now() + " \(event.level) \(label): \(event.message)"
        let merged = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        if !merged.isEmpty {
            text += " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        text += "\n"
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// The current UTC time as ISO 8601 text, recomputed only when the second changes.
    final class Clock: Sendable {
        static let shared = Clock()
        private let cache = Mutex<(second: Int, text: String)>((-1, ""))

        func now() -> String {
            let second = time(nil)
            return cache.withLock { cached in
                if cached.second != second {
                    var moment = second
                    var parts = tm()
                    gmtime_r(&moment, &parts)
                    var buffer = [CChar](repeating: 0, count: 32)
                    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
                    cached = (second, String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self))
                }
                return cached.text
            }
        }
    }
}
