import Domain

/// The sentences of the learning-citizen title: the public page that explains it, the
/// administrator's criteria and evidence rules, and the indicators a class supports.
public struct CriteriaStrings: Sendable {
    public var title: String
    public var lead: String
    public var aboutTitle: String
    public var howHeading: String
    public var howItWorks: @Sendable (_ indicators: Int, _ competencies: Int, _ maxTotal: Int, _ pass: PassRule) -> String
    public var officialSite: String
    public var groups: @Sendable (_ names: [String]) -> String
    public var criteriaHeading: @Sendable (_ year: Int, _ group: String) -> String
    public var maxPoints: @Sendable (Int) -> String
    public var evidenceHeading: String
    public var evidenceLead: String
    public var openForm: @Sendable (_ year: Int) -> String
    public var indicatorsLegend: String
    public var classIndicators: @Sendable ([Int]) -> String
    public var adminTitle: String
    public var adminLead: String
    public var yearHeading: @Sendable (Int) -> String
    public var group: String
    public var state: String
    public var version: @Sendable (Int) -> String
    public var frozen: @Sendable (_ next: Int) -> String
    public var unsaved: String
    public var edit: String
    public var yearsHeading: String
    public var cloneHeading: String
    public var cloneHint: @Sendable (_ from: Int) -> String
    public var newYear: String
    public var cloneButton: String
    public var cloned: @Sendable (_ from: Int, _ to: Int) -> String
    public var errorYear: String
    public var errorYearTaken: String
    public var yearTitle: @Sendable (Int) -> String
    public var groupHeading: @Sendable (_ number: Int, _ name: String) -> String
    public var competency: @Sendable (Int) -> String
    public var competencyName: String
    public var indicator: @Sendable (Int) -> String
    public var label: String
    public var text: String
    public var maxPointsField: String
    public var passHeading: String
    public var passTotal: String
    public var passMinimum: String
    public var save: String
    public var saveAsVersion: @Sendable (Int) -> String
    public var saved: @Sendable (_ version: Int) -> String
    public var rulesHeading: @Sendable (Int) -> String
    public var rulesLead: String
    public var measure: String
    public var measureName: @Sendable (EvidenceRule.Measure?) -> String
    public var steps: String
    public var stepsHint: String
    public var saveRules: String
    public var rulesSaved: String
    public var errorNumber: String
    public var errorEmpty: String
    public var errorMaxPoints: String
    public var errorPassTotal: @Sendable (_ maxTotal: Int) -> String
    public var errorPassMinimum: String
    public var errorIndicatorNumbers: String
    public var errorMeasure: String
    public var errorSteps: String
    public var errorNoRules: String

