import CMicroHTTPD
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Errors from starting the server.
public enum HTTPServerError: Error, CustomStringConvertible {
    case badHost(String)
    case cannotStart(host: String, port: UInt16)
    case cannotStartTLS(host: String, port: UInt16)

    public var description: String {
        switch self {
        case .badHost(let host): "không hiểu địa chỉ máy chủ \"\(host)\" (cannot parse host)"
        case .cannotStart(let host, let port):
            "không mở được cổng \(host):\(port) — cổng đang bận hoặc không có quyền (cannot listen)"
        case .cannotStartTLS(let host, let port):
            "không mở được HTTPS trên \(host):\(port) — kiểm tra tệp chứng chỉ và khóa (PEM) hoặc cổng (cannot start TLS)"
        }
    }
}

/// Owns one libmicrohttpd daemon: the only place that starts and stops it.
///
/// The daemon runs an internal epoll loop with a pool of worker threads; every request is
/// answered synchronously by the `Responder` on one of those threads.
public final class HTTPServer: Sendable {
    /// The port actually bound (differs from the configured one when that was 0).
    public let port: UInt16
    private let daemon: Mutex<DaemonHandle?>
    private let context: ServerContext
    private let retainedContext: Unmanaged<ServerContext>
    private let grace: Double
    private let logger: Logger
    private let tlsMemory: CStrings?

    /// Starts listening at once; throws when the address cannot be bound.
    public init(
        configuration: ServerConfiguration,
        logger: Logger = Logger(label: "hoctap.http"),
        errorResponse: @escaping @Sendable (Int) -> Response = HTTPServer.plainErrorResponse,
        responder: @escaping Responder
    ) throws {
        let context = ServerContext(
            responder: responder,
            errorResponse: errorResponse,
            logger: logger,
            maxBodyBytes: configuration.maxBodyBytes,
            logTarget: configuration.logTarget
        )
        let address = try SocketAddress(host: configuration.host, port: configuration.port)
        // The daemon holds this retained pointer until stop() releases it.
        let retained = Unmanaged.passRetained(context)
        let pointer = retained.toOpaque()
        var flags = MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_EPOLL.rawValue
            | MHD_USE_ITC.rawValue | MHD_USE_ERROR_LOG.rawValue
        if address.isIPv6 { flags |= MHD_USE_IPv6.rawValue }
        let tlsMemory = configuration.tls.map { CStrings([$0.keyPEM, $0.certificatePEM]) }
        let started = address.withSockaddr { sockaddr in
            hoctap_mhd_start(
                flags, configuration.port, sockaddr,
                ServerCallbacks.access, pointer,
                ServerCallbacks.completed, pointer,
                ServerCallbacks.keepEscapes,
                UInt32(max(1, configuration.threads)),
                UInt32(configuration.connectionLimit),
                UInt32(configuration.perAddressConnectionLimit),
                UInt32(configuration.connectionTimeoutSeconds),
                configuration.connectionMemoryBytes,
                tlsMemory?.pointers[0], tlsMemory?.pointers[1]
            )
        }
        guard let started else {
            retained.release()
            if configuration.tls != nil { throw HTTPServerError.cannotStartTLS(host: configuration.host, port: configuration.port) }
            throw HTTPServerError.cannotStart(host: configuration.host, port: configuration.port)
        }
        self.daemon = Mutex(DaemonHandle(pointer: started))
        self.context = context
        self.retainedContext = retained
        self.port = hoctap_mhd_bound_port(started)
        self.grace = configuration.stopGraceSeconds
        self.logger = logger
        self.tlsMemory = tlsMemory
    }

    /// The number of requests being answered right now.
    public var requestsInFlight: Int { context.inFlight.load(ordering: .relaxed) }

    /// Turns new requests away with 503, lets requests in flight finish (up to the grace
    /// period), then closes the listening socket and every connection. Safe to call more than once.
    ///
    /// Not `MHD_quiesce_daemon`: in epoll mode it races with libmicrohttpd's own polling thread,
    /// which can find the listening socket already gone from the epoll set and abort the whole
    /// process ("Failed to remove listen FD from epoll set", an open libmicrohttpd defect that
    /// took down a CI run here).
    public func stop() {
        guard let daemon = daemon.withLock({ value -> DaemonHandle? in
            defer { value = nil }
            return value
        })?.pointer else { return }
        context.stopping.store(true, ordering: .releasing)
        let deadline = ContinuousClock.now + .milliseconds(Int(grace * 1000))
        while context.inFlight.load(ordering: .acquiring) > 0, ContinuousClock.now < deadline {
            usleep(5_000)
        }
        let unfinished = context.inFlight.load(ordering: .acquiring)
        if unfinished > 0 {
            logger.warning("stopping with \(unfinished) request(s) still in flight")
        }
        MHD_stop_daemon(daemon)
        retainedContext.release()
    }

    deinit { stop() }

    /// A minimal bilingual error body, used when no richer error page is supplied.
    public static let plainErrorResponse: @Sendable (Int) -> Response = { status in
        let text = switch status {
        case 400: "Yêu cầu không hợp lệ. (Bad request)"
        case 413: "Dữ liệu gửi lên quá lớn. (Payload too large)"
        case 503: "Máy chủ đang khởi động lại. (Restarting)"
        default: "Lỗi \(status)."
        }
        return Response(status: status, contentType: "text/plain; charset=utf-8", text: text + "\n")
    }
}

/// The daemon pointer. `@unchecked Sendable` is safe: libmicrohttpd's daemon functions are
/// thread-safe, and `HTTPServer` hands the pointer out once, under its mutex, to stop it.
private struct DaemonHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// C copies of strings that must outlive a call (the TLS key and certificate, which the
/// daemon may read while it runs). Freed with the server. `@unchecked Sendable` is safe:
/// the memory is written once here and only read by libmicrohttpd afterwards.
final class CStrings: @unchecked Sendable {
    let pointers: [UnsafeMutablePointer<CChar>]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0)! }
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}
