import Domain

/// The classes a generated commune runs in one field: topic sessions without a library
/// course, who runs them, and who comes.
struct GeneratorTopic {
    let field: Field
    /// How many classes of this field a year has, relative to the others.
    let weight: Double
    let titles: [String]
    /// Commune bodies that run such classes (partner, and guest instructor when no centre instructor teaches).
    let partners: [String]
    /// How willing a person of target group 1, 2, 3, 4, or of none, is to join (0–1).
    let appeal: [Double]
    /// The learning-citizen indicators such a class supports (`course_class.indicators`).
    let indicators: String

    /// The share of this field in `yearIndex` of `years`: digital skills grow over the years,
    /// as the national "Bình dân học vụ số" drive (2025–2026) made them the centre's first subject.
    func weight(yearIndex: Int, years: Int) -> Double {
        guard field == .digitalSkills, years > 1 else { return weight }
        return weight * (1 + 1.5 * Double(yearIndex) / Double(years - 1))
    }

    static let all: [GeneratorTopic] = [
        GeneratorTopic(field: .agriculture, weight: 26, titles: [
            "Kỹ thuật trồng lúa chất lượng cao", "Sản xuất rau an toàn theo VietGAP", "Phòng bệnh cho đàn lợn", "Nuôi cá nước ngọt",
            "Ủ phân hữu cơ từ phụ phẩm nông nghiệp", "Chăm sóc cây ăn quả mùa khô", "Nuôi bò vỗ béo", "Trồng nấm rơm",
        ], partners: ["Hội Nông dân xã", "Trạm Khuyến nông", "Hợp tác xã nông nghiệp"], appeal: [1, 0.3, 0.2, 0.1, 0.5], indicators: "3"),
        GeneratorTopic(field: .law, weight: 12, titles: [
            "Luật Đất đai 2024: những điều người dân cần biết", "Phòng chống bạo lực gia đình", "Luật Hôn nhân và gia đình",
            "Phòng chống ma túy trong thanh thiếu niên", "Quyền và nghĩa vụ của người lao động",
        ], partners: ["Công an xã", "Công chức Tư pháp – Hộ tịch xã", "Hội Liên hiệp Phụ nữ xã"], appeal: [0.6, 0.6, 0.7, 0.4, 0.5],
        indicators: "3,8"),
        GeneratorTopic(field: .health, weight: 14, titles: [
            "Chăm sóc sức khỏe người cao tuổi", "Dinh dưỡng cho trẻ dưới 5 tuổi", "Phòng chống sốt xuất huyết",
            "Sơ cứu đuối nước cho trẻ em", "Phòng bệnh tăng huyết áp", "Chăm sóc bà mẹ mang thai",
        ], partners: ["Trạm y tế xã", "Hội Người cao tuổi xã", "Hội Liên hiệp Phụ nữ xã"], appeal: [0.8, 0.6, 0.5, 0.3, 0.9],
        indicators: "3,9"),
        GeneratorTopic(field: .digitalSkills, weight: 14, titles: [
            "Bình dân học vụ số: dùng điện thoại thông minh", "Cài đặt và dùng VNeID mức 2", "Thanh toán không dùng tiền mặt an toàn",
            "Nhận biết lừa đảo trên mạng", "Làm thủ tục trên Cổng dịch vụ công", "Bán nông sản trên sàn thương mại điện tử",
        ], partners: ["Đoàn Thanh niên xã", "Bộ phận một cửa UBND xã", "Bưu điện văn hóa xã"], appeal: [0.7, 0.8, 0.6, 0.6, 0.5],
        indicators: "5"),
        GeneratorTopic(field: .culture, weight: 10, titles: [
            "Câu lạc bộ đọc sách", "Câu lạc bộ hát dân ca", "Câu lạc bộ thơ", "Văn nghệ quần chúng", "Kể chuyện sách cho thiếu nhi",
        ], partners: ["Thư viện xã", "Hội Khuyến học xã", "Hội Người cao tuổi xã"], appeal: [0.5, 0.5, 0.6, 0.7, 0.8], indicators: "1,9"),
        GeneratorTopic(field: .foreignLanguages, weight: 5, titles: [
            "Tiếng Anh giao tiếp cho thanh niên", "Tiếng Anh hè cho học sinh", "Tiếng Hàn cho người đi lao động",
        ], partners: ["Trường THCS xã", "Đoàn Thanh niên xã"], appeal: [0.15, 0.4, 0.5, 1, 0.1], indicators: "6"),
        GeneratorTopic(field: .vocational, weight: 9, titles: [
            "Nghề may công nghiệp", "Sửa chữa máy nông nghiệp", "Đan lát mây tre", "Làm bánh truyền thống", "Điện dân dụng",
        ], partners: ["Trung tâm Giáo dục nghề nghiệp", "Hội Liên hiệp Phụ nữ xã", "Hợp tác xã nông nghiệp"], appeal: [0.6, 1, 0.1, 0.3, 0.2],
        indicators: "3"),
        GeneratorTopic(field: .lifeSkills, weight: 10, titles: [
            "Quản lý chi tiêu gia đình", "Kỹ năng làm cha mẹ", "Phòng cháy chữa cháy tại gia đình", "Kỹ năng phòng chống đuối nước",
            "Ứng phó với thiên tai, bão lũ",
        ], partners: ["Hội Liên hiệp Phụ nữ xã", "Công an xã", "Đoàn Thanh niên xã"], appeal: [0.6, 0.6, 0.6, 0.6, 0.6], indicators: "3,4"),
    ]
}

