import Views

/// What the web layer needs to know about this installation.
public struct WebConfiguration: Sendable {
    public var site: SiteInfo
    /// The folder of static files served under `/static/`.
    public var publicDirectory: String

    public init(site: SiteInfo, publicDirectory: String) {
        self.site = site
        self.publicDirectory = publicDirectory
    }
}
