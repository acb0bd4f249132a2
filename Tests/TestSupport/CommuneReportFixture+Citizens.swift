import Domain
import Storage

extension CommuneReportFixture {
    /// The residents' self-assessments and households, on top of `populate`'s residents. Forms
    /// answer the standard criteria (pass: 80 points, no indicator below 5): "8s" scores every
    /// indicator 8 (80, passes), "9s" 90 (passes), "7s" 70 (does not), "3 of 10" three
    /// indicators only (does not). Adults are born in 2011 or before (15 in 2026).
    ///
    ///     r    village  group  born  adult  2026 form                     recognised  household
    ///     r0   Bắc Sơn  1      1970  yes    confirmed, 9s                 yes         H1
    ///     r1   Bắc Sơn  1      1985  yes    confirmed, 8s                 yes         H1
    ///     r2   Bắc Sơn  4      2012  no     confirmed, 8s                 yes         H1
    ///     r3   Đông     3      1960  yes    confirmed, 8s                 yes         H2
    ///     r4   Đông     2      1999  yes    confirmed, 7s                 no          H2
    ///     r5   Đông     1      1955  yes    returned, 7s
    ///     r7   Bắc Sơn  3      1990  yes    confirmed, 8s                 yes         H3
    ///     r8   Đông     4      2008  yes    draft, 9s
    ///     r9   Bắc Sơn  1      1975  yes    submitted, 8s
    ///     r10  –        2      2000  yes    confirmed, 8s                 yes         H5
    ///     r12  Bắc Sơn  1      1982  yes    draft, 3 of 10
    ///     r14  Tây      1      1980  yes    confirmed, 8s                 no
    ///     r16  Bắc Sơn  1      1965  yes    none; 2025: confirmed, 8s     in 2025     H3
    ///     r18  Tây      4      2010  yes    none                                      H4
    ///     others: no form, no household; r6, r23 have no birth year, r6, r13, r23 no group
    ///
    /// Households: H1 Bắc Sơn, H2 Đông, H3 Bắc Sơn, H4 Tây, H5 no village, H6 Tây with nobody
    /// linked (not counted). Recognised in 2026 by decision 15/QĐ-UBND of 20/11/2026.
    ///
    /// By hand, for 2026, by group as (people, self-assessed, pass mark, confirmed, recognised):
    ///
    ///     1: r0 r1 r5 r9 r11 r12 r14 r16 r19 r20 (10, 6, 4, 3, 2) · 2: r4 r10 r15 r21 (4, 2, 1, 2, 1)
    ///     · 3: r3 r7 r17 r22 (4, 2, 2, 2, 2) · 4: r2 r8 r18 (3, 2, 2, 1, 1) · none: r6 r13 r23 (3, 0, 0, 0, 0)
    ///     · total (24, 12, 9, 8, 6)
    ///
    /// By village as (adults, recognised, ‰, still needed for the 2026 path's 46%):
    ///
    ///     Bắc Sơn r0 r1 r7 r9 r12 r16 r19 r22 (8, 3, 375, ⌈3.68⌉ − 3 = 1)
    ///     · Đông r3 r4 r5 r8 r11 r13 r17 r20 (8, 1, 125, 4 − 1 = 3) · Tây r14 r15 r18 r21 (4, 0, 0, ⌈1.84⌉ = 2)
    ///     · none r10 (1, 1, 1000, 0) · commune (21, 5, 238, ⌈9.66⌉ − 5 = 5)
    ///
    /// Households as (with an adult, all adults recognised): Bắc Sơn H1 H3 (2, 1) · Đông H2
    /// (1, 0) · Tây H4 (1, 0) · none H5 (1, 1) · total (5, 2), 400‰.
    ///
    /// For 2025: only r16's form (group 1, Bắc Sơn, recognised); Bắc Sơn's adults are the same
    /// eight, so (8, 1, 125‰, ⌈3.2⌉ − 1 = 3 for 40%).
    static func populateCitizens(_ database: AppDatabase, residents r: [Int64]) throws {
        let actor = Actor.system(now: 0)
        func scores(_ value: Int, indicators: Int = 10) -> [Int: SelfAssessment.Score] {
            Dictionary(uniqueKeysWithValues: (1...indicators).map { ($0, SelfAssessment.Score(value: value)) })
        }
        func form(_ person: Int, _ value: Int, year: Int = 2026, indicators: Int = 10, step: SelfAssessmentStep = .submit,
                  confirm: Bool? = nil, decision: (String, LocalDate)? = nil) throws {
            let saved = try database.saveSelfAssessment(personID: r[person], year: year, scores: scores(value, indicators: indicators),
                                                        step: step, by: actor)
            guard let confirm else { return }
            try database.reviewSelfAssessment(id: saved.id, confirm: confirm, comment: confirm ? "" : "Xem lại chỉ số 3", by: actor)
            guard let (number, day) = decision else { return }
            try database.recordOutcome(id: saved.id, SelfAssessment.Outcome(recognised: true, decisionNumber: number, decisionOn: day),
                                       by: actor)
        }
        let decision = ("15/QĐ-UBND", LocalDate(year: 2026, month: 11, day: 20)!)
        for person in [1, 2, 3, 7, 10] { try form(person, 8, confirm: true, decision: decision) }
        try form(0, 9, confirm: true, decision: decision)
        try form(4, 7, confirm: true)
        try form(5, 7, confirm: false)
        try form(8, 9, step: .saveDraft)
        try form(9, 8)
        try form(12, 8, indicators: 3, step: .saveDraft)
        try form(14, 8, confirm: true)
        try form(16, 8, year: 2025, confirm: true, decision: ("9/QĐ-UBND", LocalDate(year: 2025, month: 11, day: 20)!))

        let villages = Dictionary(uniqueKeysWithValues: try database.villages().map { ($0.name, $0.id) })
        let households: [(head: Int, village: String?, members: [Int])] = [
            (0, "Bắc Sơn", [0, 1, 2]), (3, "Đông", [3, 4]), (7, "Bắc Sơn", [7, 16]), (18, "Tây", [18]), (10, nil, [10]), (21, "Tây", []),
        ]
        for household in households {
            let created = try database.createHousehold(headName: "Người \(household.head)", villageID: household.village.flatMap { villages[$0] },
                                                       address: "", by: actor)
            for member in household.members { try database.addHouseholdMember(personID: r[member], to: created.id, by: actor) }
        }
    }
}
