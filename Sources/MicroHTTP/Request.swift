/// One HTTP request as the responder sees it: decoded, immutable, independent of libmicrohttpd.
public struct Request: Sendable {
    /// The method in upper case (`GET`, `HEAD`, `POST`, …).
    public var method: String
    /// The path, percent-decoded and valid UTF-8 (`/khoa-hoc/ky-nang-so`).
    public var path: String
    /// Query arguments in the order they were sent; repeated keys are kept.
    public var query: [(name: String, value: String)]
    /// Header fields keyed by lower-cased name.
    public var headers: [String: String]
    /// The raw body (at most the server's body limit).
    public var body: [UInt8]
    /// The client's IP address as text, when known.
    public var clientAddress: String?

    public init(
        method: String = "GET",
        path: String = "/",
        query: [(name: String, value: String)] = [],
        headers: [String: String] = [:],
        body: [UInt8] = [],
        clientAddress: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.clientAddress = clientAddress
    }

    /// The first query value for `name`, if any.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// A header value by case-insensitive name.
    public func header(_ name: String) -> String? {
        // Callers mostly pass names already in lower case: skip Unicode case mapping then.
        let isLower = name.utf8.allSatisfy { $0 < 65 || $0 > 90 }
        return headers[isLower ? name : name.lowercased()]
    }

    /// The body decoded as `application/x-www-form-urlencoded`, or nil when it is malformed.
    public func formFields() -> [(name: String, value: String)]? {
        FormDecoder.decode(body)
    }
}
