import Domain
import Foundation
import Storage
import Testing
import TestSupport
import Views

/// `/quan-tri/tuan-le/{year}/bao-cao`: the report on `WeekReportFixture`, whose figures were
/// worked out by hand from its table (one talk with a late and an absent resident and a
/// walk-in, an open book fair, a cancelled class).
@Suite struct WeekReportWebTests {
    static func app() throws -> (TestApp, Visit) {
        let app = try TestApp()
        try WeekReportFixture.populate(app.database)
        app.clock.advance(by: WeekReportFixture.afterTheWeek + 9 * 3600 - app.clock.now)
        return (app, try Visit.signedIn(as: .staff, in: app, phone: "0987000111"))
    }

    /// The printed paper: the heading with the place and date, then every table.
    static let sheet = #"""
        <article class="programme-sheet report-sheet">
        <div class="official-heading">
        <div><p>ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM</p><p class="issuer">TTHTCĐ THỬ NGHIỆM</p><p class="paper-number">Số:      /BC-TTHTCĐ</p></div>
        <div><p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p><p class="place-date">Xã Thử Nghiệm, ngày 8 tháng 10 năm 2026</p></div>
        </div>
        <h1>BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026</h1>
        <p>Thời gian tổ chức: từ 01/10/2026 đến 07/10/2026. Số liệu tính đến Thứ Năm, 08/10/2026 09:00, theo điểm danh đã ghi trên hệ thống.</p>
        <h2>1. Kết quả chung</h2>
        <table class="programme-table report-table report-summary"><tbody><tr><th scope="row">Số hoạt động theo chương trình</th><td class="number">2</td></tr>
        <tr><th scope="row">Số hoạt động đã tổ chức</th><td class="number">2</td></tr>
        <tr><th scope="row">Số hoạt động hủy</th><td class="number">1</td></tr>
        <tr><th scope="row">Lượt đăng ký (có chỗ)</th><td class="number">4</td></tr>
        <tr><th scope="row">Lượt trong danh sách chờ</th><td class="number">1</td></tr>
        <tr><th scope="row">Lượt người tham gia</th><td class="number">6</td></tr>
        <tr><th scope="row">Số người tham gia (mỗi người tính một lần)</th><td class="number">5</td></tr>
        <tr><th scope="row">Lượt tham gia không đăng ký trước</th><td class="number">4</td></tr>
        <tr><th scope="row">Điểm tích lũy đã cộng</th><td class="number">10</td></tr></tbody></table>
        <h2>2. Kết quả từng hoạt động</h2>
        <div class="table-scroll" tabindex="0"><table class="programme-table report-table report-events">
        <thead><tr><th scope="col">TT</th><th scope="col">Hoạt động</th><th scope="col">Đăng ký</th><th scope="col">Chờ</th><th scope="col">Có mặt</th><th scope="col">Đi muộn</th><th scope="col">Vắng có phép</th><th scope="col">Vắng</th><th scope="col">Không đăng ký trước</th><th scope="col">Tham gia</th><th scope="col">Điểm</th></tr></thead>
        <tbody><tr><td>1</td><td>Tọa đàm<br><span class="meta">Thứ Năm, 01/10/2026 08:00–10:00 · Trung tâm học tập cộng đồng</span></td><td class="number">3</td><td class="number">1</td><td class="number">2</td><td class="number">1</td><td class="number">0</td><td class="number">1</td><td class="number">1</td><td class="number">3</td><td class="number">7</td></tr>
        <tr><td>2</td><td>Hội sách <span class="tag">Không cần đăng ký</span><br><span class="meta">Thứ Sáu, 02/10/2026 08:00–10:00 · Trung tâm học tập cộng đồng</span></td><td class="number">0</td><td class="number">0</td><td class="number">3</td><td class="number">0</td><td class="number">0</td><td class="number">0</td><td class="number">3</td><td class="number">3</td><td class="number">3</td></tr>
        <tr><td>3</td><td>Lớp miễn phí <span class="tag">Đã hủy</span><br><span class="meta">Thứ Bảy, 03/10/2026 08:00–10:00 · Trung tâm học tập cộng đồng</span></td><td class="number">1</td><td class="number">0</td><td class="number">0</td><td class="number">0</td><td class="number">0</td><td class="number">0</td><td class="number">0</td><td class="number">0</td><td class="number">0</td></tr></tbody>
        <tfoot><tr><th scope="row" colspan="2">Tổng cộng</th><td class="number">4</td><td class="number">1</td><td class="number">5</td><td class="number">1</td><td class="number">0</td><td class="number">1</td><td class="number">4</td><td class="number">6</td><td class="number">10</td></tr></tfoot>
        </table></div>
        <div class="report-breakdowns">
        <section><h2>3. Người tham gia theo thôn</h2>
        <table class="programme-table report-table">
        <thead><tr><th scope="col">Thôn</th><th scope="col">Số người</th><th scope="col">Lượt người tham gia</th></tr></thead>
        <tbody><tr><th scope="row">Bắc Sơn</th><td class="number">3</td><td class="number">4</td></tr>
        <tr><th scope="row">Đông</th><td class="number">1</td><td class="number">1</td></tr>
        <tr><th scope="row">Tây</th><td class="number">0</td><td class="number">0</td></tr>
        <tr><th scope="row">Chưa ghi thông tin</th><td class="number">1</td><td class="number">1</td></tr></tbody>
        <tfoot><tr><th scope="row">Tổng cộng</th><td class="number">5</td><td class="number">6</td></tr></tfoot>
        </table></section>
        <section><h2>4. Theo nhóm đối tượng</h2>
        <table class="programme-table report-table">
        <thead><tr><th scope="col">Nhóm đối tượng</th><th scope="col">Số người</th><th scope="col">Lượt người tham gia</th></tr></thead>
        <tbody><tr><th scope="row">Nông dân, lao động nông thôn</th><td class="number">2</td><td class="number">3</td></tr>
        <tr><th scope="row">Công nhân, lao động tiểu thủ công</th><td class="number">1</td><td class="number">1</td></tr>
        <tr><th scope="row">Cán bộ, công chức, viên chức</th><td class="number">1</td><td class="number">1</td></tr>
        <tr><th scope="row">Học sinh, sinh viên</th><td class="number">0</td><td class="number">0</td></tr>
        <tr><th scope="row">Chưa ghi thông tin</th><td class="number">1</td><td class="number">1</td></tr></tbody>
        <tfoot><tr><th scope="row">Tổng cộng</th><td class="number">5</td><td class="number">6</td></tr></tfoot>
        </table></section>
        <section><h2>5. Theo giới tính</h2>
        <table class="programme-table report-table">
        <thead><tr><th scope="col">Giới tính</th><th scope="col">Số người</th><th scope="col">Lượt người tham gia</th></tr></thead>
        <tbody><tr><th scope="row">Nam</th><td class="number">2</td><td class="number">2</td></tr>
        <tr><th scope="row">Nữ</th><td class="number">3</td><td class="number">4</td></tr>
        <tr><th scope="row">Khác</th><td class="number">0</td><td class="number">0</td></tr></tbody>
        <tfoot><tr><th scope="row">Tổng cộng</th><td class="number">5</td><td class="number">6</td></tr></tfoot>
        </table></section>
        <section><h2>6. Theo độ tuổi</h2>
        <table class="programme-table report-table">
        <thead><tr><th scope="col">Độ tuổi</th><th scope="col">Số người</th><th scope="col">Lượt người tham gia</th></tr></thead>
        <tbody><tr><th scope="row">Dưới 15 tuổi</th><td class="number">0</td><td class="number">0</td></tr>
        <tr><th scope="row">Từ 15 đến 29 tuổi</th><td class="number">1</td><td class="number">1</td></tr>
        <tr><th scope="row">Từ 30 đến 44 tuổi</th><td class="number">1</td><td class="number">1</td></tr>
        <tr><th scope="row">Từ 45 đến 59 tuổi</th><td class="number">1</td><td class="number">2</td></tr>
        <tr><th scope="row">Từ 60 tuổi trở lên</th><td class="number">1</td><td class="number">1</td></tr>
        <tr><th scope="row">Chưa ghi thông tin</th><td class="number">1</td><td class="number">1</td></tr></tbody>
        <tfoot><tr><th scope="row">Tổng cộng</th><td class="number">5</td><td class="number">6</td></tr></tfoot>
        </table></section>
        </div>
        <p class="meta">Tham gia gồm có mặt và đi muộn. Tuổi tính theo năm sinh đến năm tổ chức. Điểm theo quy định điểm tích lũy đã công bố.</p>
        <div class="signatures">
        <p class="recipients"><strong>Nơi nhận:</strong><br>- UBND xã;<br>- Hội Khuyến học xã;<br>- Lưu: TTHTCĐ.</p>
        <p class="signer"><strong>GIÁM ĐỐC</strong><br><br><br><br></p>
        </div>
        </article>
        """#

    /// The CSV file (after its byte order mark, with line ends shown as \n): the same tables.
    static let csv = #"""
        Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026
        Thời gian tổ chức: từ 01/10/2026 đến 07/10/2026.
        "Số liệu tính đến Thứ Năm, 08/10/2026 09:00, theo điểm danh đã ghi trên hệ thống."

