import Domain
import Testing

@Suite struct LoudspeakerTextTests {
    @Test(arguments: [
        ("Hội trường UBND xã", "Hội trường Ủy ban nhân dân xã"),
        ("Thường trực HĐND, UBND, MTTQ xã", "Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc xã"),
        ("Trường THCS và Trường TH Kim Đồng", "Trường Trung học cơ sở và Trường Tiểu học Kim Đồng"),
        ("Trường MN Hoa Sen", "Trường Mầm non Hoa Sen"),
        ("Báo cáo TH tình hình", "Báo cáo TH tình hình"),           // "TH" alone may be anything
        ("Sân UBNDX, Ubnd xã", "Sân UBNDX, Ubnd xã"),               // whole words, exact capitals only
        ("(TTHTCĐ)", "(Trung tâm học tập cộng đồng)"),
        ("Hội LHPN và Hội CCB", "Hội Liên hiệp Phụ nữ và Hội Cựu chiến binh"),
    ])
    func abbreviationsAreSaidInFull(written: String, said: String) {
        #expect(LoudspeakerText.spoken(written) == said)
    }

    @Test(arguments: [
        ("năm 2026", "năm hai nghìn không trăm hai mươi sáu"),
        ("VNeID mức 2.", "VNeID mức hai."),
        ("F0 và lớp 10A", "F không và lớp mười A"),
        ("tặng 1.000 cuốn sách", "tặng một nghìn cuốn sách"),
        ("chuyển đổi số 4.0", "chuyển đổi số bốn chấm không"),
        ("mất 1,5 giờ", "mất một phẩy năm giờ"),
        ("từ 07 giờ", "từ bảy giờ"),
        ("gọi 0912345678", "gọi không chín một hai ba bốn năm sáu bảy tám"),
        ("1, 2, 3", "một, hai, ba"),
    ])
    func digitsBecomeWords(written: String, said: String) {
        #expect(LoudspeakerText.spoken(written) == said)
    }

    @Test(arguments: [("Xã Đức Trọng", "xã"), ("Phường 3", "phường"), ("Thị trấn Liên Nghĩa", "thị trấn"), ("Đức Trọng", "xã")])
    func theCommuneIsCalledByItsKind(name: String, unit: String) {
        #expect(LoudspeakerText.unitWord(communeName: name) == unit)
    }

    @Test func datesOfTheWeekAreSaidOnce() throws {
        func day(_ year: Int, _ month: Int, _ day: Int) throws -> LocalDate { try #require(LocalDate(year: year, month: month, day: day)) }
        #expect(try LoudspeakerText.dateRange(from: day(2026, 10, 1), to: day(2026, 10, 7))
                == "từ ngày mồng một đến ngày mồng bảy tháng Mười năm hai nghìn không trăm hai mươi sáu")
        #expect(try LoudspeakerText.dateRange(from: day(2026, 9, 28), to: day(2026, 10, 4))
                == "từ ngày hai mươi tám tháng Chín đến ngày mồng bốn tháng Mười năm hai nghìn không trăm hai mươi sáu")
        #expect(try LoudspeakerText.dateRange(from: day(2026, 12, 28), to: day(2027, 1, 3))
                == "từ ngày hai mươi tám tháng Mười hai năm hai nghìn không trăm hai mươi sáu "
                + "đến ngày mồng ba tháng Một năm hai nghìn không trăm hai mươi bảy")
    }
}
