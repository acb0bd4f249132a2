/// What makes a class an event of the Lifelong Learning Week: the edition it belongs to, its
/// kind, and who organises it and for whom (the indicators it supports are the class's,
/// `CourseClass.indicators`). An event has one session, so registration, check-in and points
/// work as for classes.
public struct EventDetails: Sendable, Equatable {
    public var editionYear: Int
    public var type: EventType
    public var organiser: String
    public var audience: String
    /// Markdown, shown on the event's page.
    public var description: String
    /// False for open events (a book fair): people come and check in without registering.
    public var takesRegistration: Bool

    /// The seats an open event is stored with: it needs no seat count, and a large one keeps
    /// the class rules (seats, waiting list) working for it unchanged.
    public static let openCapacity = 5000

    public init(editionYear: Int, type: EventType, organiser: String = "", audience: String = "",
                description: String = "", takesRegistration: Bool = true) {
        self.editionYear = editionYear
        self.type = type
        self.organiser = organiser
        self.audience = audience
        self.description = description
        self.takesRegistration = takesRegistration
    }
}