        1. Kết quả chung
        Số hoạt động theo chương trình,2
        Số hoạt động đã tổ chức,2
        Số hoạt động hủy,1
        Lượt đăng ký (có chỗ),4
        Lượt trong danh sách chờ,1
        Lượt người tham gia,6
        Số người tham gia (mỗi người tính một lần),5
        Lượt tham gia không đăng ký trước,4
        Điểm tích lũy đã cộng,10

        2. Kết quả từng hoạt động
        TT,Hoạt động,Thời gian,Địa điểm,Ghi chú,Đăng ký,Chờ,Có mặt,Đi muộn,Vắng có phép,Vắng,Không đăng ký trước,Tham gia,Điểm
        1,Tọa đàm,"Thứ Năm, 01/10/2026 08:00–10:00",Trung tâm học tập cộng đồng,,3,1,2,1,0,1,1,3,7
        2,Hội sách,"Thứ Sáu, 02/10/2026 08:00–10:00",Trung tâm học tập cộng đồng,Không cần đăng ký,0,0,3,0,0,0,3,3,3
        3,Lớp miễn phí,"Thứ Bảy, 03/10/2026 08:00–10:00",Trung tâm học tập cộng đồng,Đã hủy,1,0,0,0,0,0,0,0,0
        Tổng cộng,,,,,4,1,5,1,0,1,4,6,10

