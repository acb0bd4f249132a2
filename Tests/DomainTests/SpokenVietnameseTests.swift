import Domain
import Testing

@Suite struct SpokenVietnameseTests {
    @Test(arguments: [
        (0, "không"), (1, "một"), (2, "hai"), (3, "ba"), (4, "bốn"), (5, "năm"), (6, "sáu"), (7, "bảy"),
        (8, "tám"), (9, "chín"), (10, "mười"), (11, "mười một"), (12, "mười hai"), (13, "mười ba"),
        (14, "mười bốn"),                 // "bốn" after "mười"; "tư" only after "mươi"
        (15, "mười lăm"), (16, "mười sáu"), (17, "mười bảy"), (18, "mười tám"), (19, "mười chín"),
        (20, "hai mươi"), (21, "hai mươi mốt"), (22, "hai mươi hai"), (23, "hai mươi ba"),
        (24, "hai mươi tư"), (25, "hai mươi lăm"), (26, "hai mươi sáu"), (27, "hai mươi bảy"),
        (28, "hai mươi tám"), (29, "hai mươi chín"), (30, "ba mươi"), (31, "ba mươi mốt"),
        (44, "bốn mươi tư"), (55, "năm mươi lăm"), (99, "chín mươi chín"),
        (100, "một trăm"), (101, "một trăm linh một"), (104, "một trăm linh bốn"), (105, "một trăm linh năm"),
        (110, "một trăm mười"), (115, "một trăm mười lăm"), (121, "một trăm hai mươi mốt"),
        (1000, "một nghìn"), (2000, "hai nghìn"), (2005, "hai nghìn không trăm linh năm"),
        (2010, "hai nghìn không trăm mười"), (2023, "hai nghìn không trăm hai mươi ba"),
        (2024, "hai nghìn không trăm hai mươi tư"), (2026, "hai nghìn không trăm hai mươi sáu"),
        (1999, "một nghìn chín trăm chín mươi chín"), (15000, "mười lăm nghìn"),
        (1_000_005, "một triệu không trăm linh năm"), (2_000_000_000, "hai tỷ"), (-5, "âm năm"),
    ] as [(Int, String)])
    func numbersAsAnnouncersSayThem(value: Int, words: String) {
        #expect(SpokenVietnamese.number(value) == words)
    }

    @Test(arguments: [
        (0, "mười hai giờ đêm"),
        (30, "mười hai giờ ba mươi đêm"),
        (239, "ba giờ năm mươi chín đêm"),       // 03:59, last minute of "đêm"
        (240, "bốn giờ sáng"),                   // 04:00, first minute of "sáng"
        (300, "năm giờ sáng"),
        (425, "bảy giờ năm phút sáng"),          // minutes 1–9 add "phút"
        (450, "bảy giờ ba mươi sáng"),           // the example
        (659, "mười giờ năm mươi chín sáng"),
        (660, "mười một giờ trưa"),
        (720, "mười hai giờ trưa"),
        (750, "mười hai giờ ba mươi trưa"),
        (780, "một giờ chiều"),
        (840, "hai giờ chiều"),
        (855, "hai giờ mười lăm chiều"),
        (1079, "năm giờ năm mươi chín chiều"),
        (1080, "sáu giờ tối"),
        (1140, "bảy giờ tối"),                   // 19:00 is never "mười chín giờ"
        (1164, "bảy giờ hai mươi tư tối"),
        (1185, "bảy giờ bốn mươi lăm tối"),
        (1290, "chín giờ ba mươi tối"),
        (1319, "chín giờ năm mươi chín tối"),
        (1320, "mười giờ đêm"),
        (1439, "mười một giờ năm mươi chín đêm"),
        (1440, "mười hai giờ đêm"),              // a session that ends at midnight
    ] as [(Int, String)])
    func timesInTwelveHoursWithThePartOfTheDay(minutes: Int, words: String) {
        #expect(SpokenVietnamese.spokenTime(minutes: minutes) == words)
    }

