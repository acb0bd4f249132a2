import Domain

extension AppDatabase {
    /// The 2025 national theme, standing in for 2026's until the Ministry sends it: marked as a
    /// placeholder so staff see that it must be replaced.
    static let demoTheme = "Học tập để phát triển bản thân, làm chủ tri thức và công nghệ, góp phần xây dựng đất nước giàu mạnh"

    /// A full, realistic 2026 Week for the demo: fifteen events over 1–7 October in several
    /// venues, as a commune in the delta might run it.
    func loadDemoWeek(villages: [Village], actor: Actor) throws {
        guard let edition = WeekEdition.standard(year: 2026, theme: Self.demoTheme, slogan: "Cả xã cùng học, nhà nhà học tập") else { return }
        try createEdition(StoredEdition(edition: edition, themeIsPlaceholder: true,
                                        description: "Chuỗi hoạt động hưởng ứng Tuần lễ học tập suốt đời của xã."), by: actor)
        let hall = Venue(kind: .other, name: "Hội trường UBND xã")
        func house(_ index: Int) -> Venue { Venue(kind: .villageHall, name: "Nhà văn hóa thôn \(villages[index].name)") }
        let school = Venue(kind: .school, name: "Trường Tiểu học xã")
        let centre = Venue(kind: .centre)
        // (day of the Week, start, end, title, type, venue, village, organiser, capacity or nil for open events, indicators)
        let programme: [(Int, String, String, String, EventType, Venue, Int?, String, Int?, [Int])] = [
            (1, "07:30", "09:30", "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026", .openingCeremony, hall, nil,
             "UBND xã, Hội Khuyến học xã", nil, [3]),
            (1, "09:30", "11:30", "Hội sách và đổi sách cũ", .bookFair, centre, nil, "Thư viện xã", nil, [1]),
            (1, "19:00", "21:00", "Cài đặt và dùng VNeID mức 2", .digitalSkillsClass, house(0), 0, "Đoàn Thanh niên xã", 40, [5]),
            (2, "08:00", "10:00", "Tọa đàm: Đọc sách cùng con", .talk, school, nil, "Hội Liên hiệp Phụ nữ xã", 60, [1, 4]),
            (2, "14:00", "16:00", "Triển lãm ảnh “Xã ta học tập”", .exhibition, centre, nil, "Trung tâm học tập cộng đồng", nil, [3]),
            (2, "19:00", "21:00", "Lớp miễn phí: Nuôi gà thả vườn an toàn sinh học", .freeClass, house(1), 1, "Hội Nông dân xã", 30, [3]),
            (3, "08:00", "11:00", "Hội thi tìm hiểu pháp luật về phòng chống lừa đảo", .contest, hall, nil, "Công an xã", 80, [1, 8]),
            (3, "19:00", "21:00", "Thanh toán không dùng tiền mặt an toàn", .digitalSkillsClass, house(2), 2,
             "Ngân hàng Chính sách xã hội huyện", 40, [5]),
            (4, "08:00", "10:00", "Tọa đàm: Chăm sóc sức khỏe người cao tuổi", .talk, Venue(kind: .other, name: "Trạm y tế xã"), nil,
             "Hội Người cao tuổi xã", 50, [3, 9]),
            (4, "15:00", "17:00", "Lớp miễn phí: Sơ cứu đuối nước cho trẻ em", .freeClass, centre, nil, "Trạm y tế xã", 50, [3]),
            (5, "19:00", "21:00", "Tiếng Anh giao tiếp cơ bản cho thanh niên", .freeClass, school, nil, "Đoàn Thanh niên xã", 35, [6]),
            (6, "07:30", "11:00", "Hội thi “Gia đình học tập”", .contest, house(3), 3, "Hội Khuyến học xã", 20, [4, 10]),
            (6, "14:00", "16:00", "Làm thủ tục trên Cổng dịch vụ công", .digitalSkillsClass, house(4), 4, "Bộ phận một cửa UBND xã", 40, [5]),
            (7, "08:00", "10:00", "Tôn vinh gương học tập và trao giấy khen", .honouringLearners, hall, nil, "UBND xã", nil, [3]),
            (7, "10:00", "11:00", "Bế mạc và tổng kết Tuần lễ", .other, hall, nil, "UBND xã, Hội Khuyến học xã", nil, [3]),
        ]
        for (day, start, end, title, type, venue, village, organiser, capacity, indicators) in programme {
            guard let startTime = LocalTime(parsing: start), let endTime = LocalTime(parsing: end) else { continue }
            let date = edition.startsOn.adding(days: day - 1)
            try createClass(CourseClass(
                id: 0, courseSlug: nil, title: title, field: type == .digitalSkillsClass ? .digitalSkills : .culture, venue: venue,
                villageID: village.map { villages[$0].id }, capacity: capacity ?? EventDetails.openCapacity, pointsPerSession: 2,
                indicators: indicators,
                event: EventDetails(editionYear: 2026, type: type, organiser: organiser, audience: "Mọi người dân", takesRegistration: capacity != nil)),
                sessions: [(date.unixSeconds(atMinutes: startTime.minutes), date.unixSeconds(atMinutes: endTime.minutes))], by: actor)
        }
    }
}
