import Domain
import Routes

/// A calendar feed of class sessions (`/lich.ics`, `/lop/{id}.ics`, a resident's own feed):
/// one event per session, under a UID that never changes, so that a calendar app moves or
/// strikes out the entry it already has instead of adding another.
public struct CalendarFeed: Sendable {
    public var kind: Kind
    public var entries: [(session: ClassSession, courseClass: CourseClass)]
    /// Village names by id, for the events' location.
    public var villageNames: [Int64: String]
    /// Instructors' names by person id; guests are named in the class itself.
    public var instructorNames: [Int64: String]

    /// Which feed: it decides the calendar's name.
    public enum Kind: Sendable {
        case schedule
        case courseClass(title: String)
        case personal
        case week(year: Int)
    }

    public init(kind: Kind, entries: [(session: ClassSession, courseClass: CourseClass)], villageNames: [Int64: String],
                instructorNames: [Int64: String]) {
        self.kind = kind
        self.entries = entries
        self.villageNames = villageNames
        self.instructorNames = instructorNames
    }

    /// The whole iCalendar document; `now` is every event's `DTSTAMP`.
    public func render(_ context: PageContext, now: Int64) -> [UInt8] {
        let strings = context.strings.feeds
        let centre = context.site.centreName
        let name = switch kind {
        case .schedule: strings.scheduleFeedName(centre)
        case .courseClass(let title): strings.classFeedName(title, centre)
        case .personal: strings.personalFeedName(centre)
        case .week(let year): context.strings.announcement.weekFeedName(year, centre)
        }
        return ICalendar.document(name: name, events: entries.map { event($0.session, $0.courseClass, context: context) }, now: now)
    }

    /// The UID names the session alone: moving it to another day or class keeps the entry.
    static func uid(sessionID: Int64) -> String { "buoi-\(sessionID)@hoctap" }

    private func event(_ session: ClassSession, _ courseClass: CourseClass, context: PageContext) -> CalendarEvent {
        // An event of the Week links to its event page, wherever the feed lists it.
        let classRoute = courseClass.event == nil ? Route.courseClass(id: courseClass.id) : Route.event(id: courseClass.id)
        let url = context.site.absoluteURL(classRoute)
        return CalendarEvent(uid: Self.uid(sessionID: session.id), sequence: session.sequence, startsAt: session.startsAt,
                             endsAt: session.endsAt, summary: courseClass.title, location: location(courseClass, context: context),
                             description: description(session, courseClass, classAddress: url ?? classRoute.link, context: context),
                             url: url, cancelled: session.cancelled, lastModified: session.updatedAt)
    }

    /// "Nhà văn hóa thôn Bắc Sơn, Thôn Bắc Sơn"; the kind of venue when it has no name.
    private func location(_ courseClass: CourseClass, context: PageContext) -> String {
        let venue = courseClass.venue.name.isEmpty ? context.strings.classes.venueKind(courseClass.venue.kind) : courseClass.venue.name
        return [venue, courseClass.villageID.flatMap { villageNames[$0] } ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A few lines a resident reads in the calendar app: whether it is cancelled (some apps
    /// hide the status), who teaches, the partner, the meeting link, and where to read more.
    private func description(_ session: ClassSession, _ courseClass: CourseClass, classAddress: String, context: PageContext) -> String {
        let classes = context.strings.classes
        var lines: [String] = []
        if session.cancelled { lines.append(context.strings.feeds.cancelledNote) }
        let guest = courseClass.guestInstructor.isEmpty ? nil : courseClass.guestInstructor
        if let instructor = courseClass.instructorID.flatMap({ instructorNames[$0] }) ?? guest {
            lines.append("\(classes.instructor): \(instructor)")
        }
        if !courseClass.partner.isEmpty { lines.append("\(classes.partner): \(courseClass.partner)") }
        if courseClass.venue.kind == .online, courseClass.venue.link.hasPrefix("https://") {
            lines.append("\(classes.onlineLink): \(courseClass.venue.link)")
        }
        let pageLabel = courseClass.event == nil ? context.strings.feeds.classPage : context.strings.announcement.eventPage
        lines.append("\(pageLabel): \(classAddress)")
        return lines.joined(separator: "\n")
    }
}
