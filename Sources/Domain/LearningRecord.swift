/// A resident's lifelong learning record (hồ sơ học tập suốt đời): the classes they took part
/// in, every session and Week event they attended, and what each calendar year adds up to.
/// Built from what Storage recorded and the published points rule, so its points are the
/// ones the points ledger on the resident's page shows.
public struct LearningRecord: Sendable, Equatable {
    /// A class the person enrolled in or attended, as Storage reads it.
    public struct Class: Sendable, Equatable {
        public var id: Int64
        public var title: String
        public var field: Field
        /// The first and last session that was not cancelled; nil when none is planned.
        public var firstSession: Int64?
        public var lastSession: Int64?
        /// An event of the Lifelong Learning Week (a class with one session) rather than a class.
        public var isEvent: Bool

        public init(id: Int64, title: String, field: Field, firstSession: Int64?, lastSession: Int64?, isEvent: Bool) {
            self.id = id
            self.title = title
            self.field = field
            self.firstSession = firstSession
            self.lastSession = lastSession
            self.isEvent = isEvent
        }
    }

    /// One recorded status at one session, as Storage reads it.
    public struct Attendance: Sendable, Equatable {
        public var sessionID: Int64
        public var classID: Int64
        public var startsAt: Int64
        public var endsAt: Int64
        public var status: AttendanceStatus
        /// The class's points per session, before the rule applies.
        public var sessionPoints: Int

        public init(sessionID: Int64, classID: Int64, startsAt: Int64, endsAt: Int64, status: AttendanceStatus, sessionPoints: Int) {
            self.sessionID = sessionID
            self.classID = classID
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.status = status
            self.sessionPoints = sessionPoints
        }
    }

    /// A session or event the person attended (present or late), with what it gave.
    public struct Session: Sendable, Equatable {
        public let attendance: Attendance
        public let title: String
        public let field: Field
        public let points: Int

        /// The session's length: the learning time the record counts.
        public var minutes: Int { Int(max(attendance.endsAt - attendance.startsAt, 0) / 60) }
    }

    /// What one calendar year (in Vietnam) adds up to: the figures the printed record states and
    /// its verification code vouches for.
    ///
    /// The year's learning-citizen self-assessment is part of it, so that the record prints it,
    /// the verification snapshot keeps it, and a changed assessment makes an issued record stale
    /// like a changed total.
    public struct Year: Sendable, Equatable {
        public var year: Int
        /// Class sessions attended, Week events left out (they are counted in `events`).
        public var sessions: Int
        /// The length of everything attended, sessions and events.
        public var minutes: Int
        public var events: Int
        /// As the points ledger counts them: every recorded status priced by the published rule.
        public var points: Int
        /// Nil when no form was saved for the year.
        public var assessment: Assessment?

        public init(year: Int, sessions: Int, minutes: Int, events: Int, points: Int, assessment: Assessment? = nil) {
            self.year = year
            self.sessions = sessions
            self.minutes = minutes
            self.events = events
            self.points = points
            self.assessment = assessment
        }

        /// The year's self-assessment as the record states it: its total, whether it reaches the
        /// pass rule, where the form stands, and the commune's recognition decision.
        public struct Assessment: Sendable, Equatable {
            public var total: Int
            public var passed: Bool
            public var status: SelfAssessment.Status
            public var recognised: Bool
            /// As staff recorded them: empty and nil until the decision is known.
            public var decisionNumber: String
            public var decisionOn: LocalDate?

            public init(total: Int, passed: Bool, status: SelfAssessment.Status, recognised: Bool = false,
                        decisionNumber: String = "", decisionOn: LocalDate? = nil) {
                self.total = total
                self.passed = passed
                self.status = status
                self.recognised = recognised
                self.decisionNumber = decisionNumber
                self.decisionOn = decisionOn
            }
        }
    }

    /// The classes, Week events left out, in the order they began (undated ones last).
    public let classes: [Class]
    /// The class sessions attended, in time order.
    public let sessions: [Session]
    /// The Week events attended, in time order.
    public let events: [Session]
    /// The years with anything attended, any points or a self-assessment, oldest first.
    public let years: [Year]

