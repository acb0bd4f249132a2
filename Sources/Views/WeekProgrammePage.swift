import Domain
import Routes

/// `/tuan-le-hoc-tap/{year}`: the Week's programme. On phones a list by day; on wide screens
/// also a day × venue grid. "Đang diễn ra" and "Sắp tới" mark what is on now and next.
public struct WeekProgrammePage: Sendable {
    public var edition: StoredEditionView?
    public var events: [(session: ClassSession, courseClass: CourseClass)]
    public var markers: [Int64: EventMarker]
    public var venue: String?
    public var type: EventType?
    public var venues: [String]
    /// The banner's description and upload time, when the year has one.
    public var banner: (alt: String, updatedAt: Int64)?

    public init(edition: StoredEditionView?, events: [(session: ClassSession, courseClass: CourseClass)], markers: [Int64: EventMarker],
                venue: String?, type: EventType?, venues: [String] = [], banner: (alt: String, updatedAt: Int64)? = nil) {
        self.banner = banner
        self.edition = edition
        self.events = events
        self.markers = markers
        self.venue = venue
        self.type = type
        self.venues = venues
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.week
        guard let edition else {
            let body: HTML = "<h1>\(strings.navTitle)</h1><p>\(strings.noEdition)</p>"
            return Layout.render(Document(title: strings.navTitle, description: strings.lead, body: body), context: context)
        }
        let week = edition.edition
        let theme: HTML = edition.themeIsPlaceholder || week.theme.isEmpty ? "" : "<p class=\"theme\"><strong>\(strings.theme):</strong> \(week.theme)</p>"
        let slogan: HTML = week.slogan.isEmpty ? "" : "<p class=\"lead\">\(week.slogan)</p>"
        let bannerHTML: HTML = banner.map {
            "<img class=\"week-banner\" src=\"\(Route.weekBanner(year: week.year, version: $0.updatedAt).link)\" alt=\"\($0.alt)\">\n"
        } ?? ""
        let body: HTML = """
        \(bannerHTML)<h1>\(strings.title(week.year))</h1>
        <p class="meta">\(strings.dates(context.strings.date(week.startsOn.unixSeconds(atMinutes: 0)),
                                        context.strings.date(week.endsOn.unixSeconds(atMinutes: 0))))</p>
        \(theme)\(slogan)
        <p class="actions no-print"><a href="\(Route.weekPrint(year: week.year).link)">\(strings.printVersion)</a> · \
        <a href="\(Route.weekAnnouncement(year: week.year, day: nil).link)">\(strings.loudspeakerVersion)</a> · \
        <a href="\(Route.weekFeed(year: week.year).link)">\(strings.addToCalendar)</a></p>
        \(filters(week.year, context: context))
        \(events.isEmpty ? "<p>\(strings.noEvents)</p>" as HTML : list(week, context: context) + grid(week, context: context))
        """
        return Layout.render(Document(title: strings.title(week.year), description: week.slogan.isEmpty ? strings.lead : week.slogan, body: body),
                             context: context)
    }

    private func filters(_ year: Int, context: PageContext) -> HTML {
        let strings = context.strings.week
        let venueOptions = [HTML("<option value=\"\">\(strings.allVenues)</option>")] + venues.map { name -> HTML in
            "<option value=\"\(name)\"\(venue == name ? " selected" : "" as HTML)>\(name)</option>"
        }
        let typeOptions = [HTML("<option value=\"\">\(strings.allTypes)</option>")] + EventType.allCases.map { option -> HTML in
            "<option value=\"\(option.rawValue)\"\(type == option ? " selected" : "" as HTML)>\(strings.typeName(option))</option>"
        }
        return """
        <form class="filters" action="\(Route.weekProgramme(year: year).link)" method="get">
        <div class="field"><label for="dia-diem">\(strings.venue)</label><select id="dia-diem" name="dia-diem">\(venueOptions)</select></div>
        <div class="field"><label for="loai">\(strings.type)</label><select id="loai" name="loai">\(typeOptions)</select></div>
        <button type="submit">\(strings.filter)</button>
        </form>
        """
    }

