import Domain
import Routes

/// One of the signed-in resident's classes, as their page lists it.
public struct MyClass: Sendable {
    public var courseClass: CourseClass
    public var status: EnrolmentStatus
    /// Moved from the waiting list into a seat: said plainly, so nobody misses the class.
    public var promoted: Bool

    public init(courseClass: CourseClass, status: EnrolmentStatus, promoted: Bool) {
        self.courseClass = courseClass
        self.status = status
        self.promoted = promoted
    }

    /// "Lớp của tôi" and the next sessions, at the top of the profile page.
    static func render(_ classes: [MyClass], nextSessions: [(session: ClassSession, courseClass: CourseClass)],
                       context: PageContext) -> HTML {
        let strings = context.strings.classes
        guard !classes.isEmpty else {
            return "<h2>\(strings.myClasses)</h2><p>\(strings.noClasses) <a href=\"\(Route.schedule(villageID: nil, field: nil).link)\">\(strings.schedule)</a></p>"
        }
        let items = classes.map { entry -> HTML in
            let state: HTML = switch entry.status {
            case .enrolled: entry.promoted ? "<br><span class=\"notice-inline\">\(strings.youWerePromoted)</span>" : ""
            case .waiting: " <span class=\"tag\">\(context.strings.classAdmin.waitingList)</span>"
            }
            return "<li><a href=\"\(Route.courseClass(id: entry.courseClass.id).link)\">\(entry.courseClass.title)</a>\(state)</li>"
        }
        let next = nextSessions.map { entry -> HTML in
            let cancelled: HTML = entry.session.cancelled ? " <span class=\"tag cancelled\">\(strings.cancelled)</span>" : ""
            return """
            <li>\(SessionList.time(entry.session, context: context))\(cancelled)<br>\
            <a href="\(Route.courseClass(id: entry.courseClass.id).link)">\(entry.courseClass.title)</a></li>
            """
        }
        let upcoming: HTML = next.isEmpty ? "" : "<h3>\(strings.nextSessions)</h3><ul class=\"schedule\">\(next)</ul>"
        return "<h2>\(strings.myClasses)</h2><ul class=\"schedule\">\(items)</ul>\(upcoming)"
    }
}
