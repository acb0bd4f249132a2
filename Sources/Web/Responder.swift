import Domain
import Foundation
import Logging
import MicroHTTP
import Routes
import Storage
import Views

/// Builds the whole web application as one function from request to response.
/// `main` and the tests both call this: there is no other way in.
public func makeResponder(
    configuration: WebConfiguration,
    database: AppDatabase,
    library: CourseLibrary,
    logger: Logger = Logger(label: "hoctap.web"),
    clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
) throws -> Responder {
    let application = WebApplication(
        configuration: configuration, database: database, library: library,
        staticFiles: try StaticFiles(directory: configuration.publicDirectory), logger: logger, clock: clock,
        settings: try database.centreSettings())
    return { request in application.respond(to: request) }
}

/// The pages for the errors the HTTP server answers by itself, before a request reaches the
/// responder (400 for a malformed request, 413 for an oversized body): the same error page
/// and headers as every other response. With the database, they show the centre's saved
/// names; should reading them fail, the configuration's still make a page.
public func makeErrorResponder(configuration: WebConfiguration, database: AppDatabase? = nil) -> @Sendable (Int) -> Response {
    { status in
        let settings = (try? database?.centreSettings()) ?? nil
        let site = settings.map(configuration.site.applying) ?? configuration.site
        var response = ErrorPages(site: site).response(status, language: .vietnamese)
        response.headers.append(contentsOf: SecurityHeaders.all)
        return response
    }
}

/// Makes every error page.
struct ErrorPages: Sendable {
    let site: SiteInfo

    func response(_ status: Int, language: Language) -> Response {
        let context = PageContext(site: site, strings: .forLanguage(language), route: .home)
        return HTMLResponse.page(ErrorPage(status: status).render(context), status: status)
    }
}

/// HTML pages as responses.
enum HTMLResponse {
    static func page(_ html: HTML, status: Int = 200) -> Response {
        Response(status: status, headers: [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Cache-Control", "no-cache"),
        ], body: Array(html.text.utf8))
    }
}