    /// One event as a line: time, marker, title and place.
    private func item(_ entry: (session: ClassSession, courseClass: CourseClass), context: PageContext, withPlace: Bool) -> HTML {
        let strings = context.strings.week
        let marker: HTML = markers[entry.session.id].map { "<span class=\"tag marker-\($0.rawValue)\">\(strings.marker($0))</span> " } ?? ""
        let cancelled: HTML = entry.session.cancelled ? " <span class=\"tag cancelled\">\(context.strings.classes.cancelled)</span>" : ""
        let place: HTML = withPlace ? "<br><span class=\"meta\">\(Self.place(of: entry.courseClass.venue, strings: context.strings))</span>" : ""
        return """
        <span class="time">\(String(DateText.dayAndTime(unixSeconds: entry.session.startsAt).suffix(5)))–\
        \(String(DateText.dayAndTime(unixSeconds: entry.session.endsAt).suffix(5)))</span> \(marker)\
        <a href="\(Route.event(id: entry.courseClass.id).link)">\(entry.courseClass.title)</a>\(cancelled)\(place)
        """
    }

    private func list(_ week: WeekEdition, context: PageContext) -> HTML {
        HTML.join(week.days.enumerated().compactMap { index, day -> HTML? in
            let entries = events.filter { week.dayNumber(of: $0.session.startsAt) == index + 1 }
            guard !entries.isEmpty else { return nil }
            return """
            <h2>\(context.strings.date(day.unixSeconds(atMinutes: 0)))</h2>
            <ul class="schedule">\(entries.map { HTML("<li>\(item($0, context: context, withPlace: true))</li>") })</ul>
            """
        }, separator: "").wrapped(in: "week-list")
    }

    private func grid(_ week: WeekEdition, context: PageContext) -> HTML {
        let places = venues.filter { name in events.contains { Self.place(of: $0.courseClass.venue, strings: context.strings) == name } }
        let head = places.map { HTML("<th scope=\"col\">\($0)</th>") }
        let rows = week.days.enumerated().map { index, day -> HTML in
            let cells = places.map { place -> HTML in
                let entries = events.filter {
                    week.dayNumber(of: $0.session.startsAt) == index + 1 && Self.place(of: $0.courseClass.venue, strings: context.strings) == place
                }
                return "<td>\(entries.map { HTML("<p>\(item($0, context: context, withPlace: false))</p>") })</td>"
            }
            return "<tr><th scope=\"row\">\(context.strings.date(day.unixSeconds(atMinutes: 0)))</th>\(cells)</tr>"
        }
        return """
        <div class="week-grid table-scroll" tabindex="0"><table class="facts-table"><thead><tr><th scope="col"></th>\(head)</tr></thead>\
        <tbody>\(rows)</tbody></table></div>
        """
    }
}

extension WeekProgrammePage {
    /// A venue as people name it: its own name, or its kind when it has none (the centre),
    /// followed by its village when one is given.
    public static func place(of venue: Venue, strings: Strings, village: String? = nil) -> String {
        guard venue.name.isEmpty else { return venue.name }
        return ([strings.classes.venueKind(venue.kind)] + (village.map { [$0] } ?? [])).joined(separator: ", ")
    }
}

/// An edition as the public pages need it.
public struct StoredEditionView: Sendable {
    public var edition: WeekEdition
    public var themeIsPlaceholder: Bool

    public init(edition: WeekEdition, themeIsPlaceholder: Bool) {
        self.edition = edition
        self.themeIsPlaceholder = themeIsPlaceholder
    }
}

private extension HTML {
    func wrapped(in className: String) -> HTML { "<div class=\"\(className)\">\(self)</div>" }
}
