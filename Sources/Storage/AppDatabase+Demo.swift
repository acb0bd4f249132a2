import Domain

extension AppDatabase {
    /// Sample villages, classes, the 2026 Week and, once it has passed, its participants, for a demonstration install (`--demo`), added only to a
    /// database that has no villages, so a real commune's data is never touched. The classes'
    /// sessions start from `now`, so the schedule of a demo always has something on it.
    @discardableResult
    public func loadDemoData(now: Int64) throws -> Bool {
        guard try villages().isEmpty else { return false }
        let actor = Actor.system(now: now)
        var villages: [Village] = []
        for name in ["Bắc Sơn", "Nam Sơn", "Phú Thạnh", "Tân Hội", "Đồng Lạc", "Hiệp Thuận"] {
            villages.append(try createVillage(name: name, kind: .thon, by: actor))
        }
        try createVillage(name: "Tổ dân phố 1", kind: .toDanPho, by: actor)
        let today = LocalDate(unixSeconds: now)
        let samples: [(CourseClass, weekdays: Set<Int>, start: Int, end: Int)] = [
            (CourseClass(id: 0, courseSlug: "phong-chong-lua-dao-truc-tuyen", title: "Phòng chống lừa đảo trực tuyến", field: .digitalSkills,
                         venue: Venue(kind: .villageHall, name: "Nhà văn hóa thôn Bắc Sơn"), villageID: villages[0].id,
                         guestInstructor: "Công an xã", partner: "Công an xã", capacity: 40, pointsPerSession: 2), [2, 4], 19 * 60, 21 * 60),
            (CourseClass(id: 0, courseSlug: "nuoi-ga-tha-vuon", title: "Nuôi gà thả vườn an toàn sinh học", field: .agriculture,
                         venue: Venue(kind: .villageHall, name: "Nhà văn hóa thôn Nam Sơn"), villageID: villages[1].id,
                         guestInstructor: "Cán bộ khuyến nông xã", partner: "Hội Nông dân xã", capacity: 30, pointsPerSession: 2),
             [6], 8 * 60, 10 * 60 + 30),
            (CourseClass(id: 0, courseSlug: nil, title: "Chuyên đề: Sơ cứu đuối nước cho trẻ em", field: .health,
                         venue: Venue(kind: .centre), partner: "Trạm y tế xã", capacity: 50, pointsPerSession: 3), [0], 15 * 60, 17 * 60),
        ]
        for (value, weekdays, start, end) in samples {
            let plan = SessionPlan(weekdays: weekdays, startMinutes: start, endMinutes: end, from: today, through: today.adding(days: 27))
            try createClass(value, sessions: try plan.occurrences(), by: actor)
        }
        try loadDemoWeek(villages: villages, actor: actor)
        try loadDemoParticipation(villages: villages, now: now, actor: actor)
        return true
    }
}
