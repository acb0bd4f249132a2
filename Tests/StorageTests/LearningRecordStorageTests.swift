import Credentials
import Domain
import Foundation
import Storage
import Testing
import TestSupport

@Suite struct LearningRecordStorageTests {
    static let actor = Actor.system(now: 1_000)

    /// A resident (Hoa) and a neighbour (Bình); a class Hoa enrolled in and attended (one of its
    /// sessions cancelled), a class she walked into, a class she only waits for, and a Week event.
    static func setUp() throws -> (AppDatabase, TemporaryDirectory, hoa: Person, binh: Person, sessions: [ClassSession]) {
        let (database, folder) = try AppDatabase.temporary()
        let hoa = try database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "Nguyễn Thị Hoa", passwordHash: nil), now: 0)
        let binh = try database.createPerson(NewPerson(phone: PhoneNumber("0912000002")!, fullName: "Trần Văn Bình", passwordHash: nil), now: 0)
        try database.createEdition(StoredEdition(edition: try #require(WeekEdition.standard(year: 2026))), by: actor)
        func open(_ title: String, capacity: Int = 5, event: EventDetails? = nil,
                  times: [(startsAt: Int64, endsAt: Int64)]) throws -> (CourseClass, [ClassSession]) {
            let created = try database.createClass(CourseClass(id: 0, courseSlug: nil, title: title, field: .digitalSkills,
                                                               venue: Venue(kind: .centre), capacity: capacity, pointsPerSession: 2,
                                                               event: event), by: actor)
            return (created, try database.addSessions(classID: created.id, times: times, by: actor))
        }
        let day: Int64 = 1_790_000_000
        let (vneid, vneidSessions) = try open("Cài đặt VNeID", times: [(day, day + 7_200), (day + 86_400, day + 90_000), (day + 172_800, day + 180_000)])
        let (_, walkInSessions) = try open("Thanh toán không tiền mặt", times: [(day + 3 * 86_400, day + 3 * 86_400 + 5_400)])
        let (full, _) = try open("Lớp đã đủ chỗ", capacity: 1, times: [(day, day + 3_600)])
        let (_, eventSessions) = try open("Hội sách", event: EventDetails(editionYear: 2026, type: .bookFair),
                                          times: [(day + 5 * 86_400, day + 5 * 86_400 + 3_600)])
        try database.enrol(classID: vneid.id, personID: hoa.id, by: actor)
        try database.enrol(classID: full.id, personID: binh.id, by: actor)
        try database.enrol(classID: full.id, personID: hoa.id, by: actor)
        try database.cancelSession(id: vneidSessions[2].id, by: actor)
        let sessions = vneidSessions + walkInSessions + eventSessions
        for (session, status) in zip(sessions, [AttendanceStatus.present, .late, .absent, .present, .present]) {
            try database.recordAttendance(sessionID: session.id, personID: hoa.id, status: status, source: .rollCall, overwrite: true, by: actor)
        }
        try database.recordAttendance(sessionID: vneidSessions[0].id, personID: binh.id, status: .present, source: .rollCall,
                                      overwrite: true, by: actor)
        return (database, folder, hoa, binh, sessions)
    }

    @Test func theRecordHasTheClassesEnrolledInOrAttendedAndTheEvents() throws {
        let (database, _, hoa, _, sessions) = try Self.setUp()
        let record = try database.learningRecord(personID: hoa.id)
        #expect(record.classes.map(\.title) == ["Cài đặt VNeID", "Thanh toán không tiền mặt"], "not the class she waits for, not the event")
        #expect(record.classes[0].firstSession == sessions[0].startsAt)
        #expect(record.classes[0].lastSession == sessions[1].startsAt, "a cancelled session is no date of the class")
        #expect(record.sessions.map(\.attendance.sessionID) == [sessions[0].id, sessions[1].id, sessions[3].id])
        #expect(record.events.map(\.title) == ["Hội sách"])
        let ledger = PointsLedger(entries: try database.ledgerEntries(personID: hoa.id, year: 2026), rule: try database.pointsRule(), year: 2026)
        #expect(record.years == [LearningRecord.Year(year: 2026, sessions: 3, minutes: 120 + 60 + 90 + 60, events: 1, points: ledger.total)])
        #expect(ledger.total == 2 + 1 + 2 + 2)
    }

    @Test func anIssuedCodeIsFoundByItsDigestWithTheFiguresOfToday() throws {
        let (database, _, hoa, binh, sessions) = try Self.setUp()
        let summary = RecordSummary(holderName: hoa.fullName, centreName: "TTHTCĐ xã Thử Nghiệm",
                                    years: try database.learningRecord(personID: hoa.id).years)
        let digest = SecretToken.digest("mã của Hoa")
        let issued = try database.issueRecordVerification(personID: hoa.id, codeDigest: digest, summary: summary, now: 5_000)
        let found = try #require(try database.recordVerification(codeDigest: digest))
        #expect(found.verification == issued && found.verification.summary == summary && found.verification.issuedAt == 5_000)
        #expect(found.verification.status(current: found.current) == .valid)
        #expect(try database.recordVerification(codeDigest: SecretToken.digest("mã khác")) == nil)

        // A corrected roll call changes today's figures, not what the paper states.
        try database.recordAttendance(sessionID: sessions[1].id, personID: hoa.id, status: .present, source: .rollCall, overwrite: true, by: Self.actor)
        let later = try #require(try database.recordVerification(codeDigest: digest))
        #expect(later.verification.summary == summary)
        #expect(later.current.first?.points == summary.years[0].points + 1)
        #expect(later.verification.status(current: later.current) == .stale(current: later.current))

        let second = try database.issueRecordVerification(personID: hoa.id, codeDigest: SecretToken.digest("mã thứ hai"), summary: summary, now: 6_000)
        #expect(try database.recordVerifications(personID: hoa.id).map(\.id) == [second.id, issued.id], "newest first")
        #expect(try database.recordVerifications(personID: binh.id).isEmpty)
    }

    /// Hoa's confirmed 2026 form joins the year she attended; her 2025 draft is not on the record
    /// (nobody has checked it). The snapshot keeps the form as issued, so her recognition
    /// afterwards makes the code stale, and a code issued since keeps the decision.
    @Test func theSelfAssessmentsAreInTheRecordAndInItsSnapshot() throws {
        let (database, _, hoa, _, _) = try Self.setUp()
        var farmer = hoa
        farmer.group = TargetGroup(number: 1)
        try database.updatePerson(farmer, by: Self.actor)
        let eights = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, SelfAssessment.Score(value: 8)) })
        let form = try database.saveSelfAssessment(personID: hoa.id, year: 2026, scores: eights, step: .submit, by: Self.actor)
        try database.reviewSelfAssessment(id: form.id, confirm: true, comment: "", by: Self.actor)
        try database.saveSelfAssessment(personID: hoa.id, year: 2025, scores: [1: .init(value: 6), 2: .init(value: 7)], step: .saveDraft,
                                        by: Self.actor)
        let years = try database.learningRecord(personID: hoa.id).years
        #expect(years.map(\.year) == [2026], "a draft is not stated")
        #expect(years[0].sessions == 3 && years[0].assessment == .init(total: 80, passed: true, status: .confirmed))

        let summary = RecordSummary(holderName: hoa.fullName, centreName: "TTHTCĐ", years: years)
        let digest = SecretToken.digest("mã")
        try database.issueRecordVerification(personID: hoa.id, codeDigest: digest, summary: summary, now: 5_000)
        let found = try #require(try database.recordVerification(codeDigest: digest))
        #expect(found.verification.summary == summary && found.verification.status(current: found.current) == .valid)

        let decided = LocalDate(year: 2026, month: 11, day: 20)!
        try database.recordOutcome(id: form.id, .init(recognised: true, decisionNumber: "15/QĐ-UBND", decisionOn: decided), by: Self.actor)
        let later = try #require(try database.recordVerification(codeDigest: digest))
        #expect(later.verification.status(current: later.current) == .stale(current: later.current))
        #expect(later.current[0].assessment == .init(total: 80, passed: true, status: .confirmed, recognised: true,
                                                     decisionNumber: "15/QĐ-UBND", decisionOn: decided))
        let reissued = RecordSummary(holderName: hoa.fullName, centreName: "TTHTCĐ", years: later.current)
        try database.issueRecordVerification(personID: hoa.id, codeDigest: SecretToken.digest("mã mới"), summary: reissued, now: 6_000)
        #expect(try database.recordVerification(codeDigest: SecretToken.digest("mã mới"))?.verification.summary == reissued)
    }

    /// A copy of the database files holds the digest and what the paper states, never the code.
    @Test func onlyTheDigestOfTheCodeIsStored() throws {
        let (database, folder, hoa, _, _) = try Self.setUp()
        let code = SecretToken.make(bytes: 16)
        let summary = RecordSummary(holderName: hoa.fullName, centreName: "TTHTCĐ", years: try database.learningRecord(personID: hoa.id).years)
        try database.issueRecordVerification(personID: hoa.id, codeDigest: SecretToken.digest(code), summary: summary, now: 5_000)
        // WAL mode: the new rows may still be in the write-ahead log rather than the main file.
        let files = ["test.sqlite", "test.sqlite-wal"].compactMap { FileManager.default.contents(atPath: folder.file($0)) }
        let bytes = String(decoding: files.reduce(Data(), +), as: UTF8.self)
        #expect(bytes.contains(SecretToken.digest(code)))
        #expect(!bytes.contains(code))
    }

    @Test func onlyTheOwnersCodeIsRevokedOnceAndAudited() throws {
        let (database, _, hoa, binh, _) = try Self.setUp()
        let summary = RecordSummary(holderName: hoa.fullName, centreName: "TTHTCĐ", years: [])
        let digest = SecretToken.digest("mã")
        let issued = try database.issueRecordVerification(personID: hoa.id, codeDigest: digest, summary: summary, now: 5_000)
        let staff = Actor(personID: binh.id, address: "10.0.0.2", now: 7_000)
        #expect(try !database.revokeRecordVerification(id: issued.id, personID: binh.id, by: staff), "not Bình's code")
        #expect(try database.recordVerification(codeDigest: digest)?.verification.revokedAt == nil)
        #expect(try database.revokeRecordVerification(id: issued.id, personID: hoa.id, by: staff))
        #expect(try !database.revokeRecordVerification(id: issued.id, personID: hoa.id, by: staff), "already revoked")
        let found = try #require(try database.recordVerification(codeDigest: digest))
        #expect(found.verification.status(current: found.current) == .revoked(at: 7_000))
        let audit = try database.auditEntries(entity: "record-verification", id: issued.id)
        #expect(audit.count == 1 && audit.first?.actorID == binh.id && audit.first?.action == "revoke")
    }
}
