import Credentials
import Views

/// What the web layer needs to know about this installation.
public struct WebConfiguration: Sendable {
    public var site: SiteInfo
    /// The folder of static files served under `/static/`.
    public var publicDirectory: String
    /// argon2id limits for passwords (tests use the smallest).
    public var passwordHasher: PasswordHasher
    /// Served over TLS: cookies get `Secure`.
    public var secureCookies: Bool

    public init(site: SiteInfo, publicDirectory: String, passwordHasher: PasswordHasher = .standard, secureCookies: Bool = false) {
        self.site = site
        self.publicDirectory = publicDirectory
        self.passwordHasher = passwordHasher
        self.secureCookies = secureCookies
    }
}
