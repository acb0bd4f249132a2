/// How much of a session's points each attendance status earns. An administrator sets it and
/// the centre publishes it, so every resident can check how each point was given.
public struct PointsRule: Sendable, Equatable {
    /// Percent of the session's points, 0–100, by status; a status left out earns nothing.
    public var percentByStatus: [AttendanceStatus: Int]

    public init(percentByStatus: [AttendanceStatus: Int]) {
        self.percentByStatus = percentByStatus
    }

    /// Present earns the session's points, late half of them, any absence nothing.
    public static let standard = PointsRule(percentByStatus: [.present: 100, .late: 50, .excused: 0, .absent: 0])

    /// The percent for `status`, held to 0–100 so a rule saved before validation cannot
    /// give negative points or more than the session's.
    public func percent(for status: AttendanceStatus) -> Int {
        min(max(percentByStatus[status] ?? 0, 0), 100)
    }

    /// Whole points, rounded down: late at a 3-point session earns 1, not 1.5. Rounding down
    /// never gives more than the published share and keeps the statuses in order.
    public func points(for status: AttendanceStatus, sessionPoints: Int) -> Int {
        let points = max(sessionPoints, 0), percent = percent(for: status)
        // Split at hundreds so that no session value can overflow the multiplication.
        return points / 100 * percent + points % 100 * percent / 100
    }

    /// What the rule must respect before it is published; empty when it may be.
    ///
    /// Percents lie in 0–100. Absence without leave earns nothing, because every point must
    /// come from taking part. Present ≥ late ≥ excused: coming, even late, never earns less
    /// than staying away with leave, and excused may earn a share (a centre may want to be
    /// kind to the sick) but not more than coming late.
    public var problems: [Problem] {
        var problems = AttendanceStatus.allCases
            .filter { !(0...100).contains(percentByStatus[$0] ?? 0) }
            .map(Problem.outOfRange)
        if percent(for: .absent) > 0 { problems.append(.absentEarnsPoints) }
        for (above, below) in [(AttendanceStatus.present, AttendanceStatus.late), (.late, .excused)]
        where percent(for: below) > percent(for: above) {
            problems.append(.moreThan(below, above: above))
        }
        return problems
    }

    /// Why a rule may not be published.
    public enum Problem: Sendable, Equatable {
        case outOfRange(AttendanceStatus)
        case absentEarnsPoints
        /// The first status would earn more than `above`, which ranks higher.
        case moreThan(AttendanceStatus, above: AttendanceStatus)

        /// The reason in Vietnamese.
        public var message: String {
            switch self {
            case .outOfRange(let status): "Tỷ lệ cho “\(status.vietnameseName)” phải từ 0 đến 100%."
            case .absentEarnsPoints: "“Vắng” không được điểm: mọi điểm phải đến từ một lần tham gia."
            case .moreThan(let status, let above):
                "“\(status.vietnameseName)” không được nhiều điểm hơn “\(above.vietnameseName)”."
            }
        }

        /// The reason in English.
        public var englishMessage: String {
            switch self {
            case .outOfRange(let status): "The percent for “\(status.englishName)” must be from 0 to 100."
            case .absentEarnsPoints: "“Absent” earns no points: every point must come from taking part."
            case .moreThan(let status, let above):
                "“\(status.englishName)” may not earn more than “\(above.englishName)”."
            }
        }
    }

    /// The rule in plain Vietnamese for the public page: one sentence per status, with a worked
    /// example on a session of `examplePoints` where a share is rounded, then the year rule.
    public func vietnameseDescription(examplePoints: Int) -> [String] {
        let lines = AttendanceStatus.allCases.map { status in
            let percent = percent(for: status)
            let share = switch percent {
            case 100: "được đủ số điểm của buổi học"
            case 50: "được một nửa số điểm của buổi học"
            case 0: "không được điểm"
            default: "được \(percent)% số điểm của buổi học"
            }
            guard percent > 0, percent < 100 else { return "\(status.vietnameseName): \(share)." }
            let example = points(for: status, sessionPoints: examplePoints)
            return "\(status.vietnameseName): \(share), làm tròn xuống (buổi \(examplePoints) điểm được \(example) điểm)."
        }
        return lines + ["Điểm được cộng theo năm dương lịch, từ 01/01 đến 31/12."]
    }

