import Domain
import Foundation
import Storage
import Testing
import TestSupport
import Views

/// `/quan-tri/bao-cao`: the commune's learning report on `CommuneReportFixture`, whose figures
/// were worked out by hand from its tables, seen by staff at 21:00 on 31 December 2026.
@Suite struct CommuneReportWebTests {
    static func app() throws -> (TestApp, Visit) {
        let app = try TestApp()
        try CommuneReportFixture.populate(app.database)
        app.clock.advance(by: CommuneReportFixture.yearEnd - app.clock.now)
        return (app, try Visit.signedIn(as: .staff, in: app, phone: "0987000111"))
    }

    /// The paper's heading and overall results.
    static let sheet = #"""
        <article class="programme-sheet report-sheet">
        <div class="official-heading">
        <div><p>ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM</p><p class="issuer">TTHTCĐ THỬ NGHIỆM</p><p class="paper-number">Số:      /BC-TTHTCĐ</p></div>
        <div><p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p><p class="place-date">Xã Thử Nghiệm, ngày 31 tháng 12 năm 2026</p></div>
        </div>
        <h1>BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HỌC TẬP NĂM 2026</h1>
        <p>Kỳ báo cáo: từ 01/01/2026 đến 31/12/2026. Số liệu tính đến Thứ Năm, 31/12/2026 21:00, theo điểm danh đã ghi trên hệ thống.</p>
        <section><h2>1. Kết quả chung</h2>
        <table class="programme-table report-table report-summary"><tbody><tr><th scope="row">Số lớp</th><td class="number">3</td></tr>
        <tr><th scope="row">Số buổi học</th><td class="number">5</td></tr>
        <tr><th scope="row">Lượt người tham gia</th><td class="number">25</td></tr>
        <tr><th scope="row">Số người học (mỗi người tính một lần)</th><td class="number">14</td></tr>
        <tr><th scope="row">Số giờ học</th><td class="number">38,0</td></tr></tbody></table></section>
        """#

    /// The learners' villages: a zero line for Tây, a not-recorded line, hours rounded so that
    /// they add up (21.75 and 12.75 hours print as 21,8 and 12,7), and the bar chart.
    static let villages = #"""
        <section><h2>4. Người học theo thôn</h2>
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table">
        <thead><tr><th scope="col">Thôn</th><th scope="col">Số người học</th><th scope="col">Lượt người tham gia</th><th scope="col">Số giờ học</th></tr></thead>
        <tbody><tr><th scope="row">Bắc Sơn</th><td class="number">6</td><td class="number">15</td><td class="number">21,8</td></tr>
        <tr><th scope="row">Đông</th><td class="number">6</td><td class="number">8</td><td class="number">12,7</td></tr>
        <tr><th scope="row">Tây</th><td class="number">0</td><td class="number">0</td><td class="number">0,0</td></tr>
        <tr><th scope="row">Chưa ghi thông tin</th><td class="number">2</td><td class="number">2</td><td class="number">3,5</td></tr></tbody>
        <tfoot><tr><th scope="row">Tổng cộng</th><td class="number">14</td><td class="number">25</td><td class="number">38,0</td></tr></tfoot>
        </table></div>
        <div class="report-chart"><svg class="chart" viewBox="0 0 360 160" width="100%" role="img" aria-label="Biểu đồ cột: lượt người tham gia theo thôn của người học"><title>Biểu đồ cột: lượt người tham gia theo thôn của người học</title>
        <text x="0" y="14" font-size="13">Bắc Sơn</text><rect x="0" y="20" width="296" height="14" fill="#0b6b3a"/><text x="302" y="32" font-size="13">15</text>
        <text x="0" y="54" font-size="13">Đông</text><rect x="0" y="60" width="157" height="14" fill="#0b6b3a"/><text x="163" y="72" font-size="13">8</text>
        <text x="0" y="94" font-size="13">Tây</text><rect x="0" y="100" width="0" height="14" fill="#0b6b3a"/><text x="6" y="112" font-size="13">0</text>
        <text x="0" y="134" font-size="13">Chưa ghi thông tin</text><rect x="0" y="140" width="39" height="14" fill="#0b6b3a"/><text x="45" y="152" font-size="13">2</text>
        </svg></div></section>
        """#

    /// The learning citizens' shares by village (`CommuneReportFixture.populateCitizens`): the
    /// total line is the commune's own (5 still needed, where the villages' add up to 6), and the
    /// bars are scaled to 100% so that the dashed 46% line (136 of 296 units) means what it says.
    static let citizens = #"""
        <section><h2>10. Tỷ lệ người từ 15 tuổi là Công dân học tập năm 2026 theo thôn</h2>
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table">
        <thead><tr><th scope="col">Thôn</th><th scope="col">Người từ 15 tuổi</th><th scope="col">Được công nhận</th><th scope="col">Tỷ lệ (%)</th><th scope="col">Cần thêm để đạt 46%</th></tr></thead>
        <tbody><tr><th scope="row">Bắc Sơn</th><td class="number">8</td><td class="number">3</td><td class="number">37,5</td><td class="number">1</td></tr>
        <tr><th scope="row">Đông</th><td class="number">8</td><td class="number">1</td><td class="number">12,5</td><td class="number">3</td></tr>
        <tr><th scope="row">Tây</th><td class="number">4</td><td class="number">0</td><td class="number">0,0</td><td class="number">2</td></tr>
        <tr><th scope="row">Chưa ghi thông tin</th><td class="number">1</td><td class="number">1</td><td class="number">100,0</td><td class="number">0</td></tr></tbody>
        <tfoot><tr><th scope="row">Tổng cộng</th><td class="number">21</td><td class="number">5</td><td class="number">23,8</td><td class="number">5</td></tr></tfoot>
        </table></div>
        <p class="meta">Tỷ lệ tính trên mọi người từ 15 tuổi (theo năm sinh, đến năm 2026) của thôn; người chưa ghi năm sinh không được tính. Mục tiêu quốc gia (Quyết định 677/QĐ-TTg): 40% đến năm 2025, 70% đến năm 2030; năm 2026 nằm giữa hai mốc nên được so với mức 46% trên lộ trình tăng đều từ 40% (2025) đến 70% (2030); quyết định không đặt mức này. Dòng tổng cộng tính tỷ lệ và số cần thêm cho cả xã, nên số cần thêm có thể khác tổng của các thôn.</p>
        <div class="report-chart"><svg class="chart" viewBox="0 0 360 180" width="100%" role="img" aria-label="Biểu đồ cột: tỷ lệ người từ 15 tuổi là Công dân học tập theo thôn; vạch đứt là mục tiêu 46%"><title>Biểu đồ cột: tỷ lệ người từ 15 tuổi là Công dân học tập theo thôn; vạch đứt là mục tiêu 46%</title>
        <text x="0" y="34" font-size="13">Bắc Sơn</text><rect x="0" y="40" width="111" height="14" fill="#0b6b3a"/><text x="117" y="52" font-size="13">37,5%</text>
        <text x="0" y="74" font-size="13">Đông</text><rect x="0" y="80" width="37" height="14" fill="#0b6b3a"/><text x="43" y="92" font-size="13">12,5%</text>
        <text x="0" y="114" font-size="13">Tây</text><rect x="0" y="120" width="0" height="14" fill="#0b6b3a"/><text x="6" y="132" font-size="13">0,0%</text>
        <text x="0" y="154" font-size="13">Chưa ghi thông tin</text><rect x="0" y="160" width="296" height="14" fill="#0b6b3a"/><text x="302" y="172" font-size="13">100,0%</text>
        <text x="136" y="12" font-size="12" text-anchor="middle">Mục tiêu 46%</text><line x1="136" y1="16" x2="136" y2="180" stroke="#8a5a00" stroke-width="1.5" stroke-dasharray="4 3"/>
        </svg></div></section>
        """#

    /// The CSV file (after its byte order mark, with line ends shown as \n): the same tables. In
    /// table 9 the staff member signed in is one more person without a group (4, total 25).
    static let csv = #"""
        Báo cáo kết quả hoạt động học tập năm 2026
        Kỳ báo cáo: từ 01/01/2026 đến 31/12/2026.
        "Số liệu tính đến Thứ Năm, 31/12/2026 21:00, theo điểm danh đã ghi trên hệ thống."

