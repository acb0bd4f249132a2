import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/su-kien/{id}`: an event of the Week; the same page as its class, told as an event.
    func eventPage(_ exchange: Exchange, id: Int64) throws -> Response {
        guard try database.courseClass(id: id)?.event != nil else { throw PageFailure(status: 404) }
        return try classPage(exchange, id: id)
    }

    /// `/tuan-le-hoc-tap/{year}`: the programme day by day with "now" and "next" marked;
    /// without a year, the Week under way, else the next one, else the latest.
    func weekProgramme(_ exchange: Exchange, year: Int?, venue: String?, type: EventType?) throws -> Response {
        let now = clock()
        let editions = try database.editions()
        let today = LocalDate(unixSeconds: now)
        let chosen: StoredEdition? = if let year { editions.first { $0.edition.year == year } } else {
            editions.filter { $0.edition.endsOn >= today }.min { $0.edition.startsOn < $1.edition.startsOn } ?? editions.first
        }
        guard let chosen else {
            if year != nil { throw PageFailure(status: 404) }
            return page(WeekProgrammePage(edition: nil, events: [], markers: [:], venue: nil, type: nil).render(exchange.context))
        }
        let all = try database.events(year: chosen.edition.year)
        func place(_ entry: (session: ClassSession, courseClass: CourseClass)) -> String {
            WeekProgrammePage.place(of: entry.courseClass.venue, strings: exchange.context.strings)
        }
        let shown = all.filter { entry in
            (venue.map { place(entry) == $0 } ?? true) && (type.map { entry.courseClass.event?.type == $0 } ?? true)
        }
        let markers = EventTiming.markers(for: all.map {
            EventTiming(id: $0.session.id, startsAt: $0.session.startsAt, endsAt: $0.session.endsAt, cancelled: $0.session.cancelled)
        }, now: now)
        let view = WeekProgrammePage(edition: StoredEditionView(edition: chosen.edition, themeIsPlaceholder: chosen.themeIsPlaceholder),
                                     events: shown, markers: markers, venue: venue, type: type,
                                     venues: Array(Set(all.map(place))).sorted { TextFolding.fold($0) < TextFolding.fold($1) },
                                     banner: try database.weekBannerSummary(year: chosen.edition.year))
        return page(view.render(exchange.context))
    }
}
