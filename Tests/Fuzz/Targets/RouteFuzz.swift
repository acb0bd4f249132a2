import MicroHTTP
import Routes

/// A request target read as the server reads it (`ServerCallbacks.makeRequest`: the path
/// starts with `/`, is percent-decoded strictly and holds no NUL; query pairs decoded, empty
/// names dropped), then `Route(path:query:)`. Checked for every route that parses:
/// - its link is a local, percent-encoded address (ASCII, starting with one `/`);
/// - the link, decoded the same way, parses to the same route ("the inverse of parsing",
///   `Route+Link.swift`, and `RouteTests.roundTrips`);
/// - a static file's segments never leave `Public/`, and a return address never leaves the site;
/// - a route that takes uploads takes posts.
enum RouteFuzz {
    static func run(_ input: [UInt8]) throws(PropertyViolation) {
        guard let route = parse(input) else { return }
        let link = route.link
        try require(link.utf8.first == UInt8(ascii: "/") && !link.hasPrefix("//") && link.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F },
                    "link \(link) of \(route)")
        let again = parse(Array(link.utf8))
        try require(again == route, "\(link) parses to \(again.map { "\($0)" } ?? "nil"), not \(route)")
        try require(!route.acceptsUpload || route.acceptsPost, "\(route) takes uploads but not posts")
        switch route {
        case .asset(let path):
            let safe = path.allSatisfy { segment in
                !segment.isEmpty && segment.utf8.first != UInt8(ascii: ".") && !segment.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 }
            }
            try require(safe, "static path \(path)")
        case .language(_, let returnTo), .login(let returnTo):
            let local = returnTo.hasPrefix("/") && !returnTo.hasPrefix("//") && !returnTo.contains("\\")
                && !returnTo.unicodeScalars.contains { $0.value < 0x20 }
            try require(local, "return address \(returnTo)")
        default:
            break
        }
    }

    /// The route of a raw request target, or nil when the server would answer 400 or 404.
    static func parse(_ target: [UInt8]) -> Route? {
        let mark = target.firstIndex(of: UInt8(ascii: "?")) ?? target.endIndex
        let rawPath = target[..<mark]
        guard rawPath.first == UInt8(ascii: "/"), let path = FormDecoder.component(rawPath, plusIsSpace: false),
              !path.utf8.contains(0) else { return nil }
        let rawQuery = mark < target.endIndex ? target[(mark + 1)...] : []
        guard let query = FormDecoder.decode(rawQuery) else { return nil }
        return Route(path: path, query: query.filter { !$0.name.isEmpty })
    }
}
