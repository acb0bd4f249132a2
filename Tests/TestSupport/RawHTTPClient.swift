import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A response read off a socket.
public struct RawResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A bare HTTP/1.1 client over a POSIX socket. Tests use it instead of URLSession so that
/// they can send exactly the bytes they mean (`/../`, `%2e%2e`, broken escapes) and reuse
/// one keep-alive connection for thousands of requests.
public final class RawHTTPConnection {
    private let socket: Int32
    private var buffer: [UInt8] = []

    public init(port: UInt16, host: String = "127.0.0.1", timeoutSeconds: Int = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        // No close() here: deinit runs even when an initialiser throws once every property is
        // set, and closing twice could close a descriptor another test has just been given
        // (it showed up as SQLite "disk I/O error" in a parallel test).
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(socket) }

    /// Sends raw bytes as they are.
    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw POSIXError(.EPIPE) }
            offset += sent
        }
    }

    /// Sends a request line (target sent verbatim) with headers and body, and reads the response.
    public func request(_ method: String = "GET", _ target: String, headers: [String: String] = [:],
                        body: [UInt8] = []) throws -> RawResponse {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        try send(Array(head.utf8) + body)
        return try readResponse(method: method)
    }

    /// Reads one response (Content-Length or close-delimited body).
    public func readResponse(method: String = "GET") throws -> RawResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: separator)?.lowerBound
            if headEnd == nil { guard try fill() else { throw POSIXError(.ECONNRESET) } }
        }
        let headText = String(decoding: buffer[..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + 4)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw POSIXError(.EPROTO) }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body: [UInt8] = []
        if method != "HEAD", status != 304, status != 204 {
            if let length = headers["content-length"].flatMap(Int.init) {
                while buffer.count < length { guard try fill() else { throw POSIXError(.ECONNRESET) } }
                body = Array(buffer[..<length])
                buffer.removeFirst(length)
            } else if headers["connection"]?.lowercased() == "close" {
                while try fill() {}
                body = buffer
                buffer = []
            }
        }
        return RawResponse(status: status, headers: headers, body: body)
    }

    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count < 0 { throw POSIXError(.ETIMEDOUT) }
        buffer.append(contentsOf: chunk[..<count])
        return count > 0
    }
}
