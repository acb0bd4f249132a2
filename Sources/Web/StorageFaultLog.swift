import Logging
import Storage
import Synchronization

/// Logs storage faults (disk full, read-only, I/O errors) once when they start and then at
/// most once a minute with the count of refused writes: on a full disk every request that
/// writes fails, and a line for each would only fill the disk (or the journal) faster.
final class StorageFaultLog: Sendable {
    private struct State {
        var lastLogged: [StorageFault: Int64] = [:]
        var unlogged: [StorageFault: Int] = [:]
    }

    private let state = Mutex(State())
    let interval: Int64

    init(intervalSeconds: Int64 = 60) {
        interval = intervalSeconds
    }

    func record(_ fault: StorageFault, method: String, path: String, now: Int64, logger: Logger) {
        let refusedSinceLastLine: Int? = state.withLock { state in
            if let last = state.lastLogged[fault], now - last < interval {
                state.unlogged[fault, default: 0] += 1
                return nil
            }
            state.lastLogged[fault] = now
            defer { state.unlogged[fault] = 0 }
            return state.unlogged[fault, default: 0]
        }
        guard let refusedSinceLastLine else { return }
        let more = refusedSinceLastLine > 0 ? " (+\(refusedSinceLastLine) lần từ dòng trước — more since the last line)" : ""
        logger.critical("không lưu được dữ liệu: \(fault.logDescription); \(method) \(path) bị từ chối\(more)")
    }
}