    public static let vietnamese = CriteriaStrings(
        title: "Công dân học tập",
        lead: "Công dân học tập là danh hiệu được xét công nhận hằng năm cho người dân tích cực học tập suốt đời (chương trình "
            + "theo Quyết định 677/QĐ-TTg; bộ tiêu chí của Hội Khuyến học Việt Nam theo Quyết định 324/QĐ-KHVN).",
        aboutTitle: "Công dân học tập là gì?",
        howHeading: "Cách đạt danh hiệu",
        howItWorks: { indicators, competencies, maxTotal, pass in
            "Mỗi năm, bạn tự đánh giá theo \(indicators) chỉ số thuộc \(competencies) năng lực, tổng cộng tối đa \(maxTotal) điểm. "
                + "Danh hiệu đạt được khi có ít nhất \(pass.total) điểm và không chỉ số nào dưới \(pass.minimumPerIndicator) điểm."
        },
        officialSite: "Việc tự đánh giá chính thức làm trên trang của Hội Khuyến học Việt Nam (congdanhoctap.vn): bạn đăng ký bằng số "
            + "căn cước, chọn phiếu của nhóm mình và trả lời. Trang của trung tâm không thay thế việc đó mà giúp bạn chuẩn bị, với điểm "
            + "gợi ý lấy từ các buổi học và sự kiện bạn đã tham gia. Đừng đưa mật khẩu của bạn cho ai, kể cả cán bộ.",
        groups: { "Mỗi nhóm đối tượng có phiếu riêng: \($0.joined(separator: "; "))." },
        criteriaHeading: { year, group in "Các chỉ số năm \(year) (phiếu của nhóm \(group))" },
        maxPoints: { "tối đa \($0) điểm" },
        evidenceHeading: "Điểm gợi ý từ minh chứng",
        evidenceLead: "Trung tâm gợi ý điểm cho một số chỉ số từ các buổi học, sự kiện bạn đã tham gia (có mặt hoặc đi muộn), theo "
            + "quy tắc ghi dưới mỗi chỉ số. Đó chỉ là điểm gợi ý: bạn xem lại và tự quyết định điểm của mình.",
        openForm: { "Mở phiếu tự đánh giá năm \($0)" },
        indicatorsLegend: "Góp phần vào các chỉ số Công dân học tập",
        classIndicators: { "Góp phần vào chỉ số Công dân học tập: \($0.map(String.init).joined(separator: ", "))." },
        adminTitle: "Tiêu chí Công dân học tập",
        adminLead: "Bộ tiêu chí tự đánh giá theo từng năm và từng nhóm đối tượng, cùng quy tắc gợi ý điểm. Nội dung chính thức "
            + "(Quyết định 324/QĐ-KHVN) chưa được đối chiếu: hãy sửa cho đúng văn bản Hội Khuyến học gửi về.",
        yearHeading: { "Năm \($0)" },
        group: "Nhóm đối tượng",
        state: "Tình trạng",
        version: { "Phiên bản \($0)" },
        frozen: { "Bộ tiêu chí này đã được dùng: lưu sẽ tạo phiên bản mới \($0)." },
        unsaved: "Bộ này chưa được lưu cho năm này: đang dùng bộ đề xuất (của năm trước, hoặc bộ chuẩn).",
        edit: "Sửa",
        yearsHeading: "Các năm",
        cloneHeading: "Tạo bộ tiêu chí cho năm mới",
        cloneHint: { "Sao chép bộ tiêu chí năm \($0) của cả bốn nhóm và quy tắc gợi ý điểm sang năm mới; sau đó sửa từng nhóm nếu cần." },
        newYear: "Năm mới",
        cloneButton: "Tạo năm mới",
        cloned: { from, to in "Đã tạo bộ tiêu chí năm \(to) từ năm \(from)." },
        errorYear: "Năm chưa đúng: nhập một năm gần hiện tại, ví dụ 2027.",
        errorYearTaken: "Năm này đã có bộ tiêu chí: hãy sửa trực tiếp.",
        yearTitle: { "Tiêu chí Công dân học tập năm \($0)" },
        groupHeading: { number, name in "Nhóm \(number): \(name)" },
        competency: { "Năng lực \($0)" },
        competencyName: "Tên năng lực",
        indicator: { "Chỉ số \($0)" },
        label: "Tên ngắn (dùng trong bảng)",
        text: "Nội dung đầy đủ",
        maxPointsField: "Điểm tối đa",
        passHeading: "Điều kiện đạt",
        passTotal: "Tổng điểm tối thiểu để đạt",
        passMinimum: "Điểm tối thiểu của mỗi chỉ số",
        save: "Lưu bộ tiêu chí",
        saveAsVersion: { "Lưu thành phiên bản \($0)" },
        saved: { "Đã lưu bộ tiêu chí (phiên bản \($0))." },
        rulesHeading: { "Quy tắc gợi ý điểm năm \($0)" },
        rulesLead: "Áp dụng cho cả bốn nhóm. Mỗi quy tắc đếm những gì người dân đã tham gia trong năm và cho điểm theo bậc: "
            + "“1:5, 4:6, 8:8” nghĩa là từ 1 lần được 5 điểm, từ 4 lần được 6 điểm, từ 8 lần được 8 điểm.",
        measure: "Cách tính",
        measureName: { measure in
            switch measure {
            case nil: "Không gợi ý (người dân tự chấm)"
            case .allAttendances: "Mọi buổi học, sự kiện đã tham gia"
            case .taggedAttendances: "Buổi học, sự kiện gắn chỉ số này"
            case .completedClasses: "Lớp gắn chỉ số này đã học xong"
            }
        },
        steps: "Các bậc (số lần:điểm)",
        stepsHint: "Ví dụ: 1:5, 4:6, 8:8",
        saveRules: "Lưu quy tắc gợi ý",
        rulesSaved: "Đã lưu quy tắc gợi ý điểm.",
        errorNumber: "Nhập một số nguyên.",
        errorEmpty: "Không được để trống.",
        errorMaxPoints: "Điểm tối đa từ 1 đến 100.",
        errorPassTotal: { "Tổng điểm để đạt phải từ 0 đến \($0) (tổng điểm tối đa của các chỉ số)." },
        errorPassMinimum: "Điểm tối thiểu không được âm hay lớn hơn điểm tối đa của một chỉ số.",
        errorIndicatorNumbers: "Số thứ tự các chỉ số bị trùng hoặc thiếu.",
        errorMeasure: "Hãy chọn một cách tính trong danh sách.",
        errorSteps: "Viết các bậc dạng “số lần:điểm”, cách nhau bằng dấu phẩy, số lần tăng dần, ví dụ 1:5, 4:6, 8:8.",
        errorNoRules: "Cần giữ ít nhất một quy tắc: năm không có quy tắc nào sẽ dùng lại các quy tắc chuẩn."
    )

