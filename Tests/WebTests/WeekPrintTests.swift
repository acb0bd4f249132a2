import Foundation
import Storage
import Testing
import TestSupport

/// `/tuan-le-hoc-tap/{year}/in`: the A4 programme for the noticeboard, on the demo 2026 Week.
@Suite struct WeekPrintTests {
    /// The administrative heading, the title and the first day's rows, as written by hand.
    static let sheetStart = """
        <article class="programme-sheet">
        <div class="official-heading">
        <div><p>ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM</p><p class="issuer">TTHTCĐ THỬ NGHIỆM</p></div>
        <div><p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p></div>
        </div>
        <h1>CHƯƠNG TRÌNH TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026</h1>
        <div class="table-scroll" tabindex="0"><table class="programme-table">
        <thead><tr><th scope="col">Ngày</th><th scope="col">Thời gian</th><th scope="col">Nội dung</th>\
        <th scope="col">Địa điểm</th><th scope="col">Đơn vị tổ chức</th></tr></thead>
        <tbody>
        <tr><th scope="rowgroup" rowspan="3">Thứ Năm, 01/10/2026</th><td>07:30–09:30</td>\
        <td>Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026</td><td>Hội trường UBND xã</td><td>UBND xã, Hội Khuyến học xã</td></tr>
        <tr><td>09:30–11:30</td><td>Hội sách và đổi sách cũ</td><td>Trung tâm học tập cộng đồng</td><td>Thư viện xã</td></tr>
        <tr><td>19:00–21:00</td><td>Cài đặt và dùng VNeID mức 2</td><td>Nhà văn hóa thôn Bắc Sơn</td><td>Đoàn Thanh niên xã</td></tr>
        </tbody>
        """

    @Test func theSheetStartsWithTheOfficialHeadingAndTheFirstDay() throws {
        let response = try WeekAnnouncementTests.demo().get("/tuan-le-hoc-tap/2026/in")
        #expect(response.status == 200)
        let html = response.text
        let start = try #require(html.range(of: "<article class=\"programme-sheet\">"))
        #expect(String(html[start.lowerBound...].prefix(Self.sheetStart.count)) == Self.sheetStart)
        #expect(html.components(separatedBy: "<tbody>").count - 1 == 7, "one row group per day")
        #expect(html.components(separatedBy: "<tr>").count - 1 == 1 + 15)
        #expect(!html.contains("Chủ đề"), "the placeholder theme is not printed as this year's")
        #expect(html.contains("<button type=\"button\" data-print>In chương trình</button>"))
    }

    @Test func theRealThemeIsPrintedAndCancelledEventsAreNot() throws {
        let app = try WeekAnnouncementTests.demo()
        var stored = try #require(try app.database.edition(year: 2026))
        stored.themeIsPlaceholder = false
        stored.edition.theme = "Học tập suốt đời trong kỷ nguyên số"
        try app.database.updateEdition(stored, by: .system(now: app.clock.now))
        let fair = try #require(try app.database.events(year: 2026).first { $0.courseClass.title == "Hội sách và đổi sách cũ" })
        try app.database.cancelSession(id: fair.session.id, by: .system(now: app.clock.now))
        let html = app.get("/tuan-le-hoc-tap/2026/in").text
        #expect(html.contains("</h1>\n<p class=\"programme-theme\">Chủ đề: “Học tập suốt đời trong kỷ nguyên số”</p>\n"))
        #expect(!html.contains("Hội sách"))
        #expect(html.contains("<th scope=\"rowgroup\" rowspan=\"2\">Thứ Năm, 01/10/2026</th>"))
    }

    /// The national heading is a fixed form of official papers; the table speaks the visitor's language.
    @Test func anEnglishVisitorGetsTheSameOfficialHeading() throws {
        let html = try WeekAnnouncementTests.demo().get("/tuan-le-hoc-tap/2026/in", headers: ["Accept-Language": "en"]).text
        #expect(html.contains("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"))
        #expect(html.contains("<h1>PROGRAMME OF THE LIFELONG LEARNING WEEK 2026</h1>"))
    }

    @Test func anUnknownYearIsNotFound() throws {
        #expect(try WeekAnnouncementTests.demo().get("/tuan-le-hoc-tap/2025/in").status == 404)
    }
}
