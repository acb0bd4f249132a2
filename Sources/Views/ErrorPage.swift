import Routes

/// The page for 400, 404, 405, 413, 414, 500, 503 and 507 (storage full or read-only): what happened, in plain words, and a way on.
public struct ErrorPage: Sendable {
    public var status: Int

    public init(status: Int) { self.status = status }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let body: HTML = """
        <section class="error">
        <h1>\(strings.errorTitle(status))</h1>
        <p>\(strings.errorMessage(status))</p>
        <p class="meta">HTTP \(status)</p>
        \(Components.searchForm(query: "", strings: strings))
        <p><a class="button" href="\(Route.home.link)">\(strings.errorBackHome)</a></p>
        </section>
        """
        return Layout.render(Document(title: strings.errorTitle(status), description: strings.errorMessage(status), body: body), context: context)
    }
}