    @Test(arguments: [
        (1, "mồng một"), (2, "mồng hai"), (3, "mồng ba"), (4, "mồng bốn"), (5, "mồng năm"), (6, "mồng sáu"),
        (7, "mồng bảy"), (8, "mồng tám"), (9, "mồng chín"), (10, "mồng mười"), (11, "mười một"),
        (14, "mười bốn"), (15, "mười lăm"), (20, "hai mươi"), (21, "hai mươi mốt"), (24, "hai mươi tư"),
        (25, "hai mươi lăm"), (30, "ba mươi"), (31, "ba mươi mốt"),
    ] as [(Int, String)])
    func daysOneToTenTakeMồng(day: Int, words: String) throws {
        let date = try #require(LocalDate(year: 2026, month: 10, day: day))
        #expect(SpokenVietnamese.spokenDate(date).hasSuffix(", ngày \(words) tháng Mười"))
    }

    @Test(arguments: [
        ("28/09/2026", "thứ Hai, ngày hai mươi tám tháng Chín"),
        ("29/09/2026", "thứ Ba, ngày hai mươi chín tháng Chín"),
        ("30/09/2026", "thứ Tư, ngày ba mươi tháng Chín"),
        ("01/10/2026", "thứ Năm, ngày mồng một tháng Mười"),
        ("02/10/2026", "thứ Sáu, ngày mồng hai tháng Mười"),
        ("03/10/2026", "thứ Bảy, ngày mồng ba tháng Mười"),
        ("04/10/2026", "Chủ nhật, ngày mồng bốn tháng Mười"),
    ])
    func everyWeekday(text: String, words: String) throws {
        let date = try #require(LocalDate(parsing: text))
        #expect(SpokenVietnamese.spokenDate(date) == words)
    }

    @Test(arguments: [
        (1, "Một"), (2, "Hai"), (3, "Ba"), (4, "Tư"), (5, "Năm"), (6, "Sáu"), (7, "Bảy"), (8, "Tám"),
        (9, "Chín"), (10, "Mười"), (11, "Mười một"), (12, "Mười hai"),
    ] as [(Int, String)])
    func everyMonthBySolarName(month: Int, name: String) throws {
        let date = try #require(LocalDate(year: 2026, month: month, day: 15))
        #expect(SpokenVietnamese.spokenDate(date).hasSuffix(", ngày mười lăm tháng \(name)"))
    }

    @Test func dateWithTheYear() throws {
        let date = try #require(LocalDate(year: 2023, month: 10, day: 2))
        #expect(SpokenVietnamese.spokenDate(date, withYear: true)
            == "thứ Hai, ngày mồng hai tháng Mười năm hai nghìn không trăm hai mươi ba")
    }

    @Test(arguments: [
        // 01/10/2026 07:30 in Vietnam, the example.
        (1_790_814_600, false, "bảy giờ ba mươi sáng thứ Năm, ngày mồng một tháng Mười"),
        (1_790_814_600, true,
         "bảy giờ ba mươi sáng thứ Năm, ngày mồng một tháng Mười năm hai nghìn không trăm hai mươi sáu"),
        // 01/10/2026 00:00 in Vietnam is still 30/09 in UTC: the day is Vietnam's.
        (1_790_787_600, false, "mười hai giờ đêm thứ Năm, ngày mồng một tháng Mười"),
        // One second earlier, the last minute of 30/09.
        (1_790_787_599, false, "mười một giờ năm mươi chín đêm thứ Tư, ngày ba mươi tháng Chín"),
        // 01/01/2027 06:00 in Vietnam, still 2026 in UTC: the year is Vietnam's too.
        (1_798_758_000, true, "sáu giờ sáng thứ Sáu, ngày mồng một tháng Một năm hai nghìn không trăm hai mươi bảy"),
    ] as [(Int64, Bool, String)])
    func momentsSayTheTimeThenTheDay(seconds: Int64, withYear: Bool, words: String) {
        #expect(SpokenVietnamese.spokenMoment(unixSeconds: seconds, withYear: withYear) == words)
    }

    /// Loudspeaker scripts are copied into other software; decomposed (NFD) letters would show
    /// as a base letter and a loose mark there, so every word is precomposed.
    @Test func wordsArePrecomposed() throws {
        var said = (0...2100).map(SpokenVietnamese.number)
        said += (0..<1440).map { SpokenVietnamese.spokenTime(minutes: $0) }
        let first = try #require(LocalDate(year: 2026, month: 1, day: 1))
        said += (0..<365).map { SpokenVietnamese.spokenDate(first.adding(days: $0), withYear: true) }
        let decomposed = said.filter { $0.unicodeScalars.contains { (0x300...0x36F).contains($0.value) } }
        #expect(decomposed.isEmpty)
    }
}
