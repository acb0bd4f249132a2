import Routes

/// `/ca-nhan/lich`: how to put one's classes into a phone's calendar, the secret address of
/// one's own feed (shown once, right after it is made: only its digest is kept), and the
/// buttons to make a new one or revoke it.
public struct CalendarFeedPage: Sendable {
    public var hasFeed: Bool
    /// The address just made, absolute when the site's public address is known.
    public var newAddress: String?
    public var notice: String?

    public init(hasFeed: Bool, newAddress: String? = nil, notice: String? = nil) {
        self.hasFeed = hasFeed
        self.newAddress = newAddress
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.feeds
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        <section class="narrow">
        \(Components.breadcrumb([(context.strings.account.profile, .profile), (strings.title, nil)], strings: context.strings))
        <h1>\(strings.title)</h1>
        \(noticeHTML)
        <p class="lead">\(strings.lead)</p>
        <p>\(strings.contents)</p>
        \(address(context))
        <h2>\(strings.howToHeading)</h2>
        <ul>
        <li>\(strings.googleSteps)</li>
        <li>\(strings.iPhoneSteps)</li>
        </ul>
        </section>
        """
        return Layout.render(Document(title: strings.title, description: strings.lead, body: body), context: context)
    }

    /// The new address in a field that is easy to select and copy on a phone, or where the
    /// resident stands, then the buttons.
    private func address(_ context: PageContext) -> HTML {
        let strings = context.strings.feeds
        let shown: HTML = if let newAddress {
            """
            <div class="field">
            <label for="dia-chi-lich">\(strings.newAddress)</label>
            <input id="dia-chi-lich" type="text" value="\(newAddress)" readonly aria-describedby="dia-chi-lich-goi-y">
            <p class="hint" id="dia-chi-lich-goi-y">\(strings.shownOnce) \(strings.keepPrivate)</p>
            </div>
            """
        } else {
            "<p>\(hasFeed ? strings.feedActive : strings.noFeed)</p>"
        }
        guard hasFeed else { return "\(shown)\(form("create", strings.create, hint: strings.keepPrivate, secondary: false, context))" }
        return """
        \(shown)
        \(form("create", strings.replace, hint: strings.replaceHint, secondary: true, context))
        \(form("revoke", strings.revoke, hint: strings.revokeHint, secondary: true, context))
        """
    }

    private func form(_ action: String, _ label: String, hint: String, secondary: Bool, _ context: PageContext) -> HTML {
        """
        <form action="\(Route.calendarFeedSettings.link)" method="post">\(Forms.csrf(context.csrfToken))\
        <input type="hidden" name="action" value="\(action)">\
        <button type="submit"\(secondary ? " class=\"secondary\"" : "" as HTML)>\(label)</button>\
        <p class="hint">\(hint)</p></form>
        """
    }
}
