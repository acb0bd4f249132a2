import Domain

/// The words a generated commune is made of: names as a Vietnamese commune's register shows
/// them (family names weighted by how common they are), villages, ethnic groups.
enum GeneratorNames {
    /// Kinh family names, weighted roughly by their share of the population (Nguyễn about a third).
    static let kinhFamilies: [(String, Double)] = [
        ("Nguyễn", 31), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4.5), ("Vũ", 3.9),
        ("Võ", 3), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5),
        ("Đinh", 0.8), ("Đào", 0.7), ("Trịnh", 0.6), ("Mai", 0.5), ("Cao", 0.5), ("Lương", 0.4), ("Tạ", 0.3), ("Chu", 0.3),
        ("Hà", 0.5), ("Tô", 0.3), ("Lâm", 0.3), ("Kiều", 0.2),
    ]

    /// Family names common among the Tày, Thái, Mường, Nùng, Dao and H'Mông.
    static let minorityFamilies: [(String, Double)] = [
        ("Lò", 3), ("Vi", 2), ("Hà", 3), ("Lương", 2), ("Triệu", 2), ("Hoàng", 3), ("Nông", 3), ("Đinh", 2), ("Bàn", 2),
        ("Sầm", 1), ("Lường", 1), ("Giàng", 1), ("Sùng", 1), ("Vàng", 1), ("Quách", 1), ("Bạch", 1),
    ]

    static let maleMiddles: [(String, Double)] = [
        ("Văn", 40), ("Đức", 8), ("Minh", 8), ("Quang", 6), ("Hữu", 6), ("Công", 5), ("Xuân", 4), ("Thanh", 4),
        ("Ngọc", 3), ("Quốc", 4), ("Tiến", 3), ("Duy", 3), ("Trọng", 3), ("Anh", 3),
    ]

    /// Women born before about 1990 mostly carry "Thị"; younger ones far less often.
    static func femaleMiddles(bornBefore1990: Bool) -> [(String, Double)] {
        [("Thị", bornBefore1990 ? 70 : 25), ("Ngọc", 8), ("Thu", 6), ("Thanh", 6), ("Hồng", 5), ("Kim", 4), ("Minh", 5),
         ("Phương", 4), ("Thùy", 4), ("Khánh", 3), ("Mai", 3), ("Bảo", 3)]
    }

    static let maleGiven = [
        "An", "Bình", "Cường", "Dũng", "Duy", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khoa", "Kiên",
        "Long", "Lộc", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành",
        "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hưng", "Khải", "Lâm", "Đạt",
    ]

    static let femaleGiven = [
        "Anh", "Châu", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên",
        "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Sen", "Tâm", "Thảo", "Thu",
        "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Nhi", "Lụa", "Huyền",
    ]

    /// Names of lowland villages (thôn); a commune merged in 2025 may have dozens, so beyond
    /// this list names repeat with a number, as "Phú Mỹ 2".
    static let villages = [
        "Đông Hòa", "Tân Phong", "Phú Mỹ", "An Lạc", "Hòa Bình", "Trung Hậu", "Yên Phú", "Đồng Tâm", "Quyết Tiến", "Thắng Lợi",
        "Đoàn Kết", "Tiền Phong", "Cao Sơn", "Phú Thịnh", "Tân Hòa", "Bắc Sơn", "Nam Sơn", "Đông Sơn", "Trung Thành", "Vĩnh An",
        "Hưng Long", "Phúc Lộc", "Thịnh Vượng", "Tân Lập", "Xuân Hòa", "Đại Đồng", "Hợp Nhất", "Lạc Thiện", "Mỹ Hưng", "Bình Minh",
    ]

    /// Names of upland hamlets (bản), where most people belong to an ethnic minority.
    static let hamlets = ["Nà Pàn", "Khe Lim", "Nà Hin", "Bản Mới", "Pác Ngòi", "Nà Tông", "Khuổi Nạc", "Phiêng Luông", "Nặm Cắt", "Co Phường"]

    /// Ethnic groups among the minority: in a lowland village nearly everyone is Kinh.
    static let minorityEthnicities: [(String, Double)] = [("Tày", 30), ("Thái", 20), ("Mường", 18), ("Nùng", 12), ("Dao", 10), ("H'Mông", 10)]

    static let returnComments = [
        "Chỉ số 3 chưa có minh chứng tham gia lớp học; đề nghị bổ sung.",
        "Điểm chỉ số 5 cao hơn minh chứng; đề nghị chấm lại.",
        "Chưa ghi kế hoạch học tập của bản thân (chỉ số 2).",
    ]

    /// The national theme the Ministry sent for a year (domain notes); for other years the
    /// nearest known one stands in, marked as a placeholder, as the demo Week does.
    static func weekTheme(year: Int) -> (theme: String, isPlaceholder: Bool) {
        switch year {
        case 2024: ("Phát triển văn hóa đọc thúc đẩy học tập suốt đời", false)
        case 2025: (AppDatabase.demoTheme, false)
        case ..<2024: ("Phát triển văn hóa đọc thúc đẩy học tập suốt đời", true)
        default: (AppDatabase.demoTheme, true)
        }
    }
}
