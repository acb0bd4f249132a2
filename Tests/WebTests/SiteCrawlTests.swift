import Foundation
import MicroHTTP
import Routes
import Storage
import Testing
import TestSupport

/// Follows every link of the real site (shipped courses and files), in both languages:
/// nothing links to a page that does not exist, and every page is valid UTF-8 HTML.
@Suite struct SiteCrawlTests {
    @Test(arguments: ["vi", "en"])
    func everyLinkLeadsSomewhere(language: String) throws {
        let library = try CourseLibrary.load(from: Repository.courses)
        let app = try TestApp(courses: library.courses)
        let cookie = ["Cookie": "hoctap_lang=\(language)"]
        var queue = ["/"]
        var seen: Set<String> = ["/"]
        var pages = 0
        while let link = queue.popLast() {
            let (path, query) = Self.split(link)
            let response = app.get(path, query: query, headers: cookie)
            #expect([200, 303].contains(response.status), "\(link) → \(response.status)")
            guard response.header("Content-Type")?.hasPrefix("text/html") == true else { continue }
            pages += 1
            #expect(response.text.contains("<html lang=\"\(language)\">"), "\(link)")
            for found in Self.links(in: response.text) where !seen.contains(found) {
                seen.insert(found)
                if !found.hasPrefix("/ngon-ngu/") { queue.append(found) }
            }
        }
        let lessons = library.courses.reduce(0) { $0 + $1.lessons.count }
        #expect(pages >= 3 + library.courses.count + lessons)
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: " href=\"").dropFirst().compactMap { piece in
            let link = String(piece.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            return link.hasPrefix("/") && !link.hasPrefix("//") ? link : nil
        }
    }

    static func split(_ link: String) -> (String, String) {
        let parts = link.split(separator: "?", maxSplits: 1).map(String.init)
        return (FormDecoder.component(parts[0], plusIsSpace: false) ?? parts[0], parts.count > 1 ? parts[1] : "")
    }
}

/// Pages over a real socket: keep-alive holds (the response is not queued on the first call)
/// and HEAD gets headers only.
@Suite struct SocketPageTests {
    @Test func pagesKeepTheConnectionOpenAndAnswerHead() throws {
        let app = try TestApp()
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2),
                                    responder: app.respond)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        for path in ["/", "/khoa-hoc", "/khoa-hoc/phong-chong-lua-dao", "/tim-kiem?q=lua+dao"] {
            let response = try connection.request("GET", path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["connection"]?.lowercased() != "close", "\(path)")
        }
        let head = try connection.request("HEAD", "/khoa-hoc")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(Int(head.headers["content-length"] ?? "0")! > 1000)
        #expect(try connection.request("GET", "/khoa-hoc/khong-co").status == 404)
    }

    /// Requests the server refuses before the responder sees them still get the Vietnamese
    /// error page and the security headers.
    @Test func serverErrorsUseTheSiteErrorPages() throws {
        let app = try TestApp()
        let server = try HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2, maxBodyBytes: 100),
                                    errorResponse: app.errorResponse, responder: app.respond)
        defer { server.stop() }
        let malformed = try RawHTTPConnection(port: server.port).request("GET", "/tim-kiem?q=%E1%BA")
        #expect(malformed.status == 400)
        #expect(malformed.text.contains("Yêu cầu không hợp lệ"))
        #expect(malformed.headers["content-security-policy"]?.contains("default-src 'self'") == true)
        let large = try RawHTTPConnection(port: server.port).request("POST", "/", body: [UInt8](repeating: 1, count: 101))
        #expect(large.status == 413)
        #expect(large.text.contains("Dữ liệu gửi lên quá lớn"))
        #expect(large.headers["x-content-type-options"] == "nosniff")
    }
}
