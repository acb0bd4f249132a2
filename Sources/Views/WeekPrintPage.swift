import Domain
import Routes

/// `/tuan-le-hoc-tap/{year}/in`: the Week's programme on one A4 sheet for the commune
/// noticeboard, headed as the commune's official papers are (Nghị định 30/2020/NĐ-CP): the
/// authority and the issuing centre on the left, the national name and motto on the right.
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
        \(heading(context.site))
        <h1>\(title.uppercased())</h1>
        \(theme)\(table(context))
        </article>
        <p class="no-print"><button type="button" data-print>\(strings.print)</button> \
        <a href="\(Route.weekProgramme(year: week.year).link)">\(context.strings.week.title(week.year))</a></p>
        <script src="\(Route.asset(path: ["print.js"]).link)" defer></script>
        """
        return Layout.render(Document(title: title, description: context.strings.week.lead, body: body), context: context)
    }

    /// The two heading columns. They are the fixed Vietnamese forms of an administrative paper
    /// (quốc hiệu, tiêu ngữ), printed as they are whatever the interface language.
    private func heading(_ site: SiteInfo) -> HTML {
        """
        <div class="official-heading">
        <div><p>ỦY BAN NHÂN DÂN \(site.communeName.uppercased())</p><p class="issuer">\(site.centreName.uppercased())</p></div>
        <div><p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p></div>
        </div>
        """
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
                return """
                <tr>\(dayCell)<td>\(time(entry.session.startsAt))–\(time(entry.session.endsAt))</td><td>\(entry.courseClass.title)</td>\
                <td>\(place(entry.courseClass, context: context))</td><td>\(entry.courseClass.event?.organiser ?? "")</td></tr>
                """
            }
            return "<tbody>\n\(HTML.join(rows, separator: "\n"))\n</tbody>"
        }
        return """
        <div class="table-scroll"><table class="programme-table">
        <thead><tr><th scope="col">\(strings.day)</th><th scope="col">\(strings.time)</th><th scope="col">\(strings.event)</th>\
        <th scope="col">\(context.strings.week.venue)</th><th scope="col">\(context.strings.week.organiser)</th></tr></thead>
        \(HTML.join(days, separator: "\n"))
        </table></div>
        """
    }

    private func time(_ unixSeconds: Int64) -> String { String(DateText.dayAndTime(unixSeconds: unixSeconds).suffix(5)) }

    /// The venue's name, or its kind and village when it has none.
    private func place(_ courseClass: CourseClass, context: PageContext) -> String {
        guard courseClass.venue.name.isEmpty else { return courseClass.venue.name }
        let village = courseClass.villageID.flatMap { villageNames[$0] }
        return ([context.strings.classes.venueKind(courseClass.venue.kind)] + (village.map { [$0] } ?? [])).joined(separator: ", ")
    }
}