/// One event of a generated Week: a commune's usual programme (see the demo Week).
struct GeneratorEvent {
    let day: Int
    let startMinutes: Int
    let minutes: Int
    let title: String
    let type: EventType
    /// Where it is held; a cultural house stands for one drawn among the villages.
    let venue: Venue
    let organiser: String
    /// Nil for an open event (a book fair): people just come and check in.
    let capacity: Int?
    let indicators: String
    /// For an open event, the share of the commune's people who come.
    let turnout: Double

    static let hall = Venue(kind: .other, name: "Hội trường UBND xã")
    static let school = Venue(kind: .school, name: "Trường Tiểu học xã")
    static let centre = Venue(kind: .centre)
    static let villageHall = Venue(kind: .villageHall)

    static let programme: [GeneratorEvent] = [
        GeneratorEvent(day: 1, startMinutes: 450, minutes: 120, title: "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời", type: .openingCeremony,
                       venue: hall, organiser: "UBND xã, Hội Khuyến học xã", capacity: nil, indicators: "3", turnout: 0.02),
        GeneratorEvent(day: 1, startMinutes: 570, minutes: 120, title: "Hội sách và đổi sách cũ", type: .bookFair, venue: centre,
                       organiser: "Thư viện xã", capacity: nil, indicators: "1", turnout: 0.012),
        GeneratorEvent(day: 1, startMinutes: 1140, minutes: 120, title: "Cài đặt và dùng VNeID mức 2", type: .digitalSkillsClass,
                       venue: villageHall, organiser: "Đoàn Thanh niên xã", capacity: 40, indicators: "5", turnout: 0),
        GeneratorEvent(day: 2, startMinutes: 480, minutes: 120, title: "Tọa đàm: Đọc sách cùng con", type: .talk, venue: school,
                       organiser: "Hội Liên hiệp Phụ nữ xã", capacity: 60, indicators: "1,4", turnout: 0),
        GeneratorEvent(day: 2, startMinutes: 840, minutes: 120, title: "Triển lãm ảnh “Xã ta học tập”", type: .exhibition, venue: centre,
                       organiser: "Trung tâm học tập cộng đồng", capacity: nil, indicators: "3", turnout: 0.008),
        GeneratorEvent(day: 2, startMinutes: 1140, minutes: 120, title: "Lớp miễn phí: Nuôi gà thả vườn an toàn sinh học", type: .freeClass,
                       venue: villageHall, organiser: "Hội Nông dân xã", capacity: 30, indicators: "3", turnout: 0),
        GeneratorEvent(day: 3, startMinutes: 480, minutes: 180, title: "Hội thi tìm hiểu pháp luật về phòng chống lừa đảo", type: .contest,
                       venue: hall, organiser: "Công an xã", capacity: 80, indicators: "1,8", turnout: 0),
        GeneratorEvent(day: 3, startMinutes: 1140, minutes: 120, title: "Thanh toán không dùng tiền mặt an toàn", type: .digitalSkillsClass,
                       venue: villageHall, organiser: "Ngân hàng Chính sách xã hội", capacity: 40, indicators: "5", turnout: 0),
        GeneratorEvent(day: 4, startMinutes: 480, minutes: 120, title: "Tọa đàm: Chăm sóc sức khỏe người cao tuổi", type: .talk,
                       venue: Venue(kind: .other, name: "Trạm y tế xã"), organiser: "Hội Người cao tuổi xã", capacity: 50,
                       indicators: "3,9", turnout: 0),
        GeneratorEvent(day: 4, startMinutes: 900, minutes: 120, title: "Lớp miễn phí: Sơ cứu đuối nước cho trẻ em", type: .freeClass,
                       venue: centre, organiser: "Trạm y tế xã", capacity: 50, indicators: "3", turnout: 0),
        GeneratorEvent(day: 5, startMinutes: 1140, minutes: 120, title: "Tiếng Anh giao tiếp cơ bản cho thanh niên", type: .freeClass,
                       venue: school, organiser: "Đoàn Thanh niên xã", capacity: 35, indicators: "6", turnout: 0),
        GeneratorEvent(day: 6, startMinutes: 450, minutes: 210, title: "Hội thi “Gia đình học tập”", type: .contest, venue: villageHall,
                       organiser: "Hội Khuyến học xã", capacity: 20, indicators: "4,10", turnout: 0),
        GeneratorEvent(day: 6, startMinutes: 840, minutes: 120, title: "Làm thủ tục trên Cổng dịch vụ công", type: .digitalSkillsClass,
                       venue: villageHall, organiser: "Bộ phận một cửa UBND xã", capacity: 40, indicators: "5", turnout: 0),
        GeneratorEvent(day: 7, startMinutes: 480, minutes: 120, title: "Tôn vinh gương học tập và trao giấy khen", type: .honouringLearners,
                       venue: hall, organiser: "UBND xã", capacity: nil, indicators: "3", turnout: 0.01),
        GeneratorEvent(day: 7, startMinutes: 600, minutes: 60, title: "Bế mạc và tổng kết Tuần lễ", type: .other, venue: hall,
                       organiser: "UBND xã, Hội Khuyến học xã", capacity: nil, indicators: "3", turnout: 0.006),
    ]
}
