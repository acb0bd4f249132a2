import Domain
import Foundation
import MicroHTTP
import Storage
import Testing
import TestSupport

/// `/tuan-le-hoc-tap/{year}/thong-bao`: the loudspeaker script of the demo 2026 Week, read as
/// the announcer will read it.
@Suite struct WeekAnnouncementTests {
    /// The demo data: a full 2026 Week of fifteen events whose theme is still a placeholder.
    static func demo() throws -> TestApp {
        let app = try TestApp()
        try app.database.loadDemoData(now: app.clock.now)
        return app
    }

    /// Written by hand and read aloud: the first day of the demo Week. "Trung tâm học tập cộng
    /// đồng Thử Nghiệm" is the test site's "TTHTCĐ Thử Nghiệm" said in full.
    static let firstDay = """
        Kính thưa bà con nhân dân trong xã!

        Từ ngày mồng một đến ngày mồng bảy tháng Mười năm hai nghìn không trăm hai mươi sáu, xã Thử Nghiệm tổ chức \
        Tuần lễ hưởng ứng học tập suốt đời. Đây là dịp để mọi người dân, không phân biệt tuổi tác, cùng nhau học tập, \
        đọc sách và học thêm những kỹ năng mới.

        Trung tâm học tập cộng đồng Thử Nghiệm xin thông báo chương trình hoạt động như sau:

        Thứ Năm, ngày mồng một tháng Mười:
        Bảy giờ ba mươi sáng, tại Hội trường Ủy ban nhân dân xã: Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm \
        hai nghìn không trăm hai mươi sáu, do Ủy ban nhân dân xã, Hội Khuyến học xã tổ chức.
        Chín giờ ba mươi sáng, tại Trung tâm học tập cộng đồng: Hội sách và đổi sách cũ, do Thư viện xã tổ chức.
        Bảy giờ tối, tại Nhà văn hóa thôn Bắc Sơn: Cài đặt và dùng VNeID mức hai, do Đoàn Thanh niên xã tổ chức. \
        Bà con có nhu cầu tham gia xin đăng ký tại trung tâm học tập cộng đồng hoặc trên trang web của trung tâm.

        Trân trọng kính mời bà con tham gia.

        """

    @Test func theFirstDayReadsAsWritten() throws {
        let response = try Self.demo().get("/tuan-le-hoc-tap/2026/thong-bao", query: "ngay=1")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(response.text == Self.firstDay)
    }

    @Test func theWholeWeekHasEveryDayInWordsOnly() throws {
        let text = try Self.demo().get("/tuan-le-hoc-tap/2026/thong-bao").text
        let headings = text.split(separator: "\n").filter { $0.hasSuffix(" tháng Mười:") }
        #expect(headings == ["Thứ Năm, ngày mồng một tháng Mười:", "Thứ Sáu, ngày mồng hai tháng Mười:",
                             "Thứ Bảy, ngày mồng ba tháng Mười:", "Chủ nhật, ngày mồng bốn tháng Mười:",
                             "Thứ Hai, ngày mồng năm tháng Mười:", "Thứ Ba, ngày mồng sáu tháng Mười:",
                             "Thứ Tư, ngày mồng bảy tháng Mười:"])
        #expect(!text.unicodeScalars.contains { $0.properties.numericType != nil && $0.isASCII }, "no digits to decode")
        #expect(!text.contains("UBND"))
        #expect(text.hasPrefix(String(Self.firstDay.prefix(while: { $0 != "T" }))))
        #expect(text.hasSuffix("Trân trọng kính mời bà con tham gia.\n"))
        // Fifteen events, one line each, with the hint after the ten that take registration.
        #expect(text.split(separator: "\n").filter { $0.contains(" giờ ") && $0.contains(", tại ") }.count == 15)
        #expect(text.components(separatedBy: "xin đăng ký tại").count - 1 == 10)
    }

    /// The placeholder theme (last year's) is never announced; the Ministry's theme, once entered, is.
    @Test func theThemeIsSaidOnlyOnceItIsTheRealOne() throws {
        let app = try Self.demo()
        #expect(!app.get("/tuan-le-hoc-tap/2026/thong-bao", query: "ngay=2").text.contains("Chủ đề"))
        // As staff save it; saving clears the cached script.
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        #expect(staff.post("/quan-tri/tuan-le/2026", [("action", "save"), ("from", "01/10/2026"), ("to", "07/10/2026"),
                                                      ("theme", "Học tập suốt đời trong kỷ nguyên số 4.0")]).status == 200)
        let text = app.get("/tuan-le-hoc-tap/2026/thong-bao", query: "ngay=2").text
        #expect(text.contains("\n\nChủ đề của Tuần lễ năm nay là: “Học tập suốt đời trong kỷ nguyên số bốn chấm không”.\n\n"))
        #expect(text.contains("Thứ Sáu, ngày mồng hai tháng Mười:\nTám giờ sáng, tại Trường Tiểu học xã: Tọa đàm: Đọc sách cùng con"))
    }

    @Test func aCancelledEventIsNotAnnounced() throws {
        let app = try Self.demo()
        let fair = try #require(try app.database.events(year: 2026).first { $0.courseClass.title == "Hội sách và đổi sách cũ" })
        try app.database.cancelSession(id: fair.session.id, by: .system(now: app.clock.now))
        #expect(!app.get("/tuan-le-hoc-tap/2026/thong-bao", query: "ngay=1").text.contains("Hội sách"))
    }

    @Test(arguments: [("/tuan-le-hoc-tap/2025/thong-bao", ""), ("/tuan-le-hoc-tap/2026/thong-bao", "ngay=8"),
                      ("/tuan-le-hoc-tap/2026/thong-bao", "ngay=0"), ("/tuan-le-hoc-tap/2026/thong-bao", "ngay=mot"),
                      ("/tuan-le-hoc-tap/2026/loa", "")])
    func unknownYearsAndDaysAreNotFound(path: String, query: String) throws {
        #expect(try Self.demo().get(path, query: query).status == 404)
    }
}
