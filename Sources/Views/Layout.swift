import Domain
import Routes

/// Who runs this site, shown in every header and footer and in shared links.
public struct SiteInfo: Sendable {
    public var centreName: String
    public var communeName: String
    /// The site's public address (`https://hoctap.example.vn`), for absolute links in
    /// Open Graph tags; nil when unknown.
    public var publicURL: String?
    /// A demonstration install with sample data: every page says so.
    public var isDemo: Bool
    /// The centre's postal address and phone for the footer; empty or nil when not set.
    public var address: String
    public var phone: PhoneNumber?

    public init(centreName: String, communeName: String, publicURL: String? = nil, isDemo: Bool = false,
                address: String = "", phone: PhoneNumber? = nil) {
        self.centreName = centreName
        self.communeName = communeName
        self.publicURL = publicURL
        self.isDemo = isDemo
        self.address = address
        self.phone = phone
    }
}

/// What every page needs to be drawn: the site, the language, the current address, and
/// who is signed in.
public struct PageContext: Sendable {
    public var site: SiteInfo
    public var strings: Strings
    /// The current route, for the language switch to come back to and for `og:url`.
    public var route: Route
    /// The signed-in person, or nil for a visitor.
    public var account: SignedIn?
    /// The visitor's anti-forgery token, put into every form that changes something.
    public var csrfToken: String

    public init(site: SiteInfo, strings: Strings, route: Route, account: SignedIn? = nil, csrfToken: String = "") {
        self.site = site
        self.strings = strings
        self.route = route
        self.account = account
        self.csrfToken = csrfToken
    }
}

/// Who is signed in, as the header shows it.
public struct SignedIn: Sendable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}

/// A page's content before the layout wraps it.
public struct Document: Sendable {
    public var title: String
    public var description: String
    public var body: HTML
    /// `website` or `article` (Open Graph).
    public var kind: String

    public init(title: String, description: String, body: HTML, kind: String = "website") {
        self.title = title
        self.description = description
        self.body = body
        self.kind = kind
    }
}

/// The frame around every page: head with Open Graph tags, header, navigation, footer.
public enum Layout {
    public static func render(_ document: Document, context: PageContext) -> HTML {
        let strings = context.strings
        let site = context.site
        let fullTitle = document.title == site.centreName ? site.centreName : "\(document.title) – \(site.centreName)"
        let other = strings.otherLanguage
        let switchLink = Route.language(other, returnTo: context.route.link).link
        return """
        <!doctype html>
        <html lang="\(strings.language.code)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle)</title>
        <meta name="description" content="\(document.description)">
        <meta property="og:type" content="\(document.kind)">
        <meta property="og:title" content="\(document.title)">
        <meta property="og:description" content="\(document.description)">
        <meta property="og:site_name" content="\(site.centreName)">
        <meta property="og:locale" content="\(strings.language == .vietnamese ? "vi_VN" : "en_US")">
        \(openGraphURLs(site: site, route: context.route))<link rel="stylesheet" href="\(Route.asset(path: ["style.css"]).link)">
        <link rel="icon" href="\(Route.asset(path: ["favicon.svg"]).link)" type="image/svg+xml">
        </head>
        <body>
        <a class="skip" href="#noi-dung">\(strings.skipToContent)</a>
        \(site.isDemo ? "<p class=\"demo-banner\">\(strings.demoNotice)</p>\n" as HTML : "")        <header class="site-header">
        <div class="wrap header-row">
        <a class="brand" href="\(Route.home.link)"><img src="\(Route.asset(path: ["logo.svg"]).link)" alt="" width="40" height="40"><span class="brand-text"><strong>\(site.centreName)</strong><small>\(site.communeName)</small></span></a>
        <nav class="site-nav" aria-label="\(strings.navHome)">
        <a href="\(Route.catalogue(field: nil, page: 1).link)">\(strings.navCourses)</a>
        <a href="\(Route.schedule(villageID: nil, field: nil).link)">\(strings.classes.schedule)</a>
        <a href="\(Route.search(query: "", page: 1).link)">\(strings.navSearch)</a>
        \(accountLinks(context))</nav>
        </div>
        </header>
        <main id="noi-dung" class="wrap">
        \(document.body)
        </main>
        <footer class="site-footer">
        <div class="wrap">
        <p><strong>\(strings.footerCentre(site.centreName, site.communeName))</strong></p>
        \(contact(site, strings: strings.centre))<p>\(strings.footerNote)</p>
        <p><a class="language" href="\(switchLink)" lang="\(other.code)" hreflang="\(other.code)" rel="nofollow">\(strings.switchLanguage)</a></p>
        </div>
        </footer>
        </body>
        </html>

        """
    }

    /// The centre's address and phone (a `tel:` link), when an administrator set them.
    private static func contact(_ site: SiteInfo, strings: CentreStrings) -> HTML {
        var parts: [HTML] = []
        if !site.address.isEmpty { parts.append("\(strings.footerAddress): \(site.address)") }
        if let phone = site.phone {
            parts.append("\(strings.footerPhone): <a class=\"tel\" href=\"tel:\(phone.digits)\">\(phone.description)</a>")
        }
        return parts.isEmpty ? "" : "<p class=\"contact\">\(HTML.join(parts, separator: " · "))</p>\n"
    }

    /// Sign-in link for visitors; profile, admin and sign-out for the signed in.
    private static func accountLinks(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        guard let account = context.account else {
            // Come back here after signing in; from the sign-in and sign-up pages themselves, keep
            // the destination they already have instead of nesting it.
            let next: String = switch context.route {
            case .login(let next): next
            case .register, .logout: "/"
            default: context.route.link
            }
            return "<a href=\"\(Route.login(next: next).link)\">\(strings.signIn)</a>\n"
        }
        let admin: HTML = account.role >= .instructor ? "<a href=\"\(Route.adminDashboard.link)\">\(strings.admin)</a>\n" : ""
        return """
        <a href="\(Route.profile.link)" title="\(account.name)">\(strings.navProfile)</a>
        \(admin)<form class="inline" action="\(Route.logout.link)" method="post">\(Forms.csrf(context.csrfToken))<button class="link" type="submit">\(strings.signOut)</button></form>

        """
    }

    private static func openGraphURLs(site: SiteInfo, route: Route) -> HTML {
        guard let base = site.publicURL, !base.isEmpty else { return "" }
        let root = base.hasSuffix("/") ? String(base.dropLast()) : base
        return """
        <meta property="og:url" content="\(root + route.link)">
        <meta property="og:image" content="\(root + Route.asset(path: ["og-image.png"]).link)">

        """
    }
}
