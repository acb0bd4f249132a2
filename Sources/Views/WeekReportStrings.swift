import Domain

/// The sentences of the report on a year's Week, on screen, printed and in CSV.
public struct WeekReportStrings: Sendable {
    /// The title, printed in capitals as official papers are.
    public var title: @Sendable (_ year: Int) -> String
    public var link: String
    /// "Xã Thử Nghiệm, ngày 22 tháng 11 năm 2026": the place and date line of an official paper.
    public var placeAndDate: @Sendable (_ commune: String, _ day: LocalDate) -> String
    public var number: String
    public var period: @Sendable (_ from: String, _ to: String) -> String
    public var countedAt: @Sendable (_ when: String) -> String
    public var summary: String
    public var planned: String
    public var held: String
    public var cancelled: String
    public var seats: String
    public var waiting: String
    public var attendances: String
    public var participants: String
    public var walkIns: String
    /// Column headings of the per-event table, shorter than the summary's lines.
    public var walkInsShort: String
    public var pointsShort: String
    public var points: String
    public var perEvent: String
    public var index: String
    public var event: String
    public var time: String
    public var venue: String
    public var registered: String
    public var waitingShort: String
    public var note: String
    public var attended: String
    public var notYetHeld: String
    public var openEntry: String
    public var byVillage: String
    public var byGroup: String
    public var bySex: String
    public var byAge: String
    public var village: String
    public var group: String
    public var sex: String
    public var age: String
    public var people: String
    public var notRecorded: String
    public var ageBand: @Sendable (AgeBands.Band) -> String
    public var total: String
    public var countingNote: String
    public var recipients: String
    public var recipientLines: [String]
    public var director: String
    public var csv: String
    public var print: String
    public var noEvents: String

    public static let vietnamese = WeekReportStrings(
        title: { "Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm \($0)" },
        link: "Báo cáo kết quả",
        placeAndDate: { commune, day in "\(commune), ngày \(day.day) tháng \(day.month) năm \(day.year)" },
        number: "Số:      /BC-TTHTCĐ",
        period: { from, to in "Thời gian tổ chức: từ \(from) đến \(to)." },
        countedAt: { "Số liệu tính đến \($0), theo điểm danh đã ghi trên hệ thống." },
        summary: "1. Kết quả chung", planned: "Số hoạt động theo chương trình", held: "Số hoạt động đã tổ chức",
        cancelled: "Số hoạt động hủy", seats: "Lượt đăng ký (có chỗ)", waiting: "Lượt trong danh sách chờ",
        attendances: "Lượt người tham gia", participants: "Số người tham gia (mỗi người tính một lần)",
        walkIns: "Lượt tham gia không đăng ký trước", walkInsShort: "Không đăng ký trước", pointsShort: "Điểm",
        points: "Điểm tích lũy đã cộng",
        perEvent: "2. Kết quả từng hoạt động", index: "TT", event: "Hoạt động", time: "Thời gian", venue: "Địa điểm",
        registered: "Đăng ký", waitingShort: "Chờ", note: "Ghi chú", attended: "Tham gia",
        notYetHeld: "Chưa diễn ra", openEntry: "Không cần đăng ký",
        byVillage: "3. Người tham gia theo thôn", byGroup: "4. Theo nhóm đối tượng", bySex: "5. Theo giới tính",
        byAge: "6. Theo độ tuổi", village: "Thôn", group: "Nhóm đối tượng", sex: "Giới tính", age: "Độ tuổi",
        people: "Số người", notRecorded: "Chưa ghi thông tin",
        ageBand: { band in
            switch (band.lower, band.upper) {
            case (nil, let upper?): "Dưới \(upper) tuổi"
            case (let lower?, nil): "Từ \(lower) tuổi trở lên"
            case (let lower?, let upper?): "Từ \(lower) đến \(upper - 1) tuổi"
            case (nil, nil): "Mọi độ tuổi"
            }
        },
        total: "Tổng cộng",
        countingNote: "Tham gia gồm có mặt và đi muộn. Tuổi tính theo năm sinh đến năm tổ chức. Điểm theo quy định điểm tích lũy đã công bố.",
        recipients: "Nơi nhận:", recipientLines: ["- UBND xã;", "- Hội Khuyến học xã;", "- Lưu: TTHTCĐ."],
        director: "GIÁM ĐỐC", csv: "Tải CSV (Excel)", print: "In báo cáo", noEvents: "Chưa có hoạt động nào."
    )

    public static let english = WeekReportStrings(
        title: { "Report on the Lifelong Learning Week \($0)" },
        link: "Report",
        placeAndDate: { commune, day in "\(commune), \(day.description)" },
        number: "No.      /BC-TTHTCĐ",
        period: { from, to in "Held from \(from) to \(to)." },
        countedAt: { "Figures as of \($0), from the attendance recorded on this system." },
        summary: "1. Overall results", planned: "Events in the programme", held: "Events held", cancelled: "Events cancelled",
        seats: "Registrations (with a seat)", waiting: "Places on waiting lists", attendances: "Attendances",
        participants: "Participants (each person once)", walkIns: "Attendances without registration", walkInsShort: "Not registered", pointsShort: "Points",
        points: "Points awarded",
        perEvent: "2. Results per event", index: "No.", event: "Event", time: "Time", venue: "Venue", registered: "Registered",
        waitingShort: "Waiting", note: "Note",
        attended: "Took part", notYetHeld: "Not yet held", openEntry: "No registration",
        byVillage: "3. Participants by village", byGroup: "4. By target group", bySex: "5. By sex", byAge: "6. By age",
        village: "Village", group: "Target group", sex: "Sex", age: "Age", people: "People", notRecorded: "Not recorded",
        ageBand: { band in
            switch (band.lower, band.upper) {
            case (nil, let upper?): "Under \(upper)"
            case (let lower?, nil): "\(lower) and over"
            case (let lower?, let upper?): "\(lower) to \(upper - 1)"
            case (nil, nil): "All ages"
            }
        },
        total: "Total",
        countingNote: "Took part means present or late. Ages are counted from the birth year to the Week's year. Points follow the published points rule.",
        recipients: "Recipients:", recipientLines: ["- Commune People's Committee;", "- Commune Study Promotion Association;", "- Filed: centre."],
        director: "DIRECTOR", csv: "Download CSV (Excel)", print: "Print the report", noEvents: "No events yet."
    )
}
