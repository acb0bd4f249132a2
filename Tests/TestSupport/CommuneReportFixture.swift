import Domain
import Storage

/// A commune's 2026 whose learning report was worked out by hand: the storage and web tests
/// of the report check their figures against the tables below (and, for its learning
/// citizens, those of `populateCitizens`).
public enum CommuneReportFixture {
    /// Five sessions held in 2026 and three that must not count (cancelled, before, after).
    /// S3 starts on 1 April at 06:30 in Vietnam, still 31 March in UTC: it is April's.
    ///
    ///     session  class (field)              day, time (Vietnam)       hours  counts
    ///     S1       Kỹ năng số (ky-nang-so)    10/03/2026 08:00–09:30    1.5    yes
    ///     S2       Kỹ năng số                 17/03/2026 08:00–09:30    1.5    yes
    ///     S3       Kỹ năng số                 01/04/2026 06:30–08:00    1.5    yes
    ///     S4       Trồng lúa (nong-nghiep)    05/03/2026 14:00–16:00    2      yes
    ///     S5       Trồng lúa                  12/03/2026 14:00–16:00    2      cancelled
    ///     S6       Pháp luật (phap-luat)      20/12/2025 19:00–21:00    2      before
    ///     S7       Sức khỏe (suc-khoe)        31/12/2026 19:00–19:45    0.75   yes
    ///     S8       Sức khỏe                   01/01/2027 19:00–19:45    0.75   after
    ///
    /// Twenty-four residents; P present, L late, E excused, A absent (E and A do not count):
    ///
    ///     r    village  sex   group  born  ethnicity  S1 S2 S3 S4 S5 S6 S7 S8  attendances  hours
    ///     r0   Bắc Sơn  nữ    1      1970  Kinh       P  P  P  P     P         4            6.5
    ///     r1   Bắc Sơn  nam   1      1985  Kinh       P  L  P                  3            4.5
    ///     r2   Bắc Sơn  nữ    4      2012  Tày        L  P              P      3            3.75
    ///     r3   Đông     nam   3      1960  Kinh       P  P                     2            3
    ///     r4   Đông     nữ    2      1999  Tày        P        L               2            3.5
    ///     r5   Đông     nữ    1      1955  –          A        P               1            2
    ///     r6   –        nam   –      –     –             P                     1            1.5
    ///     r7   Bắc Sơn  nữ    3      1990  Kinh             P                  1            1.5
    ///     r8   Đông     khác  4      2008  Kinh             P                  1            1.5
    ///     r9   Bắc Sơn  nam   1      1975  Tày                 P        P      2            2.75
    ///     r10  –        nữ    2      2000  Kinh                P               1            2
    ///     r11  Đông     nam   1      1948  Dao                 P               1            2
    ///     r12  Bắc Sơn  nữ    1      1982  Kinh                P        P      2            2.75
    ///     r13  Đông     –     –      2011  –                            P  P   1            0.75
    ///     r14  Tây      nam   1      1980  Kinh       E
    ///     r15  Tây      nữ    2      1995  Mường         A
    ///     r16  Bắc Sơn  nữ    1      1965  Kinh                A
    ///     r17  Đông     nam   3      1970  Kinh                      P
    ///     r18  Tây      nữ    4      2010  Kinh                            P
    ///     r19  Bắc Sơn  nam   1      1950  Dao                    P  (S5 marked, then cancelled)
    ///     r20–r23: no attendance
    ///
    /// Totals: 3 classes, 5 sessions, 25 attendances, 14 learners (r0–r13), 38.0 hours. By hand,
    /// as (learners, attendances, hours), or (classes, sessions, learners, attendances, hours):
    ///
    ///     field      nông nghiệp (1, 1, 7, 7, 14) · sức khỏe (1, 1, 4, 4, 3) · kỹ năng số (1, 3, 8, 14, 21)
    ///     month      3: (2, 3, 11, 17, 29) · 4: (1, 1, 4, 4, 6) · 12: (1, 1, 4, 4, 3)
    ///     village    Bắc Sơn r0 r1 r2 r7 r9 r12 (6, 15, 21.75) · Đông r3 r4 r5 r8 r11 r13 (6, 8, 12.75) · Tây 0
    ///                · none r6 r10 (2, 2, 3.5)
    ///     group      1: r0 r1 r5 r9 r11 r12 (6, 13, 20.5) · 2: r4 r10 (2, 3, 5.5) · 3: r3 r7 (2, 3, 4.5)
    ///                · 4: r2 r8 (2, 4, 5.25) · none r6 r13 (2, 2, 2.25)
    ///     sex        nam r1 r3 r6 r9 r11 (5, 9, 13.75) · nữ r0 r2 r4 r5 r7 r10 r12 (7, 14, 22) · khác r8 (1, 1, 1.5)
    ///                · none r13 (1, 1, 0.75)
    ///     age, 2026  <15 r2 (1, 3, 3.75) · 15–29 r4 r8 r10 r13 (4, 5, 7.75) · 30–44 r1 r7 r12 (3, 6, 8.75)
    ///                · 45–59 r0 r9 (2, 6, 9.25) · 60+ r3 r5 r11 (3, 4, 7) · none r6 (1, 1, 1.5)
    ///     ethnicity  Kinh r0 r1 r3 r7 r8 r10 r12 (7, 14, 21.75) · Tày r2 r4 r9 (3, 7, 10) · Dao r11 (1, 1, 2)
    ///                · none r5 r6 r13 (3, 3, 4.25)
    public static func populate(_ database: AppDatabase) throws {
        let actor = Actor.system(now: 0)
        let bacSon = try database.createVillage(name: "Bắc Sơn", kind: .thon, by: actor).id
        let dong = try database.createVillage(name: "Đông", kind: .thon, by: actor).id
        let tay = try database.createVillage(name: "Tây", kind: .thon, by: actor).id
        let facts: [(Int64?, Sex?, Int?, Int?, String)] = [
            (bacSon, .female, 1, 1970, "Kinh"), (bacSon, .male, 1, 1985, "Kinh"), (bacSon, .female, 4, 2012, "Tày"),
            (dong, .male, 3, 1960, "Kinh"), (dong, .female, 2, 1999, "Tày"), (dong, .female, 1, 1955, ""), (nil, .male, nil, nil, ""),
            (bacSon, .female, 3, 1990, "Kinh"), (dong, .other, 4, 2008, "Kinh"), (bacSon, .male, 1, 1975, "Tày"),
            (nil, .female, 2, 2000, "Kinh"), (dong, .male, 1, 1948, "Dao"), (bacSon, .female, 1, 1982, "Kinh"), (dong, nil, nil, 2011, ""),
            (tay, .male, 1, 1980, "Kinh"), (tay, .female, 2, 1995, "Mường"), (bacSon, .female, 1, 1965, "Kinh"), (dong, .male, 3, 1970, "Kinh"),
            (tay, .female, 4, 2010, "Kinh"), (bacSon, .male, 1, 1950, "Dao"), (dong, .female, 1, 1972, "Kinh"), (tay, .male, 2, 1988, "Kinh"),
            (bacSon, .female, 3, 1993, ""), (nil, nil, nil, nil, ""),
        ]
        let r = try facts.enumerated().map { index, fact in
            try database.createPerson(NewPerson(phone: PhoneNumber("09130000\(index < 10 ? "0" : "")\(index)")!, fullName: "Người \(index)",
                                                birthYear: fact.3, sex: fact.1, group: fact.2.flatMap(TargetGroup.init(number:)),
                                                villageID: fact.0, passwordHash: nil, ethnicity: fact.4), now: 0).id
        }
        func at(_ day: Int, _ month: Int, _ year: Int, _ hour: Int, _ minute: Int = 0) -> Int64 {
            LocalDate(year: year, month: month, day: day)!.unixSeconds(atMinutes: hour * 60 + minute)
        }
        func sessions(_ title: String, _ field: Field, _ times: [(Int64, minutes: Int64)]) throws -> [Int64] {
            let created = try database.createClass(
                CourseClass(id: 0, courseSlug: nil, title: title, field: field, venue: Venue(kind: .centre), capacity: 30, pointsPerSession: 1),
                sessions: times.map { ($0.0, $0.0 + $0.minutes * 60) }, by: actor)
            return try database.sessions(classID: created.id).map(\.id)
        }
        let digital = try sessions("Kỹ năng số", .digitalSkills, [(at(10, 3, 2026, 8), 90), (at(17, 3, 2026, 8), 90), (at(1, 4, 2026, 6, 30), 90)])
        let rice = try sessions("Trồng lúa", .agriculture, [(at(5, 3, 2026, 14), 120), (at(12, 3, 2026, 14), 120)])
        let law = try sessions("Pháp luật", .law, [(at(20, 12, 2025, 19), 120)])
        let health = try sessions("Sức khỏe", .health, [(at(31, 12, 2026, 19), 45), (at(1, 1, 2027, 19), 45)])
        let marks: [(session: Int64, [(Int, AttendanceStatus)])] = [
            (digital[0], [(0, .present), (1, .present), (2, .late), (3, .present), (4, .present), (5, .absent), (14, .excused)]),
            (digital[1], [(0, .present), (1, .late), (2, .present), (3, .present), (6, .present), (15, .absent)]),
            (digital[2], [(0, .present), (1, .present), (7, .present), (8, .present)]),
            (rice[0], [(0, .present), (4, .late), (5, .present), (9, .present), (10, .present), (11, .present), (12, .present), (16, .absent)]),
            (rice[1], [(19, .present)]),
            (law[0], [(0, .present), (17, .present)]),
            (health[0], [(2, .present), (9, .present), (12, .present), (13, .present)]),
            (health[1], [(13, .present), (18, .present)]),
        ]
        for (session, lines) in marks {
            for (person, status) in lines {
                try database.recordAttendance(sessionID: session, personID: r[person], status: status, source: .rollCall, overwrite: true, by: actor)
            }
        }
        try database.cancelSession(id: rice[1], by: actor)
        try populateCitizens(database, residents: r)
    }

    /// 21:00 on 31 December 2026, when S7 has ended: the year's report is complete.
    public static let yearEnd = LocalDate(year: 2026, month: 12, day: 31)!.unixSeconds(atMinutes: 21 * 60)
}
