/// The report a commune sends after the Lifelong Learning Week: what was held, who registered,
/// who came, and who the participants were. Running the Week and reporting on it is evidence
/// for the learning-community title, so every number here is counted from recorded rows,
/// never estimated, and each table adds up to the totals.
///
/// Counting rules:
/// - a participant took part (present or late) in at least one of the Week's events;
/// - attendances (lượt người) count each participant once per event they took part in;
/// - points follow the published rule, as each resident's ledger does.
public struct WeekReport: Sendable, Equatable {
    /// An event's session with its registrations and recorded attendance. An event normally
    /// has one session; one that staff gave more appears once per session, its registrations
    /// counted once.
    public struct Event: Sendable, Equatable {
        /// The session's id.
        public var id: Int64
        public var classID: Int64
        public var title: String
        public var type: EventType
        public var startsAt: Int64
        public var endsAt: Int64
        public var venue: Venue
        /// The name of the venue's village, for a venue known only by its kind.
        public var village: String?
        public var cancelled: Bool
        public var takesRegistration: Bool
        public var points: Int
        /// Person ids holding a seat, and those on the waiting list.
        public var seated: Set<Int64>
        public var waiting: Set<Int64>
        /// Recorded statuses by person id.
        public var marks: [Int64: AttendanceStatus]

        public init(id: Int64, classID: Int64, title: String, type: EventType, startsAt: Int64, endsAt: Int64, venue: Venue, village: String? = nil, cancelled: Bool = false,
                    takesRegistration: Bool = true, points: Int = 0, seated: Set<Int64> = [], waiting: Set<Int64> = [],
                    marks: [Int64: AttendanceStatus] = [:]) {
            self.id = id
            self.classID = classID
            self.title = title
            self.type = type
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.venue = venue
            self.village = village
            self.cancelled = cancelled
            self.takesRegistration = takesRegistration
            self.points = points
            self.seated = seated
            self.waiting = waiting
            self.marks = marks
        }

        /// Recorded people with `status`.
        public func count(_ status: AttendanceStatus) -> Int { marks.values.filter { $0 == status }.count }

        /// People who took part (present or late).
        public var participants: Set<Int64> { Set(marks.filter(\.value.attended).keys) }

        /// Participants who had no seat: walk-ins at an open event, or people let in at the door.
        public var walkIns: Int { participants.subtracting(seated).count }

        public func pointsAwarded(_ rule: PointsRule) -> Int {
            marks.values.reduce(0) { $0 + rule.points(for: $1, sessionPoints: points) }
        }
    }

    /// What the report needs to know of a participant.
    public struct Person: Sendable, Equatable {
        public var village: String?
        public var group: TargetGroup?
        public var sex: Sex?
        public var birthYear: Int?

        public init(village: String? = nil, group: TargetGroup? = nil, sex: Sex? = nil, birthYear: Int? = nil) {
            self.village = village
            self.group = group
            self.sex = sex
            self.birthYear = birthYear
        }
    }

    /// One line of a breakdown: people and their attendances. A nil key is "not recorded".
    public struct Line<Key: Hashable & Sendable>: Sendable, Equatable {
        public var key: Key?
        public var people: Int
        public var attendances: Int
    }

    public var edition: WeekEdition
    /// In time order.
    public var events: [Event]
    /// Participants by person id (at least everyone with a mark).
    public var people: [Int64: Person]
    /// Every village of the commune, so one where nobody came shows a zero.
    public var villages: [String]
    public var rule: PointsRule
    public var ageBands: AgeBands
    /// When the report was drawn: events not yet started are not counted as held.
    public var now: Int64

    public init(edition: WeekEdition, events: [Event], people: [Int64: Person], villages: [String], rule: PointsRule,
                ageBands: AgeBands = .standard, now: Int64) {
        self.edition = edition
        self.events = events
        self.people = people
        self.villages = villages
        self.rule = rule
        self.ageBands = ageBands
        self.now = now
    }

    /// Events not cancelled.
    public var planned: [Event] { events.filter { !$0.cancelled } }
    /// Events not cancelled that have started by the time of the report.
    public var held: [Event] { planned.filter { $0.startsAt <= now } }
    public var cancelledCount: Int { events.count - planned.count }

    /// Seats taken and places on the waiting list, over all events (each event once).
    public var seats: Int { eachClassOnce.reduce(0) { $0 + $1.seated.count } }
    public var waiting: Int { eachClassOnce.reduce(0) { $0 + $1.waiting.count } }

    private var eachClassOnce: [Event] {
        var seen = Set<Int64>()
        return events.filter { seen.insert($0.classID).inserted }
    }
    /// Lượt người: each participant once per event they took part in.
    public var attendances: Int { events.reduce(0) { $0 + $1.participants.count } }
    public var walkIns: Int { events.reduce(0) { $0 + $1.walkIns } }
    public var pointsAwarded: Int { events.reduce(0) { $0 + $1.pointsAwarded(rule) } }

    /// Attendances by person id.
    public var attendancesByPerson: [Int64: Int] {
        events.reduce(into: [:]) { counts, event in
            for person in event.participants { counts[person, default: 0] += 1 }
        }
    }

    /// Unique participants.
    public var participantCount: Int { attendancesByPerson.count }

    /// Participants by village: every village of the commune in its given order, then
    /// villages known only from a participant, then "not recorded" when anyone lacks one.
    public var byVillage: [Line<String>] {
        let extra = Set(attendancesByPerson.keys.compactMap { people[$0]?.village }).subtracting(villages).sorted()
        return lines(keys: villages + extra) { $0.village }
    }

    public var byGroup: [Line<TargetGroup>] { lines(keys: TargetGroup.all) { $0.group } }
    public var bySex: [Line<Sex>] { lines(keys: Sex.allCases) { $0.sex } }
    public var byAgeBand: [Line<AgeBands.Band>] {
        lines(keys: ageBands.bands) { ageBands.band(birthYear: $0.birthYear, in: edition.year) }
    }

    /// A breakdown of the participants as `Breakdown` makes them, so the lines always add up
    /// to the participant count.
    private func lines<Key: Hashable & Sendable>(keys: [Key], by key: (Person) -> Key?) -> [Line<Key>] {
        let entries = attendancesByPerson.map { id, count in (people[id].flatMap(key), (people: 1, attendances: count)) }
        return Breakdown.lines(keys: keys, entries: entries, zero: (0, 0), add: { ($0.people + $1.people, $0.attendances + $1.attendances) })
            .map { Line(key: $0.key, people: $0.value.people, attendances: $0.value.attendances) }
    }
}
