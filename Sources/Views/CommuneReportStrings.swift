import Domain

/// The sentences of the commune's learning report, on screen, printed and in CSV. Words the
/// Week report already has (the paper's number, place and date, totals, age bands, the
/// signature block) come from `WeekReportStrings`, so that the centre's papers read alike.
public struct CommuneReportStrings: Sendable {
    /// The title, printed in capitals as official papers are.
    public var title: @Sendable (ReportPeriod) -> String
    public var link: String
    public var lead: String
    public var period: @Sendable (_ from: String, _ to: String) -> String
    public var summary: String
    public var byMonth: String
    public var byField: String
    public var byVillage: String
    public var byGroup: String
    public var bySex: String
    public var byAge: String
    public var byEthnicity: String
    public var classes: String
    public var sessions: String
    public var learners: String
    public var learnersOnce: String
    public var hours: String
    public var month: String
    public var field: String
    public var ethnicity: String
    public var monthName: @Sendable (YearMonth) -> String
    /// A month under a chart's point: short, with the year only when the period spans years.
    public var monthShort: @Sendable (_ month: YearMonth, _ withYear: Bool) -> String
    /// Between the whole hours and the tenths.
    public var decimalMark: String
    public var monthChart: String
    public var villageChart: String
    public var ethnicityNote: String
    public var countingNote: String
    public var choosePeriod: String
    public var from: String
    public var to: String
    public var periodHint: String
    public var show: String
    public var year: @Sendable (Int) -> String
    public var error: @Sendable (ReportPeriodError) -> String

    public static let vietnamese = CommuneReportStrings(
        title: { period in
            "Báo cáo kết quả hoạt động học tập " + (period.calendarYear.map { "năm \($0)" } ?? "từ \(period.from) đến \(period.to)")
        },
        link: "Báo cáo hoạt động học tập",
        lead: "Số lớp, lượt người, người học và giờ học của trung tâm trong kỳ báo cáo.",
        period: { from, to in "Kỳ báo cáo: từ \(from) đến \(to)." },
        summary: "Kết quả chung", byMonth: "Theo tháng", byField: "Theo lĩnh vực", byVillage: "Người học theo thôn",
        byGroup: "Theo nhóm đối tượng", bySex: "Theo giới tính", byAge: "Theo độ tuổi", byEthnicity: "Theo dân tộc",
        classes: "Số lớp", sessions: "Số buổi học", learners: "Số người học", learnersOnce: "Số người học (mỗi người tính một lần)",
        hours: "Số giờ học", month: "Tháng", field: "Lĩnh vực", ethnicity: "Dân tộc",
        monthName: { "Tháng \($0.month)/\($0.year)" },
        monthShort: { month, withYear in "T\(month.month)" + (withYear ? "/" + String(month.year).suffix(2) : "") },
        decimalMark: ",",
        monthChart: "Biểu đồ đường: lượt người tham gia theo tháng",
        villageChart: "Biểu đồ cột: lượt người tham gia theo thôn của người học",
        ethnicityNote: "Dân tộc là dữ liệu cá nhân nhạy cảm: chỉ thống kê số lượng, chỉ trong báo cáo này.",
        countingNote: """
            Buổi học được tính khi đã bắt đầu trong kỳ (đến lúc lấy số liệu) và không bị hủy; \
            lớp được tính khi có ít nhất một buổi học. \
            Lượt người gồm có mặt và đi muộn. Mỗi người học được tính một lần ở dòng tổng cộng, nhưng được tính ở mỗi tháng \
            và mỗi lĩnh vực đã học; một lớp học qua nhiều tháng cũng vậy. Giờ học là độ dài buổi học của mỗi lượt, \
            làm tròn đến 0,1 giờ sao cho các dòng cộng lại bằng tổng. Thôn, nhóm, giới tính, độ tuổi và dân tộc là của người học; \
            tuổi tính theo năm sinh đến năm cuối kỳ.
            """,
        choosePeriod: "Chọn kỳ báo cáo", from: "Từ ngày", to: "Đến ngày",
        periodHint: "Nhập ngày (01/03/2026), tháng (3/2026) hoặc năm (2026).", show: "Xem báo cáo",
        year: { "Năm \($0)" },
        error: { error in
            switch error {
            case .unreadable(let text): "Không đọc được “\(text)”: hãy nhập ngày dạng 01/03/2026, tháng dạng 3/2026 hoặc năm dạng 2026."
            case .reversed: "Ngày bắt đầu phải trước ngày kết thúc."
            case .tooLong: "Kỳ báo cáo dài nhất là \(ReportPeriod.maxMonths) tháng (5 năm)."
            }
        }
    )

    public static let english = CommuneReportStrings(
        title: { period in "Learning report " + (period.calendarYear.map { "\($0)" } ?? "from \(period.from) to \(period.to)") },
        link: "Learning report",
        lead: "The centre's classes, attendances, learners and learning hours over the period.",
        period: { from, to in "Period: from \(from) to \(to)." },
        summary: "Overall results", byMonth: "By month", byField: "By field", byVillage: "Learners by village",
        byGroup: "By target group", bySex: "By sex", byAge: "By age", byEthnicity: "By ethnicity",
        classes: "Classes", sessions: "Sessions", learners: "Learners", learnersOnce: "Learners (each person once)",
        hours: "Learning hours", month: "Month", field: "Field", ethnicity: "Ethnicity",
        monthName: { "\($0.month)/\($0.year)" },
        monthShort: { month, withYear in "\(month.month)" + (withYear ? "/" + String(month.year).suffix(2) : "") },
        decimalMark: ".",
        monthChart: "Line chart: attendances by month",
        villageChart: "Bar chart: attendances by the learners' village",
        ethnicityNote: "Ethnicity is sensitive personal data: counted only, and only in this report.",
        countingNote: """
            A session counts when it started in the period (by the time of the figures) and is not cancelled; \
            a class counts when at least one of its sessions does. \
            Attendances are people present or late. Each learner counts once in the totals, but in every month and field they \
            learned in; so does a class held over several months. Learning hours add up each attendance's session length, \
            rounded to 0.1 hour so that the lines add up to the total. Village, group, sex, age and ethnicity are the learner's; \
            ages are reached in the period's last year.
            """,
        choosePeriod: "Choose the period", from: "From", to: "To",
        periodHint: "Type a day (01/03/2026), a month (3/2026) or a year (2026).", show: "Show the report",
        year: { "\($0)" },
        error: { error in
            switch error {
            case .unreadable(let text): "Cannot read “\(text)”: type a day as 01/03/2026, a month as 3/2026 or a year as 2026."
            case .reversed: "The first day must come before the last."
            case .tooLong: "A period is at most \(ReportPeriod.maxMonths) months (5 years)."
            }
        }
    )
}
