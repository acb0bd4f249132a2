import Domain
import Routes

/// `/lich`: the coming weeks' sessions grouped by day, each linking to its class; filters
/// by village and field work as a plain form.
public struct SchedulePage: Sendable {
    public var entries: [(session: ClassSession, courseClass: CourseClass)]
    public var villages: [Village]
    public var villageID: Int64?
    public var field: Field?

    public init(entries: [(session: ClassSession, courseClass: CourseClass)], villages: [Village], villageID: Int64?, field: Field?) {
        self.entries = entries
        self.villages = villages
        self.villageID = villageID
        self.field = field
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.classes
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        var days: [(day: String, items: [HTML])] = []
        for (session, courseClass) in entries {
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
        let list: HTML = days.isEmpty ? "<p>\(strings.noSessions)</p>" : HTML.join(days.map { day -> HTML in
            "<h2>\(day.day)</h2><ul class=\"schedule\">\(day.items)</ul>"
        })
        let villageOptions = [HTML("<option value=\"\">\(strings.allVillages)</option>")] + villages.map { village -> HTML in
            "<option value=\"\(village.id)\"\(villageID == village.id ? " selected" : "" as HTML)>\(village.displayName)</option>"
        }
        let fieldOptions = [HTML("<option value=\"\">\(strings.allFields)</option>")] + Field.allCases.map { option -> HTML in
            "<option value=\"\(option.code)\"\(field == option ? " selected" : "" as HTML)>\(context.strings.fieldName(option))</option>"
        }
        let body: HTML = """
        <h1>\(strings.schedule)</h1>
        <p class="lead">\(strings.scheduleLead)</p>
        <p><a href="\(Route.scheduleFeed.link)" type="text/calendar">\(context.strings.feeds.subscribeToSchedule)</a></p>
        <form class="filters" action="\(Route.schedule(villageID: nil, field: nil).link)" method="get">
        <div class="field"><label for="thon">\(context.strings.account.village)</label><select id="thon" name="thon">\(villageOptions)</select></div>
        <div class="field"><label for="linh-vuc">\(context.strings.courseField)</label><select id="linh-vuc" name="linh-vuc">\(fieldOptions)</select></div>
        <button type="submit">\(strings.filter)</button>
        </form>
        \(list)
        """
        return Layout.render(Document(title: strings.schedule, description: strings.scheduleLead, body: body), context: context)
    }
}
