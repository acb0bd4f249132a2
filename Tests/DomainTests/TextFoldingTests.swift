import Domain
import Testing

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Tuần lễ", "tuan le"),
        ("đời", "doi"),
        ("ĐỜI SỐNG", "doi song"),
        ("Đắk Lắk", "dak lak"),
        ("VNeID", "vneid"),
        ("Học tập suốt đời", "hoc tap suot doi"),
        ("Khuyến học", "khuyen hoc"),
        ("Công dân học tập", "cong dan hoc tap"),
        ("Nông nghiệp – khuyến nông", "nong nghiep – khuyen nong"),
        ("ưu tiên", "uu tien"),
        ("Ứng dụng", "ung dung"),
        ("Ơn nghĩa", "on nghia"),
        ("thôn Bắc Sơn", "thon bac son"),
        ("ấp Phước Lộc", "ap phuoc loc"),
        ("bản Mường", "ban muong"),
        ("Quỹ Khuyến học", "quy khuyen hoc"),
        ("Bình dân học vụ số", "binh dan hoc vu so"),
        ("Phường Đồng Xoài", "phuong dong xoai"),
        ("Sức khỏe", "suc khoe"),
        ("Sức khoẻ", "suc khoe"),
        ("Pháp luật 2025", "phap luat 2025"),
        ("Ỹ ỷ ỵ ý ỳ", "y y y y y"),
        ("ẶẰẲẴẮ", "aaaaa"),
        ("Điện thoại", "dien thoai"),
        ("", ""),
    ])
    func foldsVietnamese(input: String, expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test func foldsDecomposedTextLikeComposed() {
        let decomposed = "Tua\u{0300}n le\u{0302}\u{0303}"
        #expect(TextFolding.fold(decomposed) == "tuan le")
    }

    @Test func keepsOneCharacterPerCharacterOfComposedText() {
        let text = "Chào mừng Tuần lễ hưởng ứng học tập suốt đời 2026!"
        #expect(TextFolding.fold(text).count == text.count)
    }
}
