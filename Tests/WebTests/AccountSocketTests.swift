import MicroHTTP
import Testing
import TestSupport

/// The account flow over a real socket, the way a phone's browser sends it.
@Suite struct AccountSocketTests {
    @Test func registerSignInSeeProfileSignOut() throws {
        let app = try TestApp()
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2),
                                    errorResponse: app.errorResponse, responder: app.respond)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        var cookies: [String: String] = [:]
        func send(_ method: String, _ target: String, form: [(String, String)] = []) throws -> RawResponse {
            var headers = ["Cookie": cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
            var body: [UInt8] = []
            if method == "POST" {
                headers["Content-Type"] = "application/x-www-form-urlencoded"
                let fields = [("csrf", cookies["hoctap_csrf"] ?? "")] + form
                body = Array(fields.map { "\(Visit.encode($0.0))=\(Visit.encode($0.1))" }.joined(separator: "&").utf8)
            }
            let response = try connection.request(method, target, headers: headers, body: body)
            // The raw client keeps one value per header name: enough here, as each response sets at most one cookie.
            if let set = response.headers["set-cookie"] {
                let pair = set.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                cookies[pair[0]] = set.contains("Max-Age=0") ? nil : pair[1]
            }
            return response
        }

        #expect(try send("GET", "/dang-ky").status == 200)
        #expect(cookies["hoctap_csrf"] != nil)
        let registered = try send("POST", "/dang-ky", form: AccountTests.form)
        #expect(registered.status == 303)
        #expect(cookies["hoctap_session"] != nil)
        #expect(try send("GET", "/ca-nhan").text.contains("Nguyễn Thị Hoa"))
        #expect(try send("POST", "/dang-xuat").status == 303)
        #expect(cookies["hoctap_session"] == nil)
        #expect(try send("GET", "/ca-nhan").status == 303)
        let signedIn = try send("POST", "/dang-nhap?tiep=%2Fca-nhan", form: [("phone", "0912345678"), ("password", "ngày mai trời nắng")])
        #expect(signedIn.headers["location"] == "/ca-nhan")
        #expect(try send("GET", "/ca-nhan").status == 200)
        #expect(try send("POST", "/dang-xuat", form: []).status == 303)
    }
}
