import Domain
import Testing

@Suite struct NameAndWeekdayTests {
    @Test func namesSortByGivenNameThenFullName() {
        let names = ["Trần Văn Bình", "Nguyễn Thị Ánh", "Lê An", "Phạm Minh Đức", "Nguyễn Văn An", "Hoàng Thị Dung"]
        #expect(names.sorted(by: PersonName.precedes) == [
            "Lê An", "Nguyễn Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình", "Phạm Minh Đức", "Hoàng Thị Dung",
        ], "folded as design.md says: đ sorts as d")
        #expect(PersonName.givenName("Nguyễn Thị Hoa") == "Hoa")
        #expect(PersonName.givenName("Hoa") == "Hoa")
    }

    @Test(arguments: [
        (1_790_787_600, 4),   // 01/10/2026 00:00 in Vietnam is a Thursday (Thứ Năm)
        (1_790_787_599, 3),   // one second earlier: Wednesday
        (0, 4),               // 01/01/1970 07:00, a Thursday
        (1_798_736_400, 5),   // 01/01/2027: Friday
    ] as [(Int64, Int)])
    func weekdaysInVietnamTime(seconds: Int64, weekday: Int) {
        #expect(DateText.weekday(unixSeconds: seconds) == weekday)
    }
}
