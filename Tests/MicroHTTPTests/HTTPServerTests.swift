import Foundation
import Logging
import MicroHTTP
import Synchronization
import Testing
import TestSupport

/// The server over a real socket on port 0.
@Suite struct HTTPServerTests {
    /// Echoes what it received, so tests can see the decoded request.
    static let echo: Responder = { request in
        var lines = ["method=\(request.method)", "path=\(request.path)", "body=\(request.body.count)"]
        lines += request.query.map { "q:\($0.name)=\($0.value)" }
        lines += (request.formFields() ?? [("form", "malformed")]).map { "f:\($0.name)=\($0.value)" }
        lines.append("header=\(request.header("X-Thu") ?? "-")")
        lines.append("client=\(request.clientAddress ?? "-")")
        return Response(status: 200, contentType: "text/plain; charset=utf-8", text: lines.joined(separator: "\n"))
    }

    static func start(_ responder: @escaping Responder = echo, maxBody: Int = 1024, timeoutSeconds: Int = 30,
                      logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })) throws -> HTTPServer {
        try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2, maxBodyBytes: maxBody,
                                                          connectionTimeoutSeconds: timeoutSeconds),
                       logger: logger, responder: responder)
    }

    @Test func servesOnAnEphemeralPortAndDecodesTheRequest() throws {
        let server = try Self.start()
        defer { server.stop() }
        #expect(server.port != 0)
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.request("GET", "/khoa-hoc/k%E1%BB%B9?q=tu%E1%BA%A7n+l%E1%BB%85&a=1&a=2&rong=",
                                              headers: ["X-Thu": "Xin chào"])
        #expect(response.status == 200)
        #expect(response.text.contains("path=/khoa-hoc/kỹ"))
        #expect(response.text.contains("q:q=tuần lễ"))
        #expect(response.text.contains("q:a=1\nq:a=2"))
        #expect(response.text.contains("q:rong="))
        #expect(response.text.contains("client=127.0.0.1"))
        #expect(response.headers["connection"]?.lowercased() != "close")
    }

    @Test(arguments: ["/a%", "/a%zz", "/%FF", "/ok?q=%", "/ok?q=%C3", "/ok?q=%FF%FE", "/a%00b", "*"])
    func malformedRequestsGet400(target: String) throws {
        let server = try Self.start()
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.request("GET", target)
        #expect(response.status == 400)
        // The server is still there for the next client.
        #expect(try RawHTTPConnection(port: server.port).request("GET", "/").status == 200)
    }

    @Test func pathEscapesReachTheResponderDecoded() throws {
        let server = try Self.start()
        defer { server.stop() }
        let response = try RawHTTPConnection(port: server.port).request("GET", "/static/%2e%2e/Package.swift")
        #expect(response.text.contains("path=/static/../Package.swift"))
    }

    @Test func bodyWithinTheLimitArrivesWhole() throws {
        let server = try Self.start(maxBody: 1024)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.request("POST", "/gui", body: [UInt8](repeating: 65, count: 1024))
        #expect(response.status == 200)
        #expect(response.text.contains("body=1024"))
    }

    @Test func formBodiesAreDecoded() throws {
        let server = try Self.start()
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.request("POST", "/gui", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                              body: Array("ho-ten=Nguy%E1%BB%85n+V%C4%83n+A&thon=&thon=B%E1%BA%AFc".utf8))
        #expect(response.text.contains("f:ho-ten=Nguyễn Văn A\nf:thon=\nf:thon=Bắc"))
        let broken = try connection.request("POST", "/gui", body: Array("ho-ten=%E1%BB".utf8))
        #expect(broken.text.contains("f:form=malformed"))
    }

    @Test func declaredOversizedBodyGets413() throws {
        let server = try Self.start(maxBody: 1024)
        defer { server.stop() }
        let response = try RawHTTPConnection(port: server.port).request("POST", "/gui", body: [UInt8](repeating: 65, count: 1025))
        #expect(response.status == 413)
    }

    @Test func chunkedOversizedBodyGets413() throws {
        let server = try Self.start(maxBody: 1024)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let chunk = String(repeating: "B", count: 800)
        let hex = String(chunk.utf8.count, radix: 16)
        try connection.send(Array("POST /gui HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\(hex)\r\n\(chunk)\r\n\(hex)\r\n\(chunk)\r\n0\r\n\r\n".utf8))
        #expect(try connection.readResponse().status == 413)
    }

    /// Thousands of requests on keep-alive and fresh connections: every per-request object
    /// is released (the in-flight count returns to zero) and the server keeps answering.
    @Test func perRequestObjectsAreReleasedOverThousandsOfRequests() throws {
        let server = try Self.start()
        defer { server.stop() }
        let keepAlive = try RawHTTPConnection(port: server.port)
        for index in 0..<3000 {
            let response = try keepAlive.request(index.isMultiple(of: 3) ? "POST" : "GET", "/lan/\(index)?i=\(index)",
                                                 body: index.isMultiple(of: 3) ? Array("x=\(index)".utf8) : [])
            #expect(response.status == 200)
        }
        for index in 0..<300 {
            _ = try RawHTTPConnection(port: server.port).request("GET", "/moi/\(index)")
        }
        // libmicrohttpd reports a request complete just after the client has its answer, so the
        // last one may still be counted for a moment: wait for it (at most a second), never longer.
        for _ in 0..<200 where server.requestsInFlight > 0 { usleep(5_000) }
        #expect(server.requestsInFlight == 0)
    }

    /// libmicrohttpd notices a client that hung up in the middle of its body only when the
    /// connection times out; the request object is released then.
    @Test func requestsAbandonedMidBodyAreReleasedAtTheTimeout() throws {
        let server = try Self.start(timeoutSeconds: 1)
        defer { server.stop() }
        for _ in 0..<100 {
            let connection = try RawHTTPConnection(port: server.port)
            try connection.send(Array("POST /bo-do HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\nabc".utf8))
        }
        let deadline = Date().addingTimeInterval(10)
        while server.requestsInFlight != 0, Date() < deadline { usleep(10_000) }
        #expect(server.requestsInFlight == 0)
        #expect(try RawHTTPConnection(port: server.port).request("GET", "/").status == 200)
    }

    @Test func stopLetsARequestInFlightFinish() throws {
        let entered = Atomic<Bool>(false)
        let server = try Self.start { _ in
            entered.store(true, ordering: .sequentiallyConsistent)
            usleep(300_000)
            return Response(status: 200, contentType: "text/plain", text: "xong")
        }
        let connection = try RawHTTPConnection(port: server.port)
        try connection.send(Array("GET /cham HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        while !entered.load(ordering: .sequentiallyConsistent) { usleep(1000) }
        server.stop()
        let response = try connection.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "xong")
        #expect(throws: (any Error).self) { try RawHTTPConnection(port: server.port) }
    }

    @Test func whileStoppingNewRequestsAreTurnedAwayWith503() throws {
        let entered = Atomic<Bool>(false)
        let server = try Self.start { request in
            guard request.path == "/cham" else { return Response(status: 200, contentType: "text/plain", text: "nhanh") }
            entered.store(true, ordering: .sequentiallyConsistent)
            usleep(800_000)
            return Response(status: 200, contentType: "text/plain", text: "xong")
        }
        let slow = try RawHTTPConnection(port: server.port)
        try slow.send(Array("GET /cham HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        while !entered.load(ordering: .sequentiallyConsistent) { usleep(1000) }
        let stopped = Atomic<Bool>(false)
        Thread.detachNewThread {
            server.stop()
            stopped.store(true, ordering: .sequentiallyConsistent)
        }
        var late = 0
        for _ in 0..<100 where late != 503 {
            late = (try? RawHTTPConnection(port: server.port).request("GET", "/moi").status) ?? 0
            if late != 503 { usleep(5_000) }
        }
        #expect(late == 503, "a request that arrives while stopping is answered at once")
        #expect(try slow.readResponse().text == "xong", "the request in flight still finishes")
        while !stopped.load(ordering: .sequentiallyConsistent) { usleep(1000) }
        #expect(throws: (any Error).self) { try RawHTTPConnection(port: server.port) }
    }

    @Test func writesOneAccessLogLinePerRequest() throws {
        let log = CapturedLog()
        let server = try Self.start(logger: log.logger())
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        _ = try connection.request("GET", "/khoa-hoc?q=1")
        _ = try connection.request("HEAD", "/")
        let lines = log.messages
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("info GET /khoa-hoc 200 ") == true)
        #expect(lines.first?.hasSuffix("ms") == true)
        #expect(lines.last?.hasPrefix("info HEAD / 200 ") == true)
    }

    @Test func theAccessLogHidesWhatTheConfigurationSaysIsSecret() throws {
        let log = CapturedLog()
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2)
        configuration.logTarget = { $0.hasPrefix("/bi-mat/") ? "/bi-mat/…" : $0 }
        let server = try HTTPServer(configuration: configuration, logger: log.logger(), responder: Self.echo)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        _ = try connection.request("GET", "/bi-mat/0123456789abcdef.ics")
        _ = try connection.request("GET", "/cong-khai")
        #expect(log.messages.first?.hasPrefix("info GET /bi-mat/… 200 ") == true)
        #expect(!log.messages.joined().contains("0123456789abcdef"))
        #expect(log.messages.last?.hasPrefix("info GET /cong-khai 200 ") == true)
    }

    @Test func refusesAnUnusableAddress() {
        #expect(throws: HTTPServerError.self) {
            try HTTPServer(configuration: ServerConfiguration(host: "khong-phai-dia-chi", port: 0), responder: Self.echo)
        }
    }
}
