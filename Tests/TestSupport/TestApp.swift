import Credentials
import Domain
import Logging
import Synchronization
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
    /// The time the application sees, in unix seconds; tests move it forward.
    public let clock: TestClock
    private let directory: TemporaryDirectory

    public init(courses: [Course] = [.make()], publicDirectory: String = Repository.publicFiles,
                site: SiteInfo = SiteInfo(centreName: "TTHTCĐ Thử Nghiệm", communeName: "Xã Thử Nghiệm"),
                log: CapturedLog? = nil) throws {
        let (database, directory) = try AppDatabase.temporary()
        let library = CourseLibrary(courses: courses)
        try database.replaceCourseIndex(with: library.courses)
        self.database = database
        self.directory = directory
        self.library = library
        let clock = TestClock()
        self.clock = clock
        var logger = log?.logger() ?? Logger(label: "test")
        if log == nil { logger.logLevel = .critical }
        let configuration = WebConfiguration(site: site, publicDirectory: publicDirectory, passwordHasher: .minimal)
        errorResponse = makeErrorResponder(configuration: configuration, database: database)
        respond = try makeResponder(
            configuration: configuration,
            database: database, library: library, logger: logger, clock: { clock.now })
    }

    /// Sends a request and returns the response.
    public func get(_ path: String, query: String = "", headers: [String: String] = [:]) -> Response {
        respond(.make("GET", path, query: query, headers: headers))
    }
}

/// A clock that stands still until a test moves it.
public final class TestClock: Sendable {
    private let seconds = Atomic<Int64>(1_790_000_000)

    public init() {}

    public var now: Int64 { seconds.load(ordering: .relaxed) }

    public func advance(by delta: Int64) { seconds.add(delta, ordering: .relaxed) }
}
