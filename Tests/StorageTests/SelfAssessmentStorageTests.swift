import Domain
import Storage
import Testing
import TestSupport

@Suite struct CriteriaStorageTests {
    static let farmers = TargetGroup(number: 1)!

    @Test func aSetIsEditedInPlaceUntilSomeoneUsesItThenVersioned() throws {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        let offered = try database.criteria(year: 2026, group: Self.farmers)
        #expect(offered.id == nil && offered.criteria == .standard(year: 2026, group: Self.farmers), "nothing stored until needed")

        var edited = offered.criteria
        edited.indicators[0].text = "Đọc sách, báo và nghe đài để cập nhật thông tin"
        let first = try database.saveCriteria(edited, by: actor)
        edited.indicators[1].label = "Kế hoạch học"
        let again = try database.saveCriteria(edited, by: actor)
        #expect(first.id == again.id && again.criteria.version == 1, "unused: edited in place")

        let resident = try database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "An", group: Self.farmers,
                                                           passwordHash: nil), now: 0)
        let form = try database.saveSelfAssessment(personID: resident.id, year: 2026, scores: [1: .init(value: 7)], step: .saveDraft,
                                                   by: Actor(personID: resident.id, address: "-", now: 10))
        #expect(form.criteriaID == first.id)
        #expect(try database.criteria(id: try #require(first.id))?.isFrozen == true)

        edited.indicators[2].text = "Tham gia sinh hoạt câu lạc bộ, thư viện, lớp học"
        let second = try database.saveCriteria(edited, by: actor)
        #expect(second.id != first.id && second.criteria.version == 2)
        #expect(try database.criteria(id: try #require(first.id))?.criteria.indicators[2].text
                == CriteriaSet.standard(year: 2026, group: Self.farmers).indicators[2].text, "the used version keeps its wording")
        #expect(try database.criteria(year: 2026, group: Self.farmers).criteria.version == 2, "new forms get the new version")
        #expect(try database.auditEntries(entity: "criteria").map(\.action) == ["version", "update", "create"])
    }

    @Test func aNewYearStartsFromTheLastOnesWordingAndRules() throws {
        let (database, _) = try AppDatabase.temporary()
        let actor = Actor.system(now: 0)
        var set = CriteriaSet.standard(year: 2026, group: Self.farmers)
        set.indicators[0].label = "Đọc sách"
        try database.saveCriteria(set, by: actor)
        let rules = [EvidenceRule(indicator: 3, measure: .allAttendances, steps: [.init(minimum: 2, score: 6)])]
        try database.saveEvidenceRules(rules, year: 2026, by: actor)
        #expect(try database.criteria(year: 2027, group: Self.farmers).criteria.indicators[0].label == "Đọc sách", "offered before cloning")

        try database.cloneCriteria(from: 2026, to: 2027, by: actor)
        let cloned = try database.criteria(year: 2027, group: Self.farmers)
        #expect(cloned.id != nil && cloned.criteria.year == 2027 && cloned.criteria.version == 1 && cloned.criteria.indicators[0].label == "Đọc sách")
        #expect(try database.criteriaSets(year: 2027).allSatisfy { $0.id != nil }, "every group")
        #expect(try database.evidenceRules(year: 2027) == rules)
        #expect(try database.evidenceRules(year: 2025) == EvidenceRule.standard)
        #expect(throws: CriteriaError.yearTaken) { try database.cloneCriteria(from: 2026, to: 2027, by: actor) }
    }

    @Test func anImpossibleSetIsNotSaved() throws {
        let (database, _) = try AppDatabase.temporary()
        var set = CriteriaSet.standard(year: 2026, group: Self.farmers)
        set.passRule.total = 120
        #expect(throws: CriteriaError.invalid([.passTotal])) { try database.saveCriteria(set, by: .system(now: 0)) }
        #expect(try database.criteria(year: 2026, group: Self.farmers).id == nil)
    }
}

@Suite struct SelfAssessmentStorageTests {
    static func resident(_ database: AppDatabase, group: Int? = 1) throws -> Person {
        try database.createPerson(NewPerson(phone: PhoneNumber("0912000001")!, fullName: "Lê Thị Hoa", group: group.flatMap(TargetGroup.init(number:)),
                                            passwordHash: nil), now: 0)
    }

    static func allEights() -> [Int: SelfAssessment.Score] {
        Dictionary(uniqueKeysWithValues: (1...10).map { ($0, SelfAssessment.Score(value: 8, suggested: $0 == 3 ? 6 : nil)) })
    }

