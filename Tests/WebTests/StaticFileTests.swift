import MicroHTTP
import Testing
import TestSupport
import Web

@Suite struct StaticFileTests {
    let app: TestApp
    let folder = TemporaryDirectory()

    init() throws {
        folder.write("Public/style.css", "body { color: #111; }")
        folder.write("Public/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        folder.write("Public/.an.txt", "hidden")
        folder.write("bi-mat.txt", "secret outside Public")
        app = try TestApp(publicDirectory: folder.file("Public"))
    }

    @Test func servesFilesWithTypeETagAndCaching() throws {
        let response = app.get("/static/style.css")
        #expect(response.status == 200)
        #expect(response.text == "body { color: #111; }")
        #expect(response.header("Content-Type") == "text/css; charset=utf-8")
        #expect(response.header("Cache-Control")?.contains("max-age") == true)
        let etag = try #require(response.header("ETag"))
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
        #expect(app.get("/static/img/logo.svg").header("Content-Type") == "image/svg+xml")
    }

    @Test func answers304WhenTheClientHasTheFile() throws {
        let etag = try #require(app.get("/static/style.css").header("ETag"))
        let cached = app.get("/static/style.css", headers: ["If-None-Match": "\"khac\", \(etag)"])
        #expect(cached.status == 304)
        #expect(cached.body.isEmpty)
        #expect(cached.header("ETag") == etag)
        #expect(app.get("/static/style.css", headers: ["If-None-Match": "\"cu\""]).status == 200)
    }

    /// Paths as the responder sees them, after the server decoded `%2e%2e` and friends.
    @Test(arguments: [
        "/static/../bi-mat.txt", "/static/img/../../bi-mat.txt", "/static//bi-mat.txt",
        "/static/" + "/etc/passwd", "/static/.an.txt", "/static/img/", "/static/khong-co.css",
        "/static/..%2fbi-mat.txt", "/static/img\\..\\..\\bi-mat.txt",
    ])
    func neverServesAnythingOutsidePublic(path: String) {
        let response = app.get(path)
        #expect(response.status == 404, "\(path)")
        #expect(!response.text.contains("secret"))
        #expect(!response.text.contains("hidden"))
    }

    @Test func traversalOverARealSocketIsRefused() throws {
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2),
                                    responder: app.respond)
        defer { server.stop() }
        for target in ["/static/../bi-mat.txt", "/static/%2e%2e/bi-mat.txt", "/static/%2E%2E%2Fbi-mat.txt",
                       "/static/img/%2e%2e/%2e%2e/bi-mat.txt", "/static/%2fetc%2fpasswd", "/../bi-mat.txt"] {
            let response = try RawHTTPConnection(port: server.port).request("GET", target)
            #expect(response.status == 404, "\(target)")
            #expect(!response.text.contains("secret"), "\(target)")
        }
        let css = try RawHTTPConnection(port: server.port).request("GET", "/static/style.css")
        #expect(css.status == 200)
        #expect(css.headers["etag"] != nil)
    }

    @Test func faviconIsServedWhenPresent() {
        #expect(app.get("/favicon.ico").status == 404)
        folder.write("Public2/favicon.ico", "ico")
        let withIcon = try? TestApp(publicDirectory: folder.file("Public2"))
        #expect(withIcon?.get("/favicon.ico").header("Content-Type") == "image/x-icon")
    }
}
