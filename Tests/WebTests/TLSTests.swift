import Foundation
import MicroHTTP
import Testing
import TestSupport

/// HTTPS through libmicrohttpd's GnuTLS, with a self-signed certificate made for the test
/// by openssl, and fetched by curl (both from Debian; CI has them).
@Suite(.enabled(if: TLSTools.present || ProcessInfo.processInfo.environment["CI"] == "true"))
struct TLSTests {
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Program.run(tool, arguments)
        return (result.status, String(decoding: result.output, as: UTF8.self))
    }

    @Test func servesPagesOverHTTPSOnly() throws {
        let folder = TemporaryDirectory()
        try Self.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                                          "-keyout", folder.file("key.pem"), "-out", folder.file("cert.pem")])
        let tls = TLSCredentials(certificatePEM: try String(contentsOfFile: folder.file("cert.pem"), encoding: .utf8),
                                 keyPEM: try String(contentsOfFile: folder.file("key.pem"), encoding: .utf8))
        let app = try TestApp()
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2, tls: tls),
                                    responder: app.respond)
        defer { server.stop() }
        let secure = try Self.run("/usr/bin/curl", ["-sk", "--max-time", "10", "https://127.0.0.1:\(server.port)/khoa-hoc"])
        #expect(secure.status == 0)
        #expect(secure.output.contains("<html lang=\"vi\">"))
        let verified = try Self.run("/usr/bin/curl", ["-s", "--max-time", "10", "--cacert", folder.file("cert.pem"),
                                                      "--resolve", "localhost:\(server.port):127.0.0.1",
                                                      "https://localhost:\(server.port)/"])
        #expect(verified.status == 0, "the certificate made for the test verifies")
        let plain = try Self.run("/usr/bin/curl", ["-s", "--max-time", "5", "http://127.0.0.1:\(server.port)/"])
        #expect(!plain.output.contains("<html"), "plain HTTP is not served on the TLS port")
    }

    @Test func refusesABrokenKey() {
        let tls = TLSCredentials(certificatePEM: "-----BEGIN CERTIFICATE-----\nkhông phải\n-----END CERTIFICATE-----\n", keyPEM: "sai")
        #expect(throws: HTTPServerError.self) {
            try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 1, tls: tls)) { _ in Response() }
        }
    }
}

enum TLSTools {
    static var present: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") && FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")
    }
}
