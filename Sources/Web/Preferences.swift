import Domain
import MicroHTTP

/// The visitor's interface language, kept in a cookie (no account needed).
enum Preferences {
    static let cookieName = "hoctap_lang"

    /// The language chosen earlier, or Vietnamese.
    static func language(of request: Request) -> Language {
        guard let cookies = request.header("cookie") else { return .vietnamese }
        for pair in cookies.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(\.trimmingSpaces)
            if parts.count == 2, parts[0] == cookieName, let language = Language(rawValue: parts[1]) {
                return language
            }
        }
        return .vietnamese
    }

    /// Sets the cookie for a year and sends the visitor back where they were.
    static func remember(_ language: Language, returnTo: String) -> Response {
        Response(status: 303, headers: [
            ("Location", returnTo),
            ("Set-Cookie", "\(cookieName)=\(language.code); Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"),
            ("Cache-Control", "no-store"),
        ])
    }
}
