import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport

/// Hostile requests over a real socket, as they arrive from the internet: each gets a 4xx
/// answer, never a 5xx, and nothing is stored.
@Suite struct HostileRequestTests {
    static let cases: [(name: String, method: String, target: String, headers: [String: String], body: [UInt8])] = [
        ("overlong URL", "GET", "/tim-kiem?q=" + String(repeating: "a", count: 20_000), [:], []),
        ("overlong header", "GET", "/", ["X-Long": String(repeating: "b", count: 60_000)], []),
        ("invalid UTF-8 in the path", "GET", "/khoa-hoc/%FF%FE", [:], []),
        ("overlong UTF-8 dot-dot", "GET", "/static/%C0%AE%C0%AE/Package.swift", [:], []),
        ("null byte in the path", "GET", "/static/style.css%00.swift", [:], []),
        ("dot-dot in static", "GET", "/static/../Package.swift", [:], []),
        ("encoded dot-dot in static", "GET", "/static/%2e%2e/%2e%2e/Package.swift", [:], []),
        ("dot-dot in a course", "GET", "/khoa-hoc/../../etc/passwd", [:], []),
        ("dot-dot as a lesson", "GET", "/khoa-hoc/phong-chong-lua-dao/bai/..", [:], []),
        ("invalid UTF-8 in a query", "GET", "/tim-kiem?q=%FF%C0%AF", [:], []),
        ("huge body", "POST", "/dang-nhap", ["Content-Type": "application/x-www-form-urlencoded"],
         Array(repeating: UInt8(ascii: "a"), count: 3 << 20)),
        ("form posted as JSON", "POST", "/dang-ky", ["Content-Type": "application/json"], Array("{\"phone\":\"0912000001\"}".utf8)),
        ("null byte in a form", "POST", "/dang-ky", ["Content-Type": "application/x-www-form-urlencoded"],
         Array("phone=0912000001&name=A%00B&password=mot+cau+du+dai&consent=1".utf8)),
        ("POST to a page that takes none", "POST", "/khoa-hoc", ["Content-Type": "application/x-www-form-urlencoded"], Array("a=1".utf8)),
        ("unknown method", "DELETE", "/ca-nhan", [:], []),
    ]

    @Test(arguments: 0..<cases.count)
    func aHostileRequestGetsA4xxAndStoresNothing(index: Int) throws {
        let hostile = Self.cases[index]
        let app = try TestApp()
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2),
                                    errorResponse: app.errorResponse, responder: app.respond)
        defer { server.stop() }
        let before = try app.database.countPeople()
        let connection = try RawHTTPConnection(port: server.port)
        let response = try connection.request(hostile.method, hostile.target, headers: hostile.headers, body: hostile.body)
        #expect((400..<500).contains(response.status), "\(hostile.name): \(response.status)")
        if response.headers["content-type"]?.hasPrefix("text/html") == true {
            #expect(response.text.contains("<html lang=\"vi\""), "\(hostile.name): a Vietnamese page")
        }
        #expect(try app.database.countPeople() == before, "\(hostile.name) stored nothing")
    }

    @Test func anOverlongAddressIsTurnedAwayWithItsOwnPage() throws {
        let app = try TestApp()
        let response = app.get("/tim-kiem", query: "q=" + String(repeating: "a", count: 8_200))
        #expect(response.status == 414 && response.text.contains("Địa chỉ quá dài"))
        #expect(app.get("/tim-kiem", query: "q=" + String(repeating: "a", count: 8_000)).status == 200, "a long search still works")
    }

    /// Duplicated parameters take one value, and HTML or SQL typed into a field shown back is
    /// only text.
    @Test(arguments: ["<script>alert(1)</script>", "' OR 1=1; DROP TABLE person; --", "\"><img src=x onerror=alert(1)>"])
    func markupAndSQLInAShownFieldAreOnlyText(text: String) throws {
        let app = try TestApp()
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2),
                                    errorResponse: app.errorResponse, responder: app.respond)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let encoded = Visit.encode(text)
        let response = try connection.request("GET", "/tim-kiem?q=\(encoded)&q=thu+hai")
        #expect(response.status == 200)
        #expect(!response.text.contains(text), "escaped, never as typed")
        #expect(!response.text.contains("<script>alert") && !response.text.contains("<img src=x"))
        #expect(try app.database.countPeople()[.resident] == nil, "the person table is still there, and empty")
    }
}
