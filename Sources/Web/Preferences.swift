import Domain
import MicroHTTP

/// The visitor's interface language, kept in a cookie (no account needed).
enum Preferences {
    /// The language chosen with the switch; else the browser's preference between the two
    /// we offer (`Accept-Language`, by q-value); else Vietnamese.
    static func language(cookies: [String: String], acceptLanguage: String?) -> Language {
        if let chosen = cookies[Cookies.language].flatMap(Language.init(rawValue:)) { return chosen }
        guard let acceptLanguage else { return .vietnamese }
        var best: (language: Language, quality: Double)?
        for item in acceptLanguage.split(separator: ",") {
            let parts = item.split(separator: ";").map(\.trimmingSpaces)
            guard let tag = parts.first?.lowercased(),
                  let language = Language.allCases.first(where: { tag == $0.code || tag.hasPrefix($0.code + "-") }) else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language ?? .vietnamese
    }

    /// Sets the cookie for a year and sends the visitor back where they were.
    static func remember(_ language: Language, returnTo: String, secure: Bool) -> Response {
        Response(status: 303, headers: [
            ("Location", returnTo),
            Cookies.set(Cookies.language, language.code, maxAge: 31_536_000, secure: secure),
            ("Cache-Control", "no-store"),
        ])
    }
}
