import MicroHTTP

/// Reading the `Cookie` header and writing `Set-Cookie` values, in one place.
enum Cookies {
    static let session = "hoctap_session"
    static let csrf = "hoctap_csrf"
    static let language = "hoctap_lang"

    /// The cookies a request carries (the first value wins for a repeated name).
    static func parse(_ request: Request) -> [String: String] {
        guard let header = request.header("cookie") else { return [:] }
        var cookies: [String: String] = [:]
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(\.trimmingSpaces)
            if parts.count == 2, cookies[parts[0]] == nil { cookies[parts[0]] = parts[1] }
        }
        return cookies
    }

    /// A `Set-Cookie` value: always `HttpOnly; SameSite=Lax; Path=/`, `Secure` under TLS.
    static func set(_ name: String, _ value: String, maxAge: Int?, secure: Bool) -> (name: String, value: String) {
        var text = "\(name)=\(value); Path=/; HttpOnly; SameSite=Lax"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if secure { text += "; Secure" }
        return ("Set-Cookie", text)
    }
}
