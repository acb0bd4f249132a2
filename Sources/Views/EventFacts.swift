import Domain
import Routes

/// What an event of the Week adds to a class's page: organiser, audience, its description
/// and the link to add it to a calendar.
enum EventFacts {
    static func render(_ courseClass: CourseClass, descriptionHTML: String, context: PageContext) -> HTML {
        guard let event = courseClass.event else { return "" }
        let strings = context.strings.week
        var rows: [HTML] = []
        if !event.organiser.isEmpty { rows.append("<tr><th scope=\"row\">\(strings.organiser)</th><td>\(event.organiser)</td></tr>") }
        if !event.audience.isEmpty { rows.append("<tr><th scope=\"row\">\(strings.audience)</th><td>\(event.audience)</td></tr>") }
        let table: HTML = rows.isEmpty ? "" : "<table class=\"facts-table\">\(rows)</table>"
        let description: HTML = descriptionHTML.isEmpty ? "" : "<div class=\"prose\">\(HTML.raw(descriptionHTML))</div>"
        let calendar: HTML = "<p><a href=\"\(Route.eventFeed(id: courseClass.id).link)\">\(strings.addToCalendar)</a></p>"
        return "\(table)\(description)\(calendar)"
    }

    /// When, where and in which Week, on one line: the description a link shared on Zalo or
    /// Facebook shows under the title, so people can tell from the card whether they can come.
    /// Nil for a class that is not an event.
    static func shareLine(_ courseClass: CourseClass, sessions: [ClassSession], strings: Strings) -> String? {
        guard let event = courseClass.event else { return nil }
        // An event has one session; a card still showing the time of a cancelled one says so first.
        let session = sessions.first
        let when = session.map { String(DateText.dayAndTime(unixSeconds: $0.startsAt).suffix(5)) + " " + strings.date($0.startsAt) }
        return [session?.cancelled == true ? strings.classes.cancelled : nil, when,
                WeekProgrammePage.place(of: courseClass.venue, strings: strings), strings.week.title(event.editionYear)]
            .compactMap { $0 }.joined(separator: " · ")
    }
}
