import Domain
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
    logger: Logger = Logger(label: "hoctap.web")
) throws -> Responder {
    let application = WebApplication(
        configuration: configuration, database: database, library: library,
        staticFiles: try StaticFiles(directory: configuration.publicDirectory), logger: logger)
    return { request in application.respond(to: request) }
}

/// The pages for the errors the HTTP server answers by itself, before a request reaches the
/// responder (400 for a malformed request, 413 for an oversized body): the same error page
/// and headers as every other response.
public func makeErrorResponder(configuration: WebConfiguration) -> @Sendable (Int) -> Response {
    { status in
        var response = ErrorPages(site: configuration.site).response(status, language: .vietnamese)
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

/// The application's state, all immutable and shared by the server's threads.
final class WebApplication: Sendable {
    let configuration: WebConfiguration
    let database: AppDatabase
    let library: CourseLibrary
    let staticFiles: StaticFiles
    let logger: Logger
    let pageCache = PageCache()

    init(configuration: WebConfiguration, database: AppDatabase, library: CourseLibrary,
         staticFiles: StaticFiles, logger: Logger) {
        self.configuration = configuration
        self.database = database
        self.library = library
        self.staticFiles = staticFiles
        self.logger = logger
    }

    /// Routes the request, turns every failure into a page, adds the security headers.
    func respond(to request: Request) -> Response {
        let language = Preferences.language(of: request)
        var response: Response
        if let route = Route(path: request.path, query: request.query) {
            if request.method == "GET" || request.method == "HEAD" {
                do {
                    response = try handle(route, request: request, language: language)
                } catch let failure as PageFailure {
                    response = errorResponse(failure.status, language: language)
                } catch {
                    logger.error("\(request.method) \(request.path) failed: \(String(describing: error))")
                    response = errorResponse(500, language: language)
                }
            } else {
                response = errorResponse(405, language: language)
                response.headers.append(("Allow", "GET, HEAD"))
            }
        } else {
            response = errorResponse(404, language: language)
        }
        response.headers.append(contentsOf: SecurityHeaders.all)
        return response
    }

    /// The one exhaustive switch from routes to handlers.
    func handle(_ route: Route, request: Request, language: Language) throws -> Response {
        let context = PageContext(site: configuration.site, strings: .forLanguage(language), route: route)
        switch route {
        case .home:
            return pageCache.response(for: route, language: language) {
                page(HomePage(byField: library.byField).render(context))
            }
        case .catalogue(let field, let page):
            return try pageCache.response(for: route, language: language) {
                let catalogue = CataloguePage(byField: library.byField, field: field, page: page)
                guard page <= catalogue.pageCount else { throw PageFailure(status: 404) }
                return self.page(catalogue.render(context))
            }
        case .course(let slug):
            return try pageCache.response(for: route, language: language) {
                guard let course = library.course(slug: slug) else { throw PageFailure(status: 404) }
                return page(CoursePage(course: course).render(context))
            }
        case .lesson(let slug, let number):
            return try pageCache.response(for: route, language: language) {
                guard let course = library.course(slug: slug), let lesson = course.lesson(number) else {
                    throw PageFailure(status: 404)
                }
                return page(LessonPage(course: course, lesson: lesson).render(context))
            }
        case .search(let query, let page):
            // Results depend only on the query and the course files, so they are cached too.
            return try pageCache.response(for: route, language: language) {
                self.page(try search(query: query, page: page).render(context))
            }
        case .asset(let path):
            guard let file = staticFiles.file(path) else { throw PageFailure(status: 404) }
            return staticFiles.response(for: file, request: request)
        case .favicon:
            guard let file = staticFiles.file(["favicon.ico"]) else { throw PageFailure(status: 404) }
            return staticFiles.response(for: file, request: request)
        case .language(let chosen, let returnTo):
            return Preferences.remember(chosen, returnTo: returnTo)
        }
    }

    func page(_ html: HTML, status: Int = 200) -> Response {
        HTMLResponse.page(html, status: status)
    }

    func errorResponse(_ status: Int, language: Language = .vietnamese) -> Response {
        ErrorPages(site: configuration.site).response(status, language: language)
    }
}

/// A handler's way of saying "answer with this error page".
struct PageFailure: Error {
    var status: Int
}
