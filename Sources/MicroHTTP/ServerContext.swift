import Logging
import Synchronization

/// What the daemon's callbacks need, shared by all worker threads: immutable but for
/// the atomic count of requests in flight.
final class ServerContext: Sendable {
    let responder: Responder
    let errorResponse: @Sendable (Int) -> Response
    let logger: Logger
    let maxBodyBytes: Int
    let logTarget: @Sendable (String) -> String
    let inFlight = Atomic<Int>(0)
    /// Set by a graceful stop: requests that arrive from then on are turned away with 503.
    let stopping = Atomic<Bool>(false)

    init(responder: @escaping Responder, errorResponse: @escaping @Sendable (Int) -> Response,
         logger: Logger, maxBodyBytes: Int, logTarget: @escaping @Sendable (String) -> String) {
        self.logTarget = logTarget
        self.responder = responder
        self.errorResponse = errorResponse
        self.logger = logger
        self.maxBodyBytes = maxBodyBytes
    }
}

/// The per-request object kept in libmicrohttpd's `*con_cls` from the first call of the
/// access handler until the completion callback releases it.
final class Exchange {
    let started = ContinuousClock.now
    var body: [UInt8] = []
    var bodyTooLarge = false
}