    public static let english = CriteriaStrings(
        title: "Learning citizen",
        lead: "Learning Citizen is a title considered each year for residents who keep learning throughout life (programme of "
            + "Decision 677/QĐ-TTg; criteria of the Vietnam Study Promotion Association, Decision 324/QĐ-KHVN).",
        aboutTitle: "What is a learning citizen?",
        howHeading: "How to earn the title",
        howItWorks: { indicators, competencies, maxTotal, pass in
            "Each year you assess yourself on \(indicators) indicators in \(competencies) competencies, \(maxTotal) points in all. "
                + "The title is reached with at least \(pass.total) points and no indicator below \(pass.minimumPerIndicator)."
        },
        officialSite: "The official self-assessment is done on the Vietnam Study Promotion Association's site (congdanhoctap.vn): "
            + "register with your citizen ID, pick your group's form and answer it. The centre's site does not replace it; it helps "
            + "you prepare, with scores suggested from the sessions and events you attended. Never give anyone your password, not even staff.",
        groups: { "Each target group has its own form: \($0.joined(separator: "; "))." },
        criteriaHeading: { year, group in "The indicators for \(year) (form of the group \(group))" },
        maxPoints: { "up to \($0) points" },
        evidenceHeading: "Scores suggested from evidence",
        evidenceLead: "The centre suggests a score for some indicators from the sessions and events you attended (present or late), "
            + "by the rule under each indicator. It is only a suggestion: check it and decide your own scores.",
        openForm: { "Open my \($0) self-assessment" },
        indicatorsLegend: "Supports these Learning Citizen indicators",
        classIndicators: { "Supports Learning Citizen indicators: \($0.map(String.init).joined(separator: ", "))." },
        adminTitle: "Learning citizen criteria",
        adminLead: "The self-assessment criteria for each year and target group, and the rules that suggest scores. The official "
            + "wording (Decision 324/QĐ-KHVN) was not verified: correct it from the text the association sends.",
        yearHeading: { "\($0)" },
        group: "Target group",
        state: "State",
        version: { "Version \($0)" },
        frozen: { "This set has been used: saving makes a new version \($0)." },
        unsaved: "Not saved for this year yet: the proposed set (last year's, or the standard one) is shown.",
        edit: "Edit",
        yearsHeading: "Years",
        cloneHeading: "Start a new year",
        cloneHint: { "Copies the \($0) criteria of all four groups and the evidence rules into the new year; then edit each group as needed." },
        newYear: "New year",
        cloneButton: "Create the new year",
        cloned: { from, to in "The \(to) criteria were created from \(from)." },
        errorYear: "The year is not right: enter a year close to now, such as 2027.",
        errorYearTaken: "This year already has criteria: edit them directly.",
        yearTitle: { "Learning citizen criteria \($0)" },
        groupHeading: { number, name in "Group \(number): \(name)" },
        competency: { "Competency \($0)" },
        competencyName: "Competency name",
        indicator: { "Indicator \($0)" },
        label: "Short label (for tables)",
        text: "Full wording",
        maxPointsField: "Maximum points",
        passHeading: "To pass",
        passTotal: "Least total to pass",
        passMinimum: "Least score of every indicator",
        save: "Save the criteria",
        saveAsVersion: { "Save as version \($0)" },
        saved: { "Criteria saved (version \($0))." },
        rulesHeading: { "Evidence rules \($0)" },
        rulesLead: "They apply to all four groups. Each rule counts what a resident attended during the year and gives points by steps: "
            + "“1:5, 4:6, 8:8” means 5 points from 1, 6 points from 4, 8 points from 8.",
        measure: "What is counted",
        measureName: { measure in
            switch measure {
            case nil: "No suggestion (residents score it themselves)"
            case .allAttendances: "Every session and event attended"
            case .taggedAttendances: "Sessions and events tagged with this indicator"
            case .completedClasses: "Classes tagged with this indicator completed"
            }
        },
        steps: "Steps (count:points)",
        stepsHint: "For example: 1:5, 4:6, 8:8",
        saveRules: "Save the evidence rules",
        rulesSaved: "Evidence rules saved.",
        errorNumber: "Enter a whole number.",
        errorEmpty: "This cannot be empty.",
        errorMaxPoints: "Maximum points are from 1 to 100.",
        errorPassTotal: { "The total to pass must be from 0 to \($0) (the indicators' maximum total)." },
        errorPassMinimum: "The least score cannot be negative or above an indicator's maximum.",
        errorIndicatorNumbers: "Indicator numbers are repeated or missing.",
        errorMeasure: "Choose one of the listed ways of counting.",
        errorSteps: "Write steps as “count:points” separated by commas, counts rising, for example 1:5, 4:6, 8:8.",
        errorNoRules: "Keep at least one rule: a year without any uses the standard rules again."
    )
}