    /// `assessments` are the person's self-assessments by year.
    public init(classes: [Class], attendances: [Attendance], rule: PointsRule, assessments: [Int: Year.Assessment] = [:]) {
        let byID = Dictionary(classes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.classes = classes.filter { !$0.isEvent }.sorted {
            ($0.firstSession ?? .max, $0.id) < ($1.firstSession ?? .max, $1.id)
        }
        let attended = attendances
            .filter(\.status.attended)
            .sorted { ($0.startsAt, $0.sessionID) < ($1.startsAt, $1.sessionID) }
            .compactMap { attendance -> (isEvent: Bool, session: Session)? in
                byID[attendance.classID].map { ($0.isEvent, Session(
                    attendance: attendance, title: $0.title, field: $0.field,
                    points: rule.points(for: attendance.status, sessionPoints: attendance.sessionPoints)))
                }
            }
        let sessions = attended.filter { !$0.isEvent }.map(\.session), events = attended.filter(\.isEvent).map(\.session)
        // The ledger prices every recorded status (a rule may give excused absences a share).
        let entries = attendances.map {
            PointsLedger.Entry(sessionID: $0.sessionID, classTitle: byID[$0.classID]?.title ?? "", startsAt: $0.startsAt,
                               status: $0.status, sessionPoints: $0.sessionPoints)
        }
        let attendanceYears = Set(attendances.map { DateText.year(unixSeconds: $0.startsAt) })
        years = attendanceYears.union(assessments.keys).sorted().compactMap { year in
            func inYear(_ session: Session) -> Bool { DateText.year(unixSeconds: session.attendance.startsAt) == year }
            let total = Year(year: year, sessions: sessions.filter(inYear).count,
                             minutes: (sessions + events).filter(inYear).reduce(0) { $0 + $1.minutes },
                             events: events.filter(inYear).count,
                             points: PointsLedger(entries: entries, rule: rule, year: year).total, assessment: assessments[year])
            return total.sessions + total.events + total.points > 0 || total.assessment != nil ? total : nil
        }
        self.sessions = sessions
        self.events = events
    }
}

/// What a printed record states and its verification code vouches for: whose it is, which
/// centre issued it, and each year's figures. Kept as it was when the code was issued.
public struct RecordSummary: Sendable, Equatable {
    public var holderName: String
    public var centreName: String
    public var years: [LearningRecord.Year]

    public init(holderName: String, centreName: String, years: [LearningRecord.Year]) {
        self.holderName = holderName
        self.centreName = centreName
        self.years = years
    }
}

/// An issued verification code of a printed record (only its digest is stored).
public struct RecordVerification: Sendable, Equatable {
    public var id: Int64
    public var personID: Int64
    public var summary: RecordSummary
    public var issuedAt: Int64
    public var revokedAt: Int64?

    public init(id: Int64, personID: Int64, summary: RecordSummary, issuedAt: Int64, revokedAt: Int64? = nil) {
        self.id = id
        self.personID = personID
        self.summary = summary
        self.issuedAt = issuedAt
        self.revokedAt = revokedAt
    }

    /// What someone checking a printed record is told.
    public enum Status: Sendable, Equatable {
        /// Issued by the centre and still what the centre's data say.
        case valid
        /// Issued by the centre, but the years' figures have changed since (a roll call
        /// corrected, a new class attended, the points rule changed, a self-assessment saved,
        /// reviewed or recognised): the current ones.
        case stale(current: [LearningRecord.Year])
        /// Withdrawn by the resident or by staff, at that moment.
        case revoked(at: Int64)
    }

    /// The status against the person's figures today. A revoked code says only that, whatever
    /// the figures: the record no longer speaks for anyone.
    public func status(current: [LearningRecord.Year]) -> Status {
        if let revokedAt { return .revoked(at: revokedAt) }
        return current == summary.years ? .valid : .stale(current: current)
    }
}