        1. Kết quả chung
        Số lớp,3
        Số buổi học,5
        Lượt người tham gia,25
        Số người học (mỗi người tính một lần),14
        Số giờ học,38.0

        2. Theo tháng
        Tháng,Số lớp,Số buổi học,Số người học,Lượt người tham gia,Số giờ học
        Tháng 1/2026,0,0,0,0,0.0
        Tháng 2/2026,0,0,0,0,0.0
        Tháng 3/2026,2,3,11,17,29.0
        Tháng 4/2026,1,1,4,4,6.0
        Tháng 5/2026,0,0,0,0,0.0
        Tháng 6/2026,0,0,0,0,0.0
        Tháng 7/2026,0,0,0,0,0.0
        Tháng 8/2026,0,0,0,0,0.0
        Tháng 9/2026,0,0,0,0,0.0
        Tháng 10/2026,0,0,0,0,0.0
        Tháng 11/2026,0,0,0,0,0.0
        Tháng 12/2026,1,1,4,4,3.0
        Tổng cộng,3,5,14,25,38.0

        3. Theo lĩnh vực
        Lĩnh vực,Số lớp,Số buổi học,Số người học,Lượt người tham gia,Số giờ học
        Nông nghiệp – khuyến nông,1,1,7,7,14.0
        Pháp luật,0,0,0,0,0.0
        Sức khỏe,1,1,4,4,3.0
        Kỹ năng số,1,3,8,14,21.0
        Văn hóa – đọc sách,0,0,0,0,0.0
        Ngoại ngữ,0,0,0,0,0.0
        Kỹ năng nghề,0,0,0,0,0.0
        Kỹ năng sống,0,0,0,0,0.0
        Tổng cộng,3,5,14,25,38.0

