import Domain
import Storage
import Testing
import TestSupport

/// `/cong-dan-hoc-tap`, the public page explaining the learning-citizen title.
@Suite struct CitizenTitleWebTests {
    /// How the title is reached, where it is done, and the first indicators with their rules,
    /// as anyone sees them before the administrator changes anything.
    static let howAndFirstIndicators = """
        <h2>Cách đạt danh hiệu</h2>
        <p>Mỗi năm, bạn tự đánh giá theo 10 chỉ số thuộc 3 năng lực, tổng cộng tối đa 100 điểm. Danh hiệu đạt được khi có ít nhất 80 điểm và không chỉ số nào dưới 5 điểm.</p>
        <p>Việc tự đánh giá chính thức làm trên trang của Hội Khuyến học Việt Nam (congdanhoctap.vn): bạn đăng ký bằng số căn cước, chọn phiếu của nhóm mình và trả lời. \
        Trang của trung tâm không thay thế việc đó mà giúp bạn chuẩn bị, với điểm gợi ý lấy từ các buổi học và sự kiện bạn đã tham gia. \
        Đừng đưa mật khẩu của bạn cho ai, kể cả cán bộ.</p>
        <p>Mỗi nhóm đối tượng có phiếu riêng: 1. Nông dân, lao động nông thôn; 2. Công nhân, lao động tiểu thủ công; 3. Cán bộ, công chức, viên chức; 4. Học sinh, sinh viên.</p>
        <p><a class="button" href="/ca-nhan/tu-danh-gia/2026">Mở phiếu tự đánh giá năm 2026</a></p>
        <h2>Điểm gợi ý từ minh chứng</h2>
        <p>Trung tâm gợi ý điểm cho một số chỉ số từ các buổi học, sự kiện bạn đã tham gia (có mặt hoặc đi muộn), theo quy tắc ghi dưới mỗi chỉ số. \
        Đó chỉ là điểm gợi ý: bạn xem lại và tự quyết định điểm của mình.</p>
        <h2>Các chỉ số năm 2026 (phiếu của nhóm Nông dân, lao động nông thôn)</h2>
        <h3>1. Năng lực tự học và học tập suốt đời</h3>
        <ul class="history"><li><strong>1. Đọc và cập nhật thông tin</strong> (tối đa 10 điểm): Thường xuyên cập nhật thông tin, đọc sách, báo để nâng cao hiểu biết\
        <br><span class="meta">Cách gợi ý: tính mỗi buổi học, sự kiện thuộc chỉ số này mà bạn tham gia; từ 1 được 5 điểm, từ 3 được 7 điểm, từ 6 được 9 điểm.</span></li>\
        <li><strong>2. Kế hoạch học tập</strong> (tối đa 10 điểm): Có kế hoạch học tập của bản thân và thực hiện kế hoạch đó\
        <br><span class="meta">Không có gợi ý tự động: bạn tự chấm.</span></li>
        """

    @Test func theTitleIsExplainedWithThisYearsCriteriaAndRules() throws {
        let app = try TestApp()
        let response = Visit(app).get("/cong-dan-hoc-tap")
        #expect(response.status == 200)
        let html = response.text
        let start = try #require(html.range(of: "<h2>Cách đạt danh hiệu</h2>"))
        #expect(String(html[start.lowerBound...].prefix(Self.howAndFirstIndicators.count)) == Self.howAndFirstIndicators)
        #expect(html.contains("<h3>3. Năng lực xây dựng và thực hiện các mối quan hệ xã hội</h3>"))
    }

    @Test func itFollowsTheAdministratorsWordingAndPassRule() throws {
        let app = try TestApp()
        var criteria = CriteriaSet.standard(year: 2026, group: TargetGroup(number: 1)!)
        criteria.indicators[1].label = "Kế hoạch học tập của bản thân"
        criteria.passRule = PassRule(total: 75, minimumPerIndicator: 4)
        try app.database.saveCriteria(criteria, by: .system(now: 0))
        let html = Visit(app).get("/cong-dan-hoc-tap").text
        #expect(html.contains("<strong>2. Kế hoạch học tập của bản thân</strong>"))
        #expect(html.contains("có ít nhất 75 điểm và không chỉ số nào dưới 4 điểm"))
        let english = Visit(app)
        #expect(english.get("/ngon-ngu/en", query: "ve=%2Fcong-dan-hoc-tap").status == 303)
        #expect(english.get("/cong-dan-hoc-tap").text.contains("at least 75 points and no indicator below 4"))
    }
}
