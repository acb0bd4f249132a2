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
    public var citizensByGroup: @Sendable (_ year: Int) -> String
    public var citizensByVillage: @Sendable (_ year: Int) -> String
    public var learningHouseholds: @Sendable (_ year: Int) -> String
    public var residents: String
    public var assessed: String
    public var eligible: String
    public var verified: String
    public var recognised: String
    public var adults: String
    /// The heading of a share's column: a percentage with one decimal.
    public var share: String
    public var needed: @Sendable (_ target: String) -> String
    public var households: String
    public var householdsReached: String
    public var shareChart: @Sendable (_ target: String) -> String
    public var targetMark: @Sendable (_ target: String) -> String
    public var citizensNote: @Sendable (_ year: Int) -> String
    /// Who the shares count and which target they meet: a milestone of the decision, or the
    /// path between two, which the decision does not set.
    public var targetNote: @Sendable (_ year: Int, _ target: CitizenTarget, _ text: String) -> String
    public var householdsNote: @Sendable (_ year: Int) -> String

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
        },
        citizensByGroup: { "Công dân học tập năm \($0) theo nhóm đối tượng" },
        citizensByVillage: { "Tỷ lệ người từ \(CitizenSummary.adultAge) tuổi là Công dân học tập năm \($0) theo thôn" },
        learningHouseholds: { "Hộ gia đình có mọi người từ \(CitizenSummary.adultAge) tuổi là Công dân học tập năm \($0)" },
        residents: "Số người", assessed: "Đã tự đánh giá", eligible: "Đạt điểm", verified: "Được Hội Khuyến học xác nhận",
        recognised: "Được công nhận", adults: "Người từ \(CitizenSummary.adultAge) tuổi", share: "Tỷ lệ (%)",
        needed: { "Cần thêm để đạt \($0)" }, households: "Số hộ",
        householdsReached: "Hộ có mọi người từ \(CitizenSummary.adultAge) tuổi là CDHT",
        shareChart: { "Biểu đồ cột: tỷ lệ người từ \(CitizenSummary.adultAge) tuổi là Công dân học tập theo thôn; vạch đứt là mục tiêu \($0)" },
        targetMark: { "Mục tiêu \($0)" },
        citizensNote: { year in
            """
            Tự đánh giá làm theo năm, nên số liệu Công dân học tập là của năm \(year), năm cuối kỳ báo cáo. \
            Số người gồm mọi người trong danh sách của trung tâm, mọi lứa tuổi, theo nhóm đối tượng hiện nay. \
            Đạt điểm: phiếu đạt mức của bộ tiêu chí (từ 80 điểm, không chỉ số nào dưới 5 điểm); \
            được xác nhận: Hội Khuyến học xã đã xác nhận phiếu, kể cả phiếu chưa đạt điểm; được công nhận: đã có quyết định công nhận.
            """
        },
        targetNote: { year, target, text in
            let (first, last) = ("\(CitizenTarget.first.perMille / 10)%", "\(CitizenTarget.last.perMille / 10)%")
            let which = target.milestone.map { "năm \(year) được so với mốc \(text) của năm \($0)" } ?? """
                năm \(year) nằm giữa hai mốc nên được so với mức \(text) trên lộ trình tăng đều từ \(first) (\(CitizenTarget.first.year)) \
                đến \(last) (\(CitizenTarget.last.year)); quyết định không đặt mức này
                """
            return """
                Tỷ lệ tính trên mọi người từ \(CitizenSummary.adultAge) tuổi (theo năm sinh, đến năm \(year)) của thôn; \
                người chưa ghi năm sinh không được tính. \
                Mục tiêu quốc gia (Quyết định 677/QĐ-TTg): \(first) đến năm \(CitizenTarget.first.year), \
                \(last) đến năm \(CitizenTarget.last.year); \(which). \
                Dòng tổng cộng tính tỷ lệ và số cần thêm cho cả xã, nên số cần thêm có thể khác tổng của các thôn.
                """
        },
        householdsNote: { year in
            """
            Số hộ chỉ gồm hộ có ít nhất một thành viên từ \(CitizenSummary.adultAge) tuổi, theo thôn của hộ; \
            hộ được tính ở cột sau khi mọi thành viên từ \(CitizenSummary.adultAge) tuổi của hộ được công nhận Công dân học tập năm \(year). \
            Đây là số liệu để xét Gia đình học tập và Cộng đồng học tập cấp thôn, chưa phải kết quả xét.
            """
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
        },
        citizensByGroup: { "Learning citizens \($0) by target group" },
        citizensByVillage: { "Share of people aged \(CitizenSummary.adultAge) and over who are learning citizens, \($0), by village" },
        learningHouseholds: { "Households where everyone aged \(CitizenSummary.adultAge) and over is a learning citizen, \($0)" },
        residents: "People", assessed: "Self-assessed", eligible: "Pass mark", verified: "Confirmed by the association",
        recognised: "Recognised", adults: "Aged \(CitizenSummary.adultAge) and over", share: "Share (%)",
        needed: { "Still needed for \($0)" }, households: "Households",
        householdsReached: "Everyone aged \(CitizenSummary.adultAge)+ a learning citizen",
        shareChart: { "Bar chart: share of people aged \(CitizenSummary.adultAge) and over who are learning citizens by village; the dashed line is the \($0) target" },
        targetMark: { "Target \($0)" },
        citizensNote: { year in
            """
            Self-assessments are yearly, so the learning-citizen figures are those of \(year), the period's last year. \
            People are everyone on the centre's list, of any age, by their current target group. \
            Pass mark: the form reaches its criteria's rule (80 points or more, no indicator below 5); \
            confirmed: the commune's study-promotion association confirmed the form, even one below the pass mark; \
            recognised: a recognition decision was recorded.
            """
        },
        targetNote: { year, target, text in
            let (first, last) = ("\(CitizenTarget.first.perMille / 10)%", "\(CitizenTarget.last.perMille / 10)%")
            let which = target.milestone.map { "\(year) is held to the \(text) set for \($0)" } ?? """
                \(year) lies between the two, so it is held to \(text), on the straight path from \(first) (\(CitizenTarget.first.year)) \
                to \(last) (\(CitizenTarget.last.year)), a level the decision does not set
                """
            return """
                Shares count everyone in the village aged \(CitizenSummary.adultAge) or over (by birth year, in \(year)); \
                people without a birth year are not counted. \
                National target (Decision 677/QĐ-TTg): \(first) by \(CitizenTarget.first.year), \
                \(last) by \(CitizenTarget.last.year); \(which). \
                The total line's share and number still needed are the commune's own, so that number may differ from the villages' sum.
                """
        },
        householdsNote: { year in
            """
            Households are those with at least one member aged \(CitizenSummary.adultAge) or over, by the household's village; \
            one counts in the next column when every such member was recognised as a learning citizen in \(year). \
            An input for the learning family and village learning community titles, not their outcome.
            """
        }
    )
}
