/// A class (lớp) the centre runs: of a course from the library, or a one-off topic session
/// (chuyên đề) with its own title. Its sessions are `ClassSession`s.
public struct CourseClass: Sendable, Equatable {
    public var id: Int64
    /// The library course taught, or nil for a topic session.
    public var courseSlug: String?
    public var title: String
    public var field: Field
    public var venue: Venue
    /// The village where it happens, for the schedule's village filter (nil at the centre or online).
    public var villageID: Int64?
    /// A staff or instructor account, or a guest named in `guestInstructor`.
    public var instructorID: Int64?
    public var guestInstructor: String
    /// The partner organisation (Hội Nông dân, trạm y tế, công an xã…), if any.
    public var partner: String
    public var capacity: Int
    /// Enrolment is open from `enrolOpensAt` until `enrolClosesAt` (unix seconds); nil means no bound.
    public var enrolOpensAt: Int64?
    public var enrolClosesAt: Int64?
    /// Who the class is meant for; residents of other groups may still enrol.
    public var groups: [TargetGroup]
    /// Points each attended session is worth before the status rule applies.
    public var pointsPerSession: Int
    public var summary: String
    /// Learning-citizen indicator numbers (1–10) staff tagged it with: attending it counts as
    /// evidence for them in the self-assessment.
    public var indicators: [Int]
    /// Set when this is an event of the Week rather than a class.
    public var event: EventDetails?

    public init(id: Int64, courseSlug: String?, title: String, field: Field, venue: Venue, villageID: Int64? = nil,
                instructorID: Int64? = nil, guestInstructor: String = "", partner: String = "", capacity: Int,
                enrolOpensAt: Int64? = nil, enrolClosesAt: Int64? = nil, groups: [TargetGroup] = TargetGroup.all,
                pointsPerSession: Int = 0, summary: String = "", indicators: [Int] = [], event: EventDetails? = nil) {
        self.event = event
        self.indicators = indicators
        self.id = id
        self.courseSlug = courseSlug
        self.title = title
        self.field = field
        self.venue = venue
        self.villageID = villageID
        self.instructorID = instructorID
        self.guestInstructor = guestInstructor
        self.partner = partner
        self.capacity = capacity
        self.enrolOpensAt = enrolOpensAt
        self.enrolClosesAt = enrolClosesAt
        self.groups = groups
        self.pointsPerSession = pointsPerSession
        self.summary = summary
    }

    /// The indicators attending a class is evidence for: those staff tagged it with, those of
    /// its library course, and 5 (information technology) when it teaches digital skills.
    public static func supportedIndicators(tagged: [Int], courseIndicators: [Int], field: Field) -> Set<Int> {
        var numbers = Set(tagged).union(courseIndicators)
        if field == .digitalSkills { numbers.insert(5) }
        return numbers
    }

    /// Whether a resident may enrol at `now`: never for an open event (people just come and
    /// check in), else inside the enrolment dates.
    public func isEnrolmentOpen(now: Int64) -> Bool {
        event?.takesRegistration != false && (enrolOpensAt.map { now >= $0 } ?? true) && (enrolClosesAt.map { now < $0 } ?? true)
    }
}

/// Where a class meets.
public struct Venue: Sendable, Equatable {
    public var kind: Kind
    /// "Nhà văn hóa thôn Bắc Sơn", "Trường THCS xã"… (empty at the centre).
    public var name: String
    /// The meeting link, for online classes.
    public var link: String

    public init(kind: Kind, name: String = "", link: String = "") {
        self.kind = kind
        self.name = name
        self.link = link
    }

    public enum Kind: String, CaseIterable, Sendable {
        case centre = "trung-tam"
        case villageHall = "nha-van-hoa"
        case school = "truong-hoc"
        case online = "truc-tuyen"
        case other = "khac"
    }
}

/// One meeting of a class. Moving it bumps `sequence`, so calendar apps replace the old time.
public struct ClassSession: Sendable, Equatable {
    public var id: Int64
    public var classID: Int64
    public var startsAt: Int64
    public var endsAt: Int64
    public var cancelled: Bool
    public var sequence: Int
    /// When it was created, moved or cancelled (calendar feeds' LAST-MODIFIED).
    public var updatedAt: Int64

    public init(id: Int64, classID: Int64, startsAt: Int64, endsAt: Int64, cancelled: Bool = false, sequence: Int = 0,
                updatedAt: Int64 = 0) {
        self.id = id
        self.classID = classID
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.cancelled = cancelled
        self.sequence = sequence
        self.updatedAt = updatedAt
    }
}

/// A resident's place in a class: a seat, or a place on the waiting list.
public enum EnrolmentStatus: String, Sendable, Equatable {
    case enrolled
    case waiting
}