        4. Người học theo thôn
        Thôn,Số người học,Lượt người tham gia,Số giờ học
        Bắc Sơn,6,15,21.8
        Đông,6,8,12.7
        Tây,0,0,0.0
        Chưa ghi thông tin,2,2,3.5
        Tổng cộng,14,25,38.0

        5. Theo nhóm đối tượng
        Nhóm đối tượng,Số người học,Lượt người tham gia,Số giờ học
        "Nông dân, lao động nông thôn",6,13,20.5
        "Công nhân, lao động tiểu thủ công",2,3,5.5
        "Cán bộ, công chức, viên chức",2,3,4.5
        "Học sinh, sinh viên",2,4,5.3
        Chưa ghi thông tin,2,2,2.2
        Tổng cộng,14,25,38.0

        6. Theo giới tính
        Giới tính,Số người học,Lượt người tham gia,Số giờ học
        Nam,5,9,13.8
        Nữ,7,14,22.0
        Khác,1,1,1.5
        Chưa ghi thông tin,1,1,0.7
        Tổng cộng,14,25,38.0

        7. Theo độ tuổi
        Độ tuổi,Số người học,Lượt người tham gia,Số giờ học
        Dưới 15 tuổi,1,3,3.8
        Từ 15 đến 29 tuổi,4,5,7.8
        Từ 30 đến 44 tuổi,3,6,8.7
        Từ 45 đến 59 tuổi,2,6,9.2
        Từ 60 tuổi trở lên,3,4,7.0
        Chưa ghi thông tin,1,1,1.5
        Tổng cộng,14,25,38.0

        8. Theo dân tộc
        Dân tộc,Số người học,Lượt người tham gia,Số giờ học
        Kinh,7,14,21.8
        Tày,3,7,10.0
        Dao,1,1,2.0
        Chưa ghi thông tin,3,3,4.2
        Tổng cộng,14,25,38.0
        "Dân tộc là dữ liệu cá nhân nhạy cảm: chỉ thống kê số lượng, chỉ trong báo cáo này."

        9. Công dân học tập năm 2026 theo nhóm đối tượng
        Nhóm đối tượng,Số người,Đã tự đánh giá,Đạt điểm,Được Hội Khuyến học xác nhận,Được công nhận
        "Nông dân, lao động nông thôn",10,6,4,3,2
        "Công nhân, lao động tiểu thủ công",4,2,1,2,1
        "Cán bộ, công chức, viên chức",4,2,2,2,2
        "Học sinh, sinh viên",3,2,2,1,1
        Chưa ghi thông tin,4,0,0,0,0
        Tổng cộng,25,12,9,8,6
        "Tự đánh giá làm theo năm, nên số liệu Công dân học tập là của năm 2026, năm cuối kỳ báo cáo. Số người gồm mọi người trong danh sách của trung tâm, mọi lứa tuổi, theo nhóm đối tượng hiện nay. Đạt điểm: phiếu đạt mức của bộ tiêu chí (từ 80 điểm, không chỉ số nào dưới 5 điểm); được xác nhận: Hội Khuyến học xã đã xác nhận phiếu, kể cả phiếu chưa đạt điểm; được công nhận: đã có quyết định công nhận."

