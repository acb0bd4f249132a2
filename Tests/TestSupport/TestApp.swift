import Domain
import Logging
import MicroHTTP
import Storage
import Views
import Web

/// The whole application wired as `main` wires it, on a temporary database, for
/// sending requests straight to the responder.
public struct TestApp: Sendable {
    public let respond: Responder
    /// The error pages the HTTP server sends by itself (400, 413).
    public let errorResponse: @Sendable (Int) -> Response
    public let database: AppDatabase
    public let library: CourseLibrary
    private let directory: TemporaryDirectory

    public init(courses: [Course] = [.make()], publicDirectory: String = Repository.publicFiles,
                site: SiteInfo = SiteInfo(centreName: "TTHTCĐ Thử Nghiệm", communeName: "Xã Thử Nghiệm")) throws {
        let (database, directory) = try AppDatabase.temporary()
        let library = CourseLibrary(courses: courses)
        try database.replaceCourseIndex(with: library.courses)
        self.database = database
        self.directory = directory
        self.library = library
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let configuration = WebConfiguration(site: site, publicDirectory: publicDirectory)
        errorResponse = makeErrorResponder(configuration: configuration)
        respond = try makeResponder(
            configuration: configuration,
            database: database, library: library, logger: logger)
    }

    /// Sends a request and returns the response.
    public func get(_ path: String, query: String = "", headers: [String: String] = [:]) -> Response {
        respond(.make("GET", path, query: query, headers: headers))
    }
}
