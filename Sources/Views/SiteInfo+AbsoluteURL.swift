import Routes

extension SiteInfo {
    /// The route's full address on the public site (`https://hoctap.example.vn/lop/3`), for
    /// places read away from the site, such as calendar apps; nil when the address is unknown.
    public func absoluteURL(_ route: Route) -> String? {
        guard let base = publicURL, !base.isEmpty else { return nil }
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + route.link
    }
}
