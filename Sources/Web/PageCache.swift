import Domain
import MicroHTTP
import Routes
import Synchronization

/// Rendered pages whose content depends only on the address, the language and a variant
/// (the day or the minute, for pages that change with the time): the course pages and search
/// results, which change only when the server restarts with new course files, and pages drawn
/// from the database (the schedule, classes, the Week), which every write they show clears.
///
/// Pages that show anything about the visitor must never be cached here. Bounded by total
/// size; when full it starts over, which is simple and enough for a catalogue this size.
final class PageCache: Sendable {
    private struct State {
        var entries: [String: Response] = [:]
        var bytes = 0
        /// Counts `removeAll()` calls: a page rendered before one is not kept after it.
        var generation = 0
    }

    private let state = Mutex(State())
    let capacityBytes: Int

    init(capacityBytes: Int = 32 << 20) {
        self.capacityBytes = capacityBytes
    }

    /// The cached response for this route and language, or the rendered one (then kept).
    /// `variant` separates versions of one address, such as the schedule of each day.
    func response(for route: Route, language: Language, variant: String = "", render: () throws -> Response) rethrows -> Response {
        let key = language.code + " " + route.link + (variant.isEmpty ? "" : " " + variant)
        let (hit, generation) = state.withLock { ($0.entries[key], $0.generation) }
        if let hit { return hit }
        let response = try render()
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.bytes + response.body.count > capacityBytes {
                state.entries.removeAll(keepingCapacity: true)
                state.bytes = 0
            }
            state.entries[key] = response
            state.bytes += response.body.count
        }
        return response
    }

    /// Forgets every page, for when something all pages show (the centre's name) changes.
    func removeAll() {
        state.withLock { state in
            state.entries.removeAll(keepingCapacity: true)
            state.bytes = 0
            state.generation += 1
        }
    }
}