        10. Tỷ lệ người từ 15 tuổi là Công dân học tập năm 2026 theo thôn
        Thôn,Người từ 15 tuổi,Được công nhận,Tỷ lệ (%),Cần thêm để đạt 46%
        Bắc Sơn,8,3,37.5,1
        Đông,8,1,12.5,3
        Tây,4,0,0.0,2
        Chưa ghi thông tin,1,1,100.0,0
        Tổng cộng,21,5,23.8,5
        "Tỷ lệ tính trên mọi người từ 15 tuổi (theo năm sinh, đến năm 2026) của thôn; người chưa ghi năm sinh không được tính. Mục tiêu quốc gia (Quyết định 677/QĐ-TTg): 40% đến năm 2025, 70% đến năm 2030; năm 2026 nằm giữa hai mốc nên được so với mức 46% trên lộ trình tăng đều từ 40% (2025) đến 70% (2030); quyết định không đặt mức này. Dòng tổng cộng tính tỷ lệ và số cần thêm cho cả xã, nên số cần thêm có thể khác tổng của các thôn."

        11. Hộ gia đình có mọi người từ 15 tuổi là Công dân học tập năm 2026
        Thôn,Số hộ,Hộ có mọi người từ 15 tuổi là CDHT,Tỷ lệ (%)
        Bắc Sơn,2,1,50.0
        Đông,1,0,0.0
        Tây,1,0,0.0
        Chưa ghi thông tin,1,1,100.0
        Tổng cộng,5,2,40.0
        "Số hộ chỉ gồm hộ có ít nhất một thành viên từ 15 tuổi, theo thôn của hộ; hộ được tính ở cột sau khi mọi thành viên từ 15 tuổi của hộ được công nhận Công dân học tập năm 2026. Đây là số liệu để xét Gia đình học tập và Cộng đồng học tập cấp thôn, chưa phải kết quả xét."

