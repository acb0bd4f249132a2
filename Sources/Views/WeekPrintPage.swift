import Domain
import Routes

/// `/tuan-le-hoc-tap/{year}/in`: the Week's programme on one A4 sheet for the commune
/// noticeboard, headed as the commune's official papers are (`OfficialHeading`).
/// On screen it is an ordinary page with a print button; printed, only the sheet remains.
public struct WeekPrintPage: Sendable {
    public var edition: StoredEditionView
    public var events: [(session: ClassSession, courseClass: CourseClass)]
    /// Village names by id, for events whose venue has no name.
    public var villageNames: [Int64: String]

    public init(edition: StoredEditionView, events: [(session: ClassSession, courseClass: CourseClass)], villageNames: [Int64: String]) {
        self.edition = edition
        self.events = events
        self.villageNames = villageNames
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.announcement
        let week = edition.edition
        let title = strings.programmeTitle(week.year)
        let theme: HTML = edition.themeIsPlaceholder || week.theme.isEmpty
            ? "" : "<p class=\"programme-theme\">\(context.strings.week.theme): “\(week.theme)”</p>\n"
        let body: HTML = """
        <article class="programme-sheet">
        \(OfficialHeading.render(context.site))
        <h1>\(title.uppercased())</h1>
        \(theme)\(table(context))
        </article>
        <p class="no-print"><button type="button" data-print>\(strings.print)</button> \
        <a href="\(Route.weekProgramme(year: week.year).link)">\(context.strings.week.title(week.year))</a></p>
        <script src="\(Route.asset(path: ["print.js"]).link)" defer></script>
        """
        return Layout.render(Document(title: title, description: context.strings.week.lead, body: body), context: context)
    }

    /// One row per event, one row group per day whose first cell spans the day's rows.
    /// Cancelled events are left out: the sheet stays on the board for a week and must only
    /// say what will happen.
    private func table(_ context: PageContext) -> HTML {
        let strings = context.strings.announcement
        let week = edition.edition
        let shown = events.filter { !$0.session.cancelled }
        guard !shown.isEmpty else { return "<p>\(context.strings.week.noEvents)</p>" }
        let days = week.days.enumerated().compactMap { index, day -> HTML? in
            let entries = shown.filter { week.dayNumber(of: $0.session.startsAt) == index + 1 }
            guard !entries.isEmpty else { return nil }
            let rows = entries.enumerated().map { position, entry -> HTML in
                let dayCell: HTML = position == 0
                    ? "<th scope=\"rowgroup\" rowspan=\"\(entries.count)\">\(context.strings.date(day.unixSeconds(atMinutes: 0)))</th>" : ""
                let place = WeekProgrammePage.place(of: entry.courseClass.venue, strings: context.strings,
                                                    village: entry.courseClass.villageID.flatMap { villageNames[$0] })
                return """
                <tr>\(dayCell)<td>\(time(entry.session.startsAt))–\(time(entry.session.endsAt))</td><td>\(entry.courseClass.title)</td>\
                <td>\(place)</td><td>\(entry.courseClass.event?.organiser ?? "")</td></tr>
                """
            }
            return "<tbody>\n\(HTML.join(rows, separator: "\n"))\n</tbody>"
        }
        return """
        <div class="table-scroll" tabindex="0"><table class="programme-table">
        <thead><tr><th scope="col">\(strings.day)</th><th scope="col">\(strings.time)</th><th scope="col">\(strings.event)</th>\
        <th scope="col">\(context.strings.week.venue)</th><th scope="col">\(context.strings.week.organiser)</th></tr></thead>
        \(HTML.join(days, separator: "\n"))
        </table></div>
        """
    }

    private func time(_ unixSeconds: Int64) -> String { String(DateText.dayAndTime(unixSeconds: unixSeconds).suffix(5)) }
}
