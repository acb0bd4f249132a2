import CMicroHTTPD
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The C callbacks handed to libmicrohttpd. They capture nothing: everything they need
/// comes through the `cls` pointer (the `ServerContext`) and `*con_cls` (the `Exchange`).
enum ServerCallbacks {
    /// Called several times per request: first to set up, then once per body chunk,
    /// finally with no data to answer. Answering on the first call would make libmicrohttpd
    /// close keep-alive connections, so the response is queued only on the final call.
    static let access: MHD_AccessHandlerCallback = { cls, connection, url, method, _, uploadData, uploadSize, conCls in
        guard let cls, let connection, let conCls, let uploadSize else { return .NO }
        let context = Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue()

        guard let existing = conCls.pointee else {
            conCls.pointee = Unmanaged.passRetained(Exchange()).toOpaque()
            context.inFlight.add(1, ordering: .relaxed)
            // Stopping: answer at once (on the first call, so the connection then closes).
            if context.stopping.load(ordering: .acquiring) {
                return queue(context.errorResponse(503), on: connection, context: context, method: method, url: url, started: .now)
            }
            // Refuse a declared oversized body before reading it; the connection then closes.
            if let length = MHD_lookup_connection_value(connection, .HEADER_KIND, "Content-Length"),
               let declared = Int(String(cString: length)), declared > context.maxBodyBytes {
                return queue(context.errorResponse(413), on: connection, context: context,
                             method: method, url: url, started: .now)
            }
            return .YES
        }
        let exchange = Unmanaged<Exchange>.fromOpaque(existing).takeUnretainedValue()

        if uploadSize.pointee > 0 {
            if !exchange.bodyTooLarge, let uploadData {
                if exchange.body.count + uploadSize.pointee > context.maxBodyBytes {
                    exchange.bodyTooLarge = true
                    exchange.body = []
                } else {
                    uploadData.withMemoryRebound(to: UInt8.self, capacity: uploadSize.pointee) {
                        exchange.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: uploadSize.pointee))
                    }
                }
            }
            uploadSize.pointee = 0
            return .YES
        }

        let response: Response
        if exchange.bodyTooLarge {
            response = context.errorResponse(413)
        } else if let request = makeRequest(connection: connection, url: url, method: method, body: exchange.body) {
            response = context.responder(request)
        } else {
            response = context.errorResponse(400)
        }
        return queue(response, on: connection, context: context, method: method, url: url, started: exchange.started)
    }

    /// Releases the per-request object and counts the request as finished.
    static let completed: MHD_RequestCompletedCallback = { cls, _, conCls, _ in
        guard let cls, let conCls, let existing = conCls.pointee else { return }
        Unmanaged<Exchange>.fromOpaque(existing).release()
        conCls.pointee = nil
        Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue().inFlight.subtract(1, ordering: .releasing)
    }

    /// Leaves the path and query escapes in place so that MicroHTTP decodes them itself,
    /// strictly (invalid UTF-8 and `%2e%2e` must be seen, not silently decoded).
    static let keepEscapes: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafeMutablePointer<CChar>?) -> Int = { _, _, text in
        guard let text else { return 0 }
        return strlen(text)
    }

    private static func makeRequest(
        connection: OpaquePointer, url: UnsafePointer<CChar>?, method: UnsafePointer<CChar>?, body: [UInt8]
    ) -> Request? {
        guard let url, let method else { return nil }
        let rawPath = UnsafeBufferPointer(start: UnsafeRawPointer(url).assumingMemoryBound(to: UInt8.self), count: strlen(url))
        guard rawPath.first == UInt8(ascii: "/"),
              let path = FormDecoder.component(rawPath, plusIsSpace: false),
              !path.utf8.contains(0) else { return nil }

        var fields = ConnectionValues()
        withUnsafeMutablePointer(to: &fields) { pointer in
            _ = MHD_get_connection_values(connection, .HEADER_KIND, collectHeader, pointer)
            _ = MHD_get_connection_values(connection, .GET_ARGUMENT_KIND, collectArgument, pointer)
        }
        guard !fields.malformed else { return nil }
        let client = hoctap_mhd_client_address(connection).flatMap { SocketAddress.text(of: $0) }
        return Request(
            method: String(cString: method),
            path: path,
            query: fields.query,
            headers: fields.headers,
            body: body,
            clientAddress: client
        )
    }

    private static let collectHeader: MHD_KeyValueIterator = { cls, _, key, value in
        guard let cls, let key else { return .YES }
        let fields = cls.assumingMemoryBound(to: ConnectionValues.self)
        let name = lowerCasedASCII(UnsafeRawBufferPointer(start: key, count: strlen(key)))
        let text = value.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? ""
        if let previous = fields.pointee.headers[name] {
            fields.pointee.headers[name] = previous + ", " + text
        } else {
            fields.pointee.headers[name] = text
        }
        return .YES
    }

    private static let collectArgument: MHD_KeyValueIterator = { cls, _, key, value in
        guard let cls, let key else { return .YES }
        let fields = cls.assumingMemoryBound(to: ConnectionValues.self)
        let name = FormDecoder.component(UnsafeRawBufferPointer(start: key, count: strlen(key)), plusIsSpace: true)
        let text = value.map { FormDecoder.component(UnsafeRawBufferPointer(start: $0, count: strlen($0)), plusIsSpace: true) } ?? ""
        guard let name, let text else {
            fields.pointee.malformed = true
            return .NO
        }
        if !name.isEmpty { fields.pointee.query.append((name, text)) }
        return .YES
    }

    /// Header names are ASCII: lower-case them byte by byte, without Unicode case mapping.
    private static func lowerCasedASCII(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for (index, byte) in bytes.enumerated() {
                output[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return bytes.count
        }
    }

    private static func queue(
        _ response: Response, on connection: OpaquePointer, context: ServerContext,
        method: UnsafePointer<CChar>?, url: UnsafePointer<CChar>?, started: ContinuousClock.Instant
    ) -> MHD_Result {
        let handle = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress), .RESPMEM_MUST_COPY)
        }
        guard let handle else { return .NO }
        defer { MHD_destroy_response(handle) }
        for (name, value) in response.headers {
            // withCString lends the native UTF-8 storage; passing a String directly would copy it.
            _ = name.withCString { name in value.withCString { value in MHD_add_response_header(handle, name, value) } }
        }
        let result = MHD_queue_response(connection, UInt32(response.status), handle)
        let elapsed = ContinuousClock.now - started
        if context.logger.logLevel <= .info {
            let target = url.map { context.logTarget(String(cString: $0)) } ?? "-"
            context.logger.info("\(method.map { String(cString: $0) } ?? "-") \(target) \(response.status) \(formatted(elapsed))")
        }
        return result
    }

    private static func formatted(_ duration: Duration) -> String {
        let micros = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        return "\(micros / 1000).\(String(micros % 1000 / 100))ms"
    }
}

/// Headers and query arguments gathered by the iterators of one request.
struct ConnectionValues {
    var headers: [String: String] = [:]
    var query: [(name: String, value: String)] = []
    var malformed = false
}