        "Buổi học được tính khi đã bắt đầu trong kỳ (đến lúc lấy số liệu) và không bị hủy; lớp được tính khi có ít nhất một buổi học. Lượt người gồm có mặt và đi muộn. Mỗi người học được tính một lần ở dòng tổng cộng, nhưng được tính ở mỗi tháng và mỗi lĩnh vực đã học; một lớp học qua nhiều tháng cũng vậy. Giờ học là độ dài buổi học của mỗi lượt, làm tròn đến 0,1 giờ sao cho các dòng cộng lại bằng tổng. Thôn, nhóm, giới tính, độ tuổi và dân tộc là của người học; tuổi tính theo năm sinh đến năm cuối kỳ."
        """#

    /// The part of `html` from the first `start` to the first `end` after it, both included.
    static func excerpt(_ html: String, from start: String, to end: String) throws -> String {
        let first = try #require(html.range(of: start))
        let last = try #require(html.range(of: end, range: first.upperBound..<html.endIndex))
        return String(html[first.lowerBound..<last.upperBound])
    }

    @Test func thePaperShowsTheFiguresWorkedOutByHand() throws {
        let (_, staff) = try Self.app()
        let response = staff.get("/quan-tri/bao-cao")
        #expect(response.status == 200)
        let html = response.text
        #expect(try Self.excerpt(html, from: "<article", to: "</section>") == Self.sheet)
        #expect(try Self.excerpt(html, from: "<section><h2>4.", to: "</section>") == Self.villages)
        #expect(try Self.excerpt(html, from: "<section><h2>10.", to: "</section>") == Self.citizens)
        #expect(html.contains("</div>\n<section><h2>9. Công dân học tập năm 2026 theo nhóm đối tượng</h2>"),
                "the citizens' tables follow the breakdowns' grid, the page's width")
        #expect(html.contains("<tr><th scope=\"row\">Tháng 3/2026</th><td class=\"number\">2</td><td class=\"number\">3</td>"
            + "<td class=\"number\">11</td><td class=\"number\">17</td><td class=\"number\">29,0</td></tr>"))
        #expect(html.contains("<polyline points=\"22,160 51,160 79,24 108,128 137,160 165,160 194,160 223,160 251,160 280,160 309,160 337,128\""),
                "attendances by month: 17 in March, 4 in April and December")
        #expect(html.contains("<p class=\"meta\">Dân tộc là dữ liệu cá nhân nhạy cảm: chỉ thống kê số lượng, chỉ trong báo cáo này.</p>"))
        #expect(!html.contains("Mường"), "an ethnicity only non-learners have is not shown")
        #expect(html.contains("<a href=\"/quan-tri/bao-cao.csv\">Tải CSV (Excel)</a>"))
        #expect(html.contains("<button type=\"button\" data-print>In báo cáo</button>") && html.contains("src=\"/static/print.js\""))
    }

    @Test func theCSVHasTheSameTablesForExcel() throws {
        let (_, staff) = try Self.app()
        let response = staff.get("/quan-tri/bao-cao.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Disposition") == "attachment; filename=\"bao-cao-hoc-tap-2026.csv\"")
        #expect(response.excelCSV == Self.csv + "\n")
    }

    /// March 2026 typed as a month: S1, S2 and S4, and an address that keeps the period.
    @Test func aPeriodIsReadLeniently() throws {
        let (_, staff) = try Self.app()
        let html = staff.get("/quan-tri/bao-cao", query: "tu=3%2F2026&den=+3%2F2026").text
        #expect(html.contains("<h1>BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HỌC TẬP TỪ 01/03/2026 ĐẾN 31/03/2026</h1>"))
        #expect(html.contains("<tr><th scope=\"row\">Số buổi học</th><td class=\"number\">3</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Lượt người tham gia</th><td class=\"number\">17</td></tr>"))
        #expect(html.contains("<a href=\"/quan-tri/bao-cao.csv?tu=3%2F2026&amp;den=%203%2F2026\">"))
        let csv = staff.get("/quan-tri/bao-cao.csv", query: "tu=3%2F2026&den=3%2F2026")
        #expect(csv.header("Content-Disposition") == "attachment; filename=\"bao-cao-hoc-tap-2026-03-01-2026-03-31.csv\"")
        let lastYear = staff.get("/quan-tri/bao-cao", query: "nam=2025").text
        #expect(lastYear.contains("<h1>BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HỌC TẬP NĂM 2025</h1>"))
        #expect(lastYear.contains("<tr><th scope=\"row\">Lượt người tham gia</th><td class=\"number\">2</td></tr>"), "S6: r0 and r17")
        #expect(lastYear.contains("<a href=\"/quan-tri/bao-cao?nam=2025\" aria-current=\"page\">Năm 2025</a>"))
    }

    @Test(arguments: [
        ("tu=31%2F02%2F2026", "Không đọc được “31/02/2026”: hãy nhập ngày dạng 01/03/2026, tháng dạng 3/2026 hoặc năm dạng 2026."),
        ("nam=hai", "Không đọc được “hai”: hãy nhập ngày dạng 01/03/2026, tháng dạng 3/2026 hoặc năm dạng 2026."),
        ("tu=1%2F12%2F2026&den=1%2F1%2F2026", "Ngày bắt đầu phải trước ngày kết thúc."),
        ("tu=2020&den=2026", "Kỳ báo cáo dài nhất là 60 tháng (5 năm)."),
    ])
    func aPeriodThatCannotBeReadIsExplained(query: String, message: String) throws {
        let (_, staff) = try Self.app()
        for path in ["/quan-tri/bao-cao", "/quan-tri/bao-cao.csv"] {
            let response = staff.get(path, query: query)
            #expect(response.status == 400)
            #expect(response.text.contains("<p class=\"form-error\" role=\"alert\">\(message)</p>"))
            #expect(!response.text.contains("<article"))
        }
    }

    /// The heading is the fixed Vietnamese form of an official paper; the tables speak English.
    @Test func anEnglishReaderGetsEnglishTablesUnderTheSameHeading() throws {
        let (_, staff) = try Self.app()
        staff.get("/ngon-ngu/en", query: "ve=%2F")
        let html = staff.get("/quan-tri/bao-cao").text
        #expect(html.contains("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"))
        #expect(html.contains("<h1>LEARNING REPORT 2026</h1>"))
        #expect(html.contains("<tr><th scope=\"row\">Bắc Sơn</th><td class=\"number\">6</td><td class=\"number\">15</td><td class=\"number\">21.8</td></tr>"))
        #expect(html.contains("<th scope=\"row\">Not recorded</th>"))
        #expect(html.contains("<th scope=\"col\">Still needed for 46%</th>") && html.contains("so it is held to 46%, on the straight path"))
    }

    @Test func staffFindTheReportOnTheDashboardAndOthersAreRefused() throws {
        let (app, staff) = try Self.app()
        #expect(staff.get("/quan-tri").text.contains("<a href=\"/quan-tri/bao-cao\">Báo cáo hoạt động học tập</a>"))
        let instructor = try Visit.signedIn(as: .instructor, in: app, phone: "0987000222")
        #expect(!instructor.get("/quan-tri").text.contains("/quan-tri/bao-cao"))
        #expect(instructor.get("/quan-tri/bao-cao").status == 403)
        #expect(instructor.get("/quan-tri/bao-cao.csv").status == 403)
    }
}
