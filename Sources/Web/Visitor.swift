import Credentials
import Domain
import MicroHTTP
import Storage

/// Who sent a request: the signed-in person (if any), their session, and the visitor's
/// anti-forgery token.
struct Visitor {
    var person: Person?
    /// The digest of the session cookie's token, when signed in.
    var sessionDigest: String?
    /// The anti-forgery token: the cookie's, or a new one to set with this response.
    var csrfToken: String
    var isNewCSRFToken: Bool
    var cookies: [String: String]

    /// Reads the cookies and, when there is a session cookie, the session behind it. A new
    /// anti-forgery token is made only for pages that can hold a form (`needsToken`) or for
    /// signed-in visitors, whose header has the sign-out form: plain pages stay cheap.
    static func identify(_ request: Request, database: AppDatabase, now: Int64, needsToken: Bool) throws -> Visitor {
        let cookies = Cookies.parse(request)
        var person: Person?
        var digest: String?
        if let token = cookies[Cookies.session], token.utf8.count == 64 {
            let candidate = SecretToken.digest(token)
            person = try database.sessionPerson(tokenDigest: candidate, now: now)
            digest = person == nil ? nil : candidate
        }
        let existing = cookies[Cookies.csrf].flatMap { $0.utf8.count == 64 ? $0 : nil }
        let makeToken = existing == nil && (needsToken || person != nil)
        return Visitor(person: person, sessionDigest: digest, csrfToken: existing ?? (makeToken ? SecretToken.make() : ""),
                       isNewCSRFToken: makeToken, cookies: cookies)
    }

    /// A posted form is genuine when its `csrf` field matches the visitor's cookie
    /// (double submit: another site can neither read nor set that cookie).
    func acceptsForm(_ fields: [(name: String, value: String)]) -> Bool {
        guard !isNewCSRFToken, !csrfToken.isEmpty, let sent = fields.first(where: { $0.name == "csrf" })?.value else { return false }
        return SecretToken.equal(sent, csrfToken)
    }
}
