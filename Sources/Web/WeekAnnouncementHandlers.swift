import Domain
import MicroHTTP
import Routes
import Storage
import Views

/// The Week's programme as it leaves the site: read on the loudspeaker, pinned on the
/// noticeboard, and followed in calendar apps. All public, like the programme page.
extension WebApplication {
    /// `/tuan-le-hoc-tap/{year}/thong-bao?ngay=N`: the loudspeaker script as plain text, for
    /// the whole Week or its day N. An unknown year or a day outside the Week is 404.
    func weekAnnouncement(_ exchange: Exchange, year: Int, day: Int?) throws -> Response {
        let (edition, events) = try weekWithEvents(year: year)
        if let day, day > edition.edition.dayCount { throw PageFailure(status: 404) }
        let script = WeekAnnouncement(edition: edition, events: events, villageNames: try villageNames(), day: day)
        return Response(status: 200, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache")],
                        body: Array(script.render(site: exchange.site).utf8))
    }

    /// `/tuan-le-hoc-tap/{year}/in`: the A4 programme for the noticeboard.
    func weekPrint(_ exchange: Exchange, year: Int) throws -> Response {
        let (edition, events) = try weekWithEvents(year: year)
        return page(WeekPrintPage(edition: edition, events: events, villageNames: try villageNames()).render(exchange.context))
    }

    /// `/tuan-le-hoc-tap/{year}.ics`: every event of the Week, cancelled ones struck out.
    func weekFeed(_ exchange: Exchange, year: Int) throws -> Response {
        let (_, events) = try weekWithEvents(year: year)
        return try feedResponse(exchange, .week(year: year), entries: events, fileName: "tuan-le-hoc-tap-\(year).ics", isPrivate: false)
    }

    /// `/su-kien/{id}.ics`: one event; a class that is not an event is 404 here.
    func eventFeed(_ exchange: Exchange, id: Int64) throws -> Response {
        guard let courseClass = try database.courseClass(id: id), courseClass.event != nil else { throw PageFailure(status: 404) }
        let entries = try database.sessions(classID: id).map { (session: $0, courseClass: courseClass) }
        return try feedResponse(exchange, .courseClass(title: courseClass.title), entries: entries, fileName: "su-kien-\(id).ics",
                                isPrivate: false)
    }

    private func weekWithEvents(year: Int) throws -> (StoredEditionView, [(session: ClassSession, courseClass: CourseClass)]) {
        guard let stored = try database.edition(year: year) else { throw PageFailure(status: 404) }
        return (StoredEditionView(edition: stored.edition, themeIsPlaceholder: stored.themeIsPlaceholder), try database.events(year: year))
    }

    private func villageNames() throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try database.villages().map { ($0.id, $0.displayName) })
    }
}
