import Domain
import Logging
import MicroHTTP
import Routes
import Storage
import Views

/// The application's state, all immutable and shared by the server's threads.
final class WebApplication: Sendable {
    let configuration: WebConfiguration
    let database: AppDatabase
    let library: CourseLibrary
    let staticFiles: StaticFiles
    let logger: Logger
    let clock: @Sendable () -> Int64
    let pageCache = PageCache()
    let storageFaults = StorageFaultLog()
    /// The names pages show: the saved centre settings, else the configuration's.
    let site: CurrentSite

    init(configuration: WebConfiguration, database: AppDatabase, library: CourseLibrary,
         staticFiles: StaticFiles, logger: Logger, clock: @escaping @Sendable () -> Int64, settings: CentreSettings?) {
        self.configuration = configuration
        site = CurrentSite(configured: configuration.site, settings: settings)
        self.database = database
        self.library = library
        self.staticFiles = staticFiles
        self.logger = logger
        self.clock = clock
    }

    /// Everything a handler needs about one request.
    struct Exchange {
        var request: Request
        var route: Route
        var visitor: Visitor
        var language: Language
        let currentSite: CurrentSite
        /// The posted form fields (empty for GET).
        var form: [(name: String, value: String)]
        /// Files posted with the form (only on routes that accept uploads).
        var uploads: [MultipartPart] = []

        /// Read when a page is drawn, not when the request arrives: a page cached after the
        /// settings changed then always shows the new names.
        var site: SiteInfo { currentSite.info }

        /// What a page needs to be drawn. Made on demand: it copies the language's whole string
        /// catalogue, which static files and cached pages never need.
        var context: PageContext {
            PageContext(site: site, strings: .forLanguage(language), route: route,
                        account: visitor.person.map { SignedIn(name: $0.fullName, role: $0.role) },
                        csrfToken: visitor.csrfToken)
        }
    }

    /// Identifies the visitor, checks method, anti-forgery token and role in one place,
    /// dispatches, turns every failure into a page and adds the security headers.
    func respond(to request: Request) -> Response {
        var response: Response
        var language = Language.vietnamese
        if database.reopenIfWritable(now: clock()) {
            logger.notice("cơ sở dữ liệu ghi được trở lại — the database is writable again")
        }
        do {
            // No page of the site needs a longer address: a longer one is a mistake or an attack.
            let targetBytes = request.path.utf8.count + request.query.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 2 }
            guard targetBytes <= 8_192 else { throw PageFailure(status: 414) }
            let route = Route(path: request.path, query: request.query)
            let visitor = try Visitor.identify(request, database: database, now: clock(), needsToken: route?.acceptsPost ?? false)
            language = Preferences.language(cookies: visitor.cookies, acceptLanguage: request.header("accept-language"))
            guard let route else { throw PageFailure(status: 404) }
            response = try admit(request, route: route, visitor: visitor, language: language)
            // Pages with forms need the visitor's token in a cookie; plain pages for visitors
            // who are not signed in stay cookie-free.
            if visitor.isNewCSRFToken {
                response.headers.append(Cookies.set(Cookies.csrf, visitor.csrfToken, maxAge: nil, secure: configuration.secureCookies))
            }
        } catch let failure as PageFailure {
            response = errorResponse(failure.status, language: language)
        } catch {
            if let fault = StorageFault(error) {
                // Nothing was written (SQLite rolled back) and reads may still work: say so,
                // and let the visitor go back to the form they filled in, rather than a 500.
                storageFaults.record(fault, method: request.method, path: request.path, now: clock(), logger: logger)
                response = errorResponse(507, language: language)
                response.headers.append(("Retry-After", "60"))
            } else {
                logger.error("\(request.method) \(request.path) failed: \(String(describing: error))")
                response = errorResponse(500, language: language)
            }
        }
        response.headers.append(contentsOf: SecurityHeaders.all)
        return response
    }

    private func admit(_ request: Request, route: Route, visitor: Visitor, language: Language) throws -> Response {
        var form: [(name: String, value: String)] = []
        var uploads: [MultipartPart] = []
        switch request.method {
        case "GET", "HEAD":
            break
        case "POST" where route.acceptsPost:
            if route.acceptsUpload, let boundary = MultipartForm.boundary(fromContentType: request.header("content-type") ?? "") {
                guard let parts = MultipartForm.decode(request.body, boundary: boundary) else { throw PageFailure(status: 400) }
                form = parts.filter { $0.fileName == nil }.map { ($0.name, String(decoding: $0.body, as: UTF8.self)) }
                uploads = parts.filter { $0.fileName != nil }
            } else {
                guard let fields = request.formFields() else { throw PageFailure(status: 400) }
                form = fields
            }
            guard visitor.acceptsForm(form) else { throw PageFailure(status: 403) }
        default:
            var response = errorResponse(405, language: language)
            response.headers.append(("Allow", route.acceptsPost ? "GET, HEAD, POST" : "GET, HEAD"))
            return response
        }
        if let required = AccessPolicy.requiredRole(for: route) {
            guard let person = visitor.person else {
                return redirect(to: .login(next: request.method == "GET" ? route.link : "/"))
            }
            guard person.role >= required else { throw PageFailure(status: 403) }
        }
        return try handle(Exchange(request: request, route: route, visitor: visitor, language: language,
                                   currentSite: site, form: form, uploads: uploads))
    }

    func page(_ html: HTML, status: Int = 200) -> Response {
        HTMLResponse.page(html, status: status)
    }

    func redirect(to route: Route) -> Response {
        Response(status: 303, headers: [("Location", route.link), ("Cache-Control", "no-store")])
    }

    func errorResponse(_ status: Int, language: Language = .vietnamese) -> Response {
        ErrorPages(site: site.info).response(status, language: language)
    }
}

/// A handler's way of saying "answer with this error page".
struct PageFailure: Error {
    var status: Int
}
