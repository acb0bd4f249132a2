/// How the HTTP server listens and what it tolerates from clients.
public struct ServerConfiguration: Sendable {
    /// The IPv4 or IPv6 address to bind (`127.0.0.1`, `0.0.0.0`, `::1`).
    public var host: String
    /// The TCP port; 0 picks a free one (read it back from `HTTPServer.port`).
    public var port: UInt16
    /// Worker threads in libmicrohttpd's pool; defaults to the number of cores.
    public var threads: Int
    /// The largest request body accepted; larger ones get 413. The default fits a CSV file of
    /// 10,000 residents (about 1 MB) with room to spare.
    public var maxBodyBytes: Int
    /// Open connections at most, in total and per client address. The total bounds what idle
    /// and slow clients can hold (descriptors, and `connectionMemoryBytes` each); the share of
    /// one address keeps a single device to a fifth of it, yet leaves room for a school or a
    /// household behind one NAT address (a browser opens about six). libmicrohttpd closes a
    /// connection over either limit as soon as it is accepted. `Tests/Benchmarks/slow_clients.py`
    /// shows both at work, and their limit: five addresses that drip bytes hold every slot.
    public var connectionLimit: Int
    public var perAddressConnectionLimit: Int
    /// Seconds of inactivity before a connection is closed (slow or idle clients): long enough
    /// for a phone on a weak signal to pause mid-request, short enough to free idle keep-alive
    /// slots soon. It counts silence only: every byte restarts it (libmicrohttpd 0.9.75 has no
    /// deadline for a whole request), so a slow sender is bounded by the limits above.
    public var connectionTimeoutSeconds: Int
    /// Memory per connection for headers and buffers: many times the headers of a real request
    /// (a few cookies), while 1,000 connections stay within 32 MB; larger headers are refused.
    public var connectionMemoryBytes: Int
    /// How long a graceful stop waits for requests in flight before closing everything.
    public var stopGraceSeconds: Double
    /// Serve HTTPS (libmicrohttpd's GnuTLS) with this certificate and key; nil for plain HTTP.
    public var tls: TLSCredentials?
    /// How a request's target appears in the access log: the place to hide secrets that
    /// travel in paths (a resident's private calendar feed), since logs are read by many.
    public var logTarget: @Sendable (String) -> String = { $0 }

    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 8080,
        threads: Int = ServerConfiguration.coreCount,
        maxBodyBytes: Int = 2 << 20,
        connectionLimit: Int = 1000,
        perAddressConnectionLimit: Int = 200,
        connectionTimeoutSeconds: Int = 30,
        connectionMemoryBytes: Int = 32 * 1024,
        stopGraceSeconds: Double = 10,
        tls: TLSCredentials? = nil
    ) {
        self.host = host
        self.port = port
        self.threads = threads
        self.maxBodyBytes = maxBodyBytes
        self.connectionLimit = connectionLimit
        self.perAddressConnectionLimit = perAddressConnectionLimit
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
        self.connectionMemoryBytes = connectionMemoryBytes
        self.stopGraceSeconds = stopGraceSeconds
        self.tls = tls
    }

    /// The number of cores online, at least 1.
    public static var coreCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}

/// A certificate chain and its private key, both PEM text.
public struct TLSCredentials: Sendable {
    public var certificatePEM: String
    public var keyPEM: String

    public init(certificatePEM: String, keyPEM: String) {
        self.certificatePEM = certificatePEM
        self.keyPEM = keyPEM
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