    @Test func draftsAreSavedThenSubmissionLocksTheForm() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        let me = Actor(personID: person.id, address: "-", now: 100)
        try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [3: .init(value: 6, suggested: 6, note: "Lớp VNeID")],
                                        step: .saveDraft, by: me)
        #expect(throws: SelfAssessmentError.transition(.incomplete([1, 2, 4, 5, 6, 7, 8, 9, 10]))) {
            try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [:], step: .submit, by: me)
        }
        let draft = try #require(try database.selfAssessment(personID: person.id, year: 2026))
        #expect(draft.status == .draft && draft.scores == [3: .init(value: 6, suggested: 6, note: "Lớp VNeID")] && draft.enteredBy == nil)

        let submitted = try database.saveSelfAssessment(personID: person.id, year: 2026, scores: Self.allEights(), step: .submit, by: me)
        #expect(submitted.status == .submitted && submitted.submittedAt == 100)
        #expect(throws: SelfAssessmentError.transition(.locked)) {
            try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [1: .init(value: 10)], step: .saveDraft, by: me)
        }
        #expect(try database.selfAssessment(personID: person.id, year: 2026)?.scores[1]?.value == 8, "nothing changed")
        #expect(try database.auditEntries(entity: "self-assessment").map(\.action) == ["submit", "save"])
    }

    @Test func staffEntryIsRecordedAndBadScoresAreRefused() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        let officer = try database.createPerson(NewPerson(phone: PhoneNumber("0987000099")!, fullName: "Cán bộ", role: .staff, passwordHash: nil), now: 0)
        let staff = Actor(personID: officer.id, address: "-", now: 5)
        #expect(throws: SelfAssessmentError.badScore(2)) {
            try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [2: .init(value: 11)], step: .saveDraft, by: staff)
        }
        #expect(throws: SelfAssessmentError.badScore(11)) {
            try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [11: .init(value: 5)], step: .saveDraft, by: staff)
        }
        #expect(try database.selfAssessment(personID: person.id, year: 2026) == nil, "nothing half-written")
        let entered = try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [1: .init(value: 9)], step: .saveDraft,
                                                      by: Actor(personID: nil, address: "-", now: 6))
        #expect(entered.enteredBy == nil)
        let assisted = try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [2: .init(value: 9)], step: .saveDraft, by: staff)
        #expect(assisted.enteredBy == officer.id)

        let nobody = try database.createPerson(NewPerson(phone: PhoneNumber("0912000002")!, fullName: "B", passwordHash: nil), now: 0)
        #expect(throws: SelfAssessmentError.noGroup) {
            try database.saveSelfAssessment(personID: nobody.id, year: 2026, scores: [:], step: .saveDraft, by: staff)
        }
    }

    @Test func theReviewerReturnsOrConfirmsThenTheOutcomeIsRecorded() throws {
        let (database, _) = try AppDatabase.temporary()
        let person = try Self.resident(database)
        let me = Actor(personID: person.id, address: "-", now: 100)
        let association = try database.createPerson(NewPerson(phone: PhoneNumber("0987000050")!, fullName: "Hội Khuyến học", role: .staff,
                                                              passwordHash: nil), now: 0)
        let reviewer = Actor(personID: association.id, address: "-", now: 200)
        let form = try database.saveSelfAssessment(personID: person.id, year: 2026, scores: Self.allEights(), step: .submit, by: me)
        let outcome = SelfAssessment.Outcome(nationalSubmissionOn: LocalDate(year: 2026, month: 11, day: 2), recognised: true,
                                             decisionNumber: "125/QĐ-UBND", decisionOn: LocalDate(year: 2026, month: 12, day: 15),
                                             decisionSigner: "Chủ tịch UBND xã Nguyễn Văn Nam")
        #expect(throws: SelfAssessmentError.transition(.notSubmitted)) { try database.recordOutcome(id: form.id, outcome, by: reviewer) }

        let returned = try database.reviewSelfAssessment(id: form.id, confirm: false, comment: "Chỉ số 6: ghi rõ", by: reviewer)
        #expect(returned.status == .returned)
        try database.saveSelfAssessment(personID: person.id, year: 2026, scores: [6: .init(value: 6)], step: .submit, by: me)
        try database.reviewSelfAssessment(id: form.id, confirm: true, comment: "", by: reviewer)
        try database.recordOutcome(id: form.id, outcome, by: reviewer)
        let final = try #require(try database.selfAssessment(id: form.id))
        #expect(final.status == .confirmed && final.outcome == outcome && final.review?.reviewerID == association.id && final.scores[6]?.value == 6)
        #expect(throws: SelfAssessmentError.transition(.notSubmitted)) {
            try database.reviewSelfAssessment(id: form.id, confirm: false, comment: "x", by: reviewer)
        }
        #expect(try database.selfAssessments(personID: person.id).map(\.year) == [2026])
    }
}