    /// The rule in plain English, sentence for sentence as `vietnameseDescription`.
    public func englishDescription(examplePoints: Int) -> [String] {
        let lines = AttendanceStatus.allCases.map { status in
            let percent = percent(for: status)
            let share = switch percent {
            case 100: "the session’s full points"
            case 50: "half the session’s points"
            case 0: "no points"
            default: "\(percent)% of the session’s points"
            }
            guard percent > 0, percent < 100 else { return "\(status.englishName): \(share)." }
            let example = points(for: status, sessionPoints: examplePoints)
            return "\(status.englishName): \(share), rounded down (a \(examplePoints)-point session gives \(example))."
        }
        return lines + ["Points are counted per calendar year, 1 January to 31 December."]
    }
}

/// A resident's points for one calendar year in Vietnam, line by line, so that every point
/// shows the session it came from: "earned so far" and "still possible" on the points page.
public struct PointsLedger: Sendable, Equatable {
    /// One recorded attendance, as Storage reads it.
    public struct Entry: Sendable, Equatable {
        public var sessionID: Int64
        public var classTitle: String
        public var startsAt: Int64
        public var status: AttendanceStatus
        public var sessionPoints: Int

        public init(sessionID: Int64, classTitle: String, startsAt: Int64, status: AttendanceStatus, sessionPoints: Int) {
            self.sessionID = sessionID
            self.classTitle = classTitle
            self.startsAt = startsAt
            self.status = status
            self.sessionPoints = sessionPoints
        }
    }

    /// An entry with the points the rule gives it.
    public struct Line: Sendable, Equatable {
        public let entry: Entry
        public let points: Int
    }

    /// A session of one of the resident's classes that is not cancelled (the caller leaves
    /// cancelled ones out).
    public struct Upcoming: Sendable, Equatable {
        public var sessionID: Int64
        public var startsAt: Int64
        public var endsAt: Int64
        public var sessionPoints: Int

        public init(sessionID: Int64, startsAt: Int64, endsAt: Int64, sessionPoints: Int) {
            self.sessionID = sessionID
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.sessionPoints = sessionPoints
        }
    }

    /// The calendar year in Vietnam (reports cover 1 January – 31 December).
    public let year: Int
    /// The year's entries in session order.
    public let lines: [Line]

    /// Keeps the entries whose session started in `year` (Vietnam time) and prices them.
    public init(entries: [Entry], rule: PointsRule, year: Int) {
        self.year = year
        self.lines = entries
            .filter { DateText.year(unixSeconds: $0.startsAt) == year }
            .sorted { ($0.startsAt, $0.sessionID) < ($1.startsAt, $1.sessionID) }
            .map { Line(entry: $0, points: rule.points(for: $0.status, sessionPoints: $0.sessionPoints)) }
    }

    /// Points earned in the year.
    public var total: Int { lines.reduce(0) { $0 + $1.points } }

    /// The points still to be had this year: the full points of the year's sessions not over
    /// at `now`. A session under way still counts (one may still arrive, late), unless the
    /// resident already has an entry for it, which `total` counts instead.
    public func stillPossible(_ upcoming: [Upcoming], now: Int64) -> Int {
        let recorded = Set(lines.map(\.entry.sessionID))
        return upcoming
            .filter { $0.endsAt > now && DateText.year(unixSeconds: $0.startsAt) == year && !recorded.contains($0.sessionID) }
            .reduce(0) { $0 + max($1.sessionPoints, 0) }
    }
}
