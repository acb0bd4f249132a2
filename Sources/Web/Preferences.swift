import Domain
import MicroHTTP

/// The visitor's interface language, kept in a cookie (no account needed).
enum Preferences {
    /// The language chosen earlier, or Vietnamese.
    static func language(cookies: [String: String]) -> Language {
        cookies[Cookies.language].flatMap(Language.init(rawValue:)) ?? .vietnamese
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
