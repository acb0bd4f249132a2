import Credentials
import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// What the schedule feeds cover, from the start of today: a month back, so a session
    /// just past stays visible, and half a year ahead, the longest plan staff make.
    static let feedDaysBack: Int64 = 30
    static let feedDaysAhead: Int64 = 180

    /// `/lich.ics`: every class's sessions, for anyone to subscribe to.
    func scheduleFeed(_ exchange: Exchange) throws -> Response {
        let (from, to) = feedWindow()
        return try feedResponse(exchange, CalendarFeed.Kind.schedule, entries: try database.schedule(from: from, to: to),
                                fileName: "lich.ics", isPrivate: false)
    }

    /// `/lop/{id}.ics`: all sessions of one class, past ones included.
    func classFeed(_ exchange: Exchange, id: Int64) throws -> Response {
        guard let courseClass = try database.courseClass(id: id) else { throw PageFailure(status: 404) }
        let entries = try database.sessions(classID: id).map { (session: $0, courseClass: courseClass) }
        return try feedResponse(exchange, .courseClass(title: courseClass.title), entries: entries, fileName: "lop-\(id).ics",
                                isPrivate: false)
    }

    /// `/lich/rieng/{token}.ics`: a resident's own seated classes. The secret address is the
    /// only key (calendar apps send no cookies); a revoked, replaced or unknown one is 404.
    func personalFeed(_ exchange: Exchange, token: String) throws -> Response {
        guard let person = try database.personForCalendarFeed(tokenDigest: SecretToken.digest(token)) else {
            throw PageFailure(status: 404)
        }
        let (from, to) = feedWindow()
        return try feedResponse(exchange, .personal, entries: try database.seatedSchedule(personID: person.id, from: from, to: to),
                                fileName: "lich-rieng.ics", isPrivate: true)
    }

    /// `/ca-nhan/lich`: how to subscribe; POST `create` makes a new secret address (revoking
    /// the old one) and shows it this once, POST `revoke` ends it.
    func calendarFeedSettings(_ exchange: Exchange) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        let strings = exchange.context.strings.feeds
        var newAddress: String?
        var notice: String?
        if exchange.request.method == "POST" {
            switch FormFields(exchange.form)["action"] {
            case "create":
                let token = SecretToken.make()
                try database.createCalendarFeed(personID: person.id, tokenDigest: SecretToken.digest(token), now: clock())
                let route = Route.personalFeed(token: token)
                newAddress = exchange.site.absoluteURL(route) ?? route.link
                notice = strings.created
            case "revoke":
                try database.revokeCalendarFeed(personID: person.id)
                notice = strings.revoked
            default:
                throw PageFailure(status: 400)
            }
        }
        let view = CalendarFeedPage(hasFeed: try database.hasCalendarFeed(personID: person.id), newAddress: newAddress, notice: notice)
        var response = page(view.render(exchange.context))
        // The page may hold the secret address, which no cache should keep.
        response.headers = response.headers.map { $0.name == "Cache-Control" ? ("Cache-Control", "no-store") : $0 }
        return response
    }

    private func feedWindow() -> (from: Int64, to: Int64) {
        let today = DateText.startOfDay(unixSeconds: clock())
        return (today - Self.feedDaysBack * 86_400, today + Self.feedDaysAhead * 86_400)
    }

    /// The feed as `text/calendar`, shown inline so a phone offers to open it in its calendar app.
    /// Public feeds may be stored but are checked again each time; the personal one is never stored.
    func feedResponse(_ exchange: Exchange, _ kind: CalendarFeed.Kind, entries: [(session: ClassSession, courseClass: CourseClass)],
                              fileName: String, isPrivate: Bool) throws -> Response {
        let villageNames = Dictionary(uniqueKeysWithValues: try database.villages().map { ($0.id, $0.displayName) })
        var instructorNames: [Int64: String] = [:]
        for id in Set(entries.compactMap(\.courseClass.instructorID)) {
            instructorNames[id] = try database.person(id: id)?.fullName
        }
        let feed = CalendarFeed(kind: kind, entries: entries, villageNames: villageNames, instructorNames: instructorNames)
        return Response(status: 200, headers: [
            ("Content-Type", "text/calendar; charset=utf-8"),
            ("Content-Disposition", "inline; filename=\"\(fileName)\""),
            ("Cache-Control", isPrivate ? "no-store, private" : "no-cache"),
        ], body: feed.render(exchange.context, now: clock()))
    }
}
