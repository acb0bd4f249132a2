import Domain
import Testing

@Suite struct LearningRecordTests {
    /// A moment in Vietnam time.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Int64 {
        LocalDate(year: year, month: month, day: day)!.unixSeconds(atMinutes: hour * 60 + minute)
    }

    static let vneid = LearningRecord.Class(id: 1, title: "Cài đặt và dùng VNeID", field: .digitalSkills,
                                            firstSession: at(2026, 3, 2, 19), lastSession: at(2026, 3, 9, 19), isEvent: false)
    static let pepper = LearningRecord.Class(id: 2, title: "Trồng tiêu hữu cơ", field: .agriculture,
                                             firstSession: at(2025, 11, 5, 8), lastSession: at(2025, 11, 5, 8), isEvent: false)
    static let bookFair = LearningRecord.Class(id: 3, title: "Hội sách và đổi sách cũ", field: .culture,
                                               firstSession: at(2026, 10, 1, 9, 30), lastSession: at(2026, 10, 1, 9, 30), isEvent: true)
    static let planned = LearningRecord.Class(id: 4, title: "Tiếng Anh giao tiếp", field: .foreignLanguages,
                                              firstSession: nil, lastSession: nil, isEvent: false)

    static func attendance(_ session: Int64, _ courseClass: LearningRecord.Class, _ start: Int64, minutes: Int64,
                           _ status: AttendanceStatus, points: Int) -> LearningRecord.Attendance {
        LearningRecord.Attendance(sessionID: session, classID: courseClass.id, startsAt: start, endsAt: start + minutes * 60,
                                  status: status, sessionPoints: points)
    }

    static let attendances = [
        attendance(10, vneid, at(2026, 3, 2, 19), minutes: 120, .present, points: 3),
        attendance(11, vneid, at(2026, 3, 9, 19), minutes: 90, .late, points: 3),
        attendance(12, vneid, at(2026, 3, 16, 19), minutes: 120, .absent, points: 3),
        attendance(20, pepper, at(2025, 11, 5, 8), minutes: 180, .present, points: 2),
        attendance(30, bookFair, at(2026, 10, 1, 9, 30), minutes: 120, .present, points: 2),
    ]

    @Test func listsClassesSessionsAndEventsApartAndAddsUpEachYear() {
        let record = LearningRecord(classes: [Self.planned, Self.bookFair, Self.vneid, Self.pepper], attendances: Self.attendances.reversed(),
                                    rule: .standard)
        #expect(record.classes.map(\.id) == [2, 1, 4], "by first session, undated last, events apart")
        #expect(record.sessions.map(\.attendance.sessionID) == [20, 10, 11], "attended only, in time order")
        #expect(record.sessions.map(\.points) == [2, 3, 1], "late earns half, rounded down")
        #expect(record.sessions.map(\.minutes) == [180, 120, 90])
        #expect(record.sessions.map(\.title) == ["Trồng tiêu hữu cơ", "Cài đặt và dùng VNeID", "Cài đặt và dùng VNeID"])
        #expect(record.events.map(\.attendance.sessionID) == [30])
        #expect(record.years == [
            LearningRecord.Year(year: 2025, sessions: 1, minutes: 180, events: 0, points: 2),
            LearningRecord.Year(year: 2026, sessions: 2, minutes: 330, events: 1, points: 6),
        ])
    }

    /// The record's points are the ledger's, even where the rule pays an absence that the
    /// record does not list as attended.
    @Test func pointsAreThoseOfThePointsLedger() {
        let kind = PointsRule(percentByStatus: [.present: 100, .late: 70, .excused: 50, .absent: 0])
        let excused = Self.attendance(13, Self.vneid, Self.at(2026, 3, 23, 19), minutes: 120, .excused, points: 3)
        let all = Self.attendances + [excused]
        let record = LearningRecord(classes: [Self.vneid, Self.pepper, Self.bookFair], attendances: all, rule: kind)
        let entries = all.map {
            PointsLedger.Entry(sessionID: $0.sessionID, classTitle: "", startsAt: $0.startsAt, status: $0.status, sessionPoints: $0.sessionPoints)
        }
        for year in record.years {
            #expect(year.points == PointsLedger(entries: entries, rule: kind, year: year.year).total, "\(year.year)")
        }
        #expect(record.years.last?.points == 3 + 2 + 1 + 2)
        #expect(!record.sessions.contains { $0.attendance.status == .excused })
    }

    @Test func aYearOfAbsencesOnlyIsNotListedAndTheYearIsVietnamTime() {
        let newYear = Self.attendance(40, Self.vneid, Self.at(2027, 1, 1, 0, 30), minutes: 60, .present, points: 1)
        let absent = Self.attendance(41, Self.vneid, Self.at(2028, 5, 1, 8), minutes: 60, .absent, points: 1)
        let record = LearningRecord(classes: [Self.vneid], attendances: [newYear, absent], rule: .standard)
        // 00:30 on 1 January in Vietnam is still 31 December in UTC.
        #expect(record.years == [LearningRecord.Year(year: 2027, sessions: 1, minutes: 60, events: 0, points: 1)])
    }

    @Test func nothingRecordedIsAnEmptyRecord() {
        let record = LearningRecord(classes: [Self.planned], attendances: [], rule: .standard)
        #expect(record.classes == [Self.planned] && record.sessions.isEmpty && record.events.isEmpty && record.years.isEmpty)
    }

    /// A year's self-assessment joins its year, and a year with only a form is listed too.
    @Test func theSelfAssessmentOfAYearIsPartOfIt() {
        let confirmed = LearningRecord.Year.Assessment(total: 86, passed: true, status: .confirmed, recognised: true,
                                                       decisionNumber: "15/QĐ-UBND", decisionOn: LocalDate(year: 2026, month: 11, day: 20))
        let draft = LearningRecord.Year.Assessment(total: 40, passed: false, status: .draft)
        let record = LearningRecord(classes: [Self.vneid, Self.pepper, Self.bookFair], attendances: Self.attendances, rule: .standard,
                                    assessments: [2026: confirmed, 2027: draft])
        #expect(record.years == [
            LearningRecord.Year(year: 2025, sessions: 1, minutes: 180, events: 0, points: 2),
            LearningRecord.Year(year: 2026, sessions: 2, minutes: 330, events: 1, points: 6, assessment: confirmed),
            LearningRecord.Year(year: 2027, sessions: 0, minutes: 0, events: 0, points: 0, assessment: draft),
        ])
    }

    static let stated = [LearningRecord.Year(year: 2026, sessions: 2, minutes: 210, events: 1, points: 6)]
    static let changed = [LearningRecord.Year(year: 2026, sessions: 3, minutes: 330, events: 1, points: 9)]
    static let assessed = [LearningRecord.Year(year: 2026, sessions: 2, minutes: 210, events: 1, points: 6,
                                               assessment: .init(total: 82, passed: true, status: .submitted))]

    @Test(arguments: [
        (nil, stated, RecordVerification.Status.valid),
        (nil, changed, .stale(current: changed)),
        (nil, [], .stale(current: [])),
        (nil, assessed, .stale(current: assessed)),   // a form saved since the paper was printed
        (Int64(500), stated, .revoked(at: 500)),
        (Int64(500), changed, .revoked(at: 500)),   // revoked says only that, whatever the figures
    ] as [(Int64?, [LearningRecord.Year], RecordVerification.Status)])
    func aVerificationIsValidStaleOrRevoked(revokedAt: Int64?, current: [LearningRecord.Year], status: RecordVerification.Status) {
        let verification = RecordVerification(id: 1, personID: 7, summary: RecordSummary(holderName: "Nguyễn Thị Hoa",
                                              centreName: "TTHTCĐ xã Thử Nghiệm", years: Self.stated), issuedAt: 100, revokedAt: revokedAt)
        #expect(verification.status(current: current) == status)
    }
}
