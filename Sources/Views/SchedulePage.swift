import Domain
import Routes

/// `/lich`: one week's sessions (Monday to Sunday) grouped by day, each linking to its class,
/// with links to the weeks before and after; filters by village and field work as a plain form
/// and stay on when moving between weeks. One week at a time keeps a busy centre's schedule
/// within a phone's page budget.
public struct SchedulePage: Sendable {
    public var schedule: WeekSchedule
    /// The week of today: shown as plain `/lich`, and marked as "this week".
    public var currentWeek: CalendarWeek
    public var villages: [Village]
    public var villageID: Int64?
    public var field: Field?

    public init(schedule: WeekSchedule, currentWeek: CalendarWeek, villages: [Village], villageID: Int64?, field: Field?) {
        self.schedule = schedule
        self.currentWeek = currentWeek
        self.villages = villages
        self.villageID = villageID
        self.field = field
    }

    /// The schedule of `week` with the same filters; the current week has the plain address,
    /// so links to it are the ones people already share.
    func route(_ week: CalendarWeek) -> Route {
        .schedule(villageID: villageID, field: field, week: week == currentWeek ? nil : week)
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.classes
        let week = schedule.week
        let villageOptions = [HTML("<option value=\"\">\(strings.allVillages)</option>")] + villages.map { village -> HTML in
            "<option value=\"\(village.id)\"\(villageID == village.id ? " selected" : "" as HTML)>\(village.displayName)</option>"
        }
        let fieldOptions = [HTML("<option value=\"\">\(strings.allFields)</option>")] + Field.allCases.map { option -> HTML in
            "<option value=\"\(option.code)\"\(field == option ? " selected" : "" as HTML)>\(context.strings.fieldName(option))</option>"
        }
        // Filtering keeps the week being looked at.
        let weekField: HTML = week == currentWeek ? "" : "<input type=\"hidden\" name=\"tuan\" value=\"\(week.monday.isoText)\">"
        let body: HTML = """
        <h1>\(strings.schedule)</h1>
        <p class="lead">\(strings.scheduleLead)</p>
        <p><a href="\(Route.scheduleFeed.link)" type="text/calendar">\(context.strings.feeds.subscribeToSchedule)</a></p>
        <form class="filters" action="\(Route.schedule(villageID: nil, field: nil).link)" method="get">
        <div class="field"><label for="thon">\(context.strings.account.village)</label><select id="thon" name="thon">\(villageOptions)</select></div>
        <div class="field"><label for="linh-vuc">\(context.strings.courseField)</label><select id="linh-vuc" name="linh-vuc">\(fieldOptions)</select></div>
        \(weekField)<button type="submit">\(strings.filter)</button>
        </form>
        \(navigation(strings))
        \(days(context))
        """
        return Layout.render(Document(title: strings.schedule, description: strings.scheduleLead, body: body), context: context)
    }

    /// The week shown on a line of its own (a phone has no room beside it), then links to the
    /// weeks around it where there is something to see.
    private func navigation(_ strings: ClassStrings) -> HTML {
        let week = schedule.week
        let mark = week == currentWeek ? " (\(strings.currentWeekMark))" : ""
        let links: [HTML] = [
            schedule.previousStart.map { _ in "<a rel=\"prev\" href=\"\(route(week.previous).link)\">\(strings.previousWeek)</a>" },
            schedule.nextStart.map { _ in "<a rel=\"next\" href=\"\(route(week.next).link)\">\(strings.nextWeek)</a>" },
            week == currentWeek ? nil : "<a href=\"\(route(currentWeek).link)\">\(strings.thisWeek)</a>",
        ].compactMap { $0 }
        let nav: HTML = links.isEmpty ? "" : "<nav class=\"pagination\" aria-label=\"\(strings.weekNavigation)\">\(links)</nav>"
        return "<p><strong>\(strings.weekRange(week) + mark)</strong></p>\(nav)"
    }

    /// The week's sessions under a heading per day; an empty week says so and points to the
    /// next week that has sessions.
    private func days(_ context: PageContext) -> HTML {
        let strings = context.strings.classes
        guard !schedule.entries.isEmpty else {
            guard schedule.previousStart != nil || schedule.nextStart != nil else { return "<p>\(strings.noSessions)</p>" }
            let later: HTML = schedule.nextBusyWeek.map { busy in
                " <a href=\"\(route(busy).link)\">\(strings.nextSessionsIn(busy))</a>"
            } ?? ""
            return "<p>\(strings.noSessionsInWeek)\(later)</p>"
        }
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        var days: [(day: String, items: [HTML])] = []
        for (session, courseClass) in schedule.entries {
            let day = context.strings.date(session.startsAt)
            let place = [courseClass.venue.name.isEmpty ? strings.venueKind(courseClass.venue.kind) : courseClass.venue.name,
                         courseClass.villageID.flatMap { names[$0] } ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            let state: HTML = session.cancelled ? " <span class=\"tag cancelled\">\(strings.cancelled)</span>" : ""
            let item: HTML = """
                <li><span class="time">\(String(DateText.dayAndTime(unixSeconds: session.startsAt).suffix(5)))–\
                \(String(DateText.dayAndTime(unixSeconds: session.endsAt).suffix(5)))</span> \
                <a href="\(Route.courseClass(id: courseClass.id).link)">\(courseClass.title)</a>\(state)\
                <br><span class="meta">\(place)</span></li>
                """
            if days.last?.day == day { days[days.count - 1].items.append(item) } else { days.append((day, [item])) }
        }
        return HTML.join(days.map { day -> HTML in "<h2>\(day.day)</h2><ul class=\"schedule\">\(day.items)</ul>" })
    }
}