        3. Người tham gia theo thôn
        Thôn,Số người,Lượt người tham gia
        Bắc Sơn,3,4
        Đông,1,1
        Tây,0,0
        Chưa ghi thông tin,1,1
        Tổng cộng,5,6

        4. Theo nhóm đối tượng
        Nhóm đối tượng,Số người,Lượt người tham gia
        "Nông dân, lao động nông thôn",2,3
        "Công nhân, lao động tiểu thủ công",1,1
        "Cán bộ, công chức, viên chức",1,1
        "Học sinh, sinh viên",0,0
        Chưa ghi thông tin,1,1
        Tổng cộng,5,6

        5. Theo giới tính
        Giới tính,Số người,Lượt người tham gia
        Nam,2,2
        Nữ,3,4
        Khác,0,0
        Tổng cộng,5,6

        6. Theo độ tuổi
        Độ tuổi,Số người,Lượt người tham gia
        Dưới 15 tuổi,0,0
        Từ 15 đến 29 tuổi,1,1
        Từ 30 đến 44 tuổi,1,1
        Từ 45 đến 59 tuổi,1,2
        Từ 60 tuổi trở lên,1,1
        Chưa ghi thông tin,1,1
        Tổng cộng,5,6

        Tham gia gồm có mặt và đi muộn. Tuổi tính theo năm sinh đến năm tổ chức. Điểm theo quy định điểm tích lũy đã công bố.
        """#

    @Test func thePaperShowsEveryFigureWorkedOutByHand() throws {
        let (_, staff) = try Self.app()
        let response = staff.get("/quan-tri/tuan-le/2026/bao-cao")
        #expect(response.status == 200)
        let html = response.text
        let start = try #require(html.range(of: "<article"))
        let end = try #require(html.range(of: "</article>"))
        #expect(String(html[start.lowerBound..<end.upperBound]) == Self.sheet)
        #expect(html.contains("href=\"/quan-tri/tuan-le/2026/bao-cao.csv\""))
        #expect(html.contains("<button type=\"button\" data-print>In báo cáo</button>"))
    }

    @Test func theCSVHasTheSameTablesForExcel() throws {
        let (_, staff) = try Self.app()
        let response = staff.get("/quan-tri/tuan-le/2026/bao-cao.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Disposition") == "attachment; filename=\"bao-cao-tuan-le-2026.csv\"")
        #expect(response.excelCSV == Self.csv + "\n")
    }

    /// Counted afresh on each request: a late check-in after a first look shows at once.
    @Test func theReportIsNeverStale() throws {
        let (app, staff) = try Self.app()
        #expect(staff.get("/quan-tri/tuan-le/2026/bao-cao").text.contains("<th scope=\"row\">Lượt người tham gia</th><td class=\"number\">6</td>"))
        let fair = try #require(try app.database.events(year: 2026).first { $0.courseClass.title == "Hội sách" })
        let newcomer = try app.database.createPerson(NewPerson(phone: PhoneNumber("0912000099")!, fullName: "Người mới", passwordHash: nil), now: 0)
        try app.database.recordAttendance(sessionID: fair.session.id, personID: newcomer.id, status: .present, source: .checkIn,
                                          overwrite: false, by: .system(now: app.clock.now))
        #expect(staff.get("/quan-tri/tuan-le/2026/bao-cao").text.contains("<th scope=\"row\">Lượt người tham gia</th><td class=\"number\">7</td>"))
    }

    /// The heading is the fixed Vietnamese form of an official paper; the tables speak English.
    @Test func anEnglishReaderGetsEnglishTablesUnderTheSameHeading() throws {
        let (_, staff) = try Self.app()
        staff.get("/ngon-ngu/en", query: "ve=%2F")
        let html = staff.get("/quan-tri/tuan-le/2026/bao-cao").text
        #expect(html.contains("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"))
        #expect(html.contains("<h1>REPORT ON THE LIFELONG LEARNING WEEK 2026</h1>"))
        #expect(html.contains("<th scope=\"row\">Under 15</th>") && html.contains("<th scope=\"row\">Not recorded</th>"))
    }

    @Test func theDirectorSignsAndThousandsAreGrouped() throws {
        let (app, staff) = try Self.app()
        try app.database.saveCentreSettings(CentreSettings(communeName: "Xã Thử Nghiệm", centreName: "TTHTCĐ Thử Nghiệm", director: "Trần Thị Bình"),
                                            by: .system(now: 0))
        #expect(staff.get("/quan-tri/tuan-le/2026/bao-cao").text.contains("<strong>GIÁM ĐỐC</strong><br><br><br><br>Trần Thị Bình</p>"))
        let strings = Strings.vietnamese
        #expect(strings.number(12_345) == "12.345" && Strings.english.number(12_345) == "12,345")
    }

    @Test func anUnknownYearIsNotFoundAndResidentsAreRefused() throws {
        let (app, staff) = try Self.app()
        #expect(staff.get("/quan-tri/tuan-le/2030/bao-cao").status == 404)
        #expect(staff.get("/quan-tri/tuan-le/2030/bao-cao.csv").status == 404)
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0987000222")
        #expect(resident.get("/quan-tri/tuan-le/2026/bao-cao").status == 403)
        #expect(resident.get("/quan-tri/tuan-le/2026/bao-cao.csv").status == 403)
    }
}
