import Domain

/// The sentences of the learning-citizen self-assessment: the resident's form, assisted entry,
/// the association's review and the official outcome.
public struct SelfAssessmentStrings: Sendable {
    public var title: @Sendable (_ year: Int) -> String
    public var lead: String
    public var groupLine: @Sendable (_ group: String, _ version: Int) -> String
    public var noGroup: String
    public var officialSite: String
    public var statusName: @Sendable (SelfAssessment.Status) -> String
    public var notStarted: String
    public var returnedBecause: String
    public var scoreLabel: @Sendable (_ max: Int) -> String
    public var suggested: @Sendable (Int) -> String
    public var noSuggestion: String
    public var evidence: String
    public var noEvidence: String
    public var note: String
    public var rule: @Sendable (EvidenceRule) -> String
    public var total: @Sendable (_ total: Int, _ max: Int) -> String
    public var passes: String
    public var doesNotPass: @Sendable (_ rule: PassRule) -> String
    public var belowMinimum: @Sendable ([Int]) -> String
    public var missing: @Sendable ([Int]) -> String
    public var saveDraft: String
    public var submit: String
    public var saved: String
    public var submittedNotice: String
    public var errorScore: @Sendable (_ max: Int) -> String
    public var errorSummary: String
    public var errorIncomplete: String
    public var locked: String
    public var assistedFor: @Sendable (_ name: String) -> String
    public var assistedConsent: String
    public var errorConsent: String
    public var enteredByStaff: String
    public var reviews: String
    public var reviewsLead: String
    public var waiting: String
    public var noneWaiting: String
    public var recentlyReviewed: String
    public var confirm: String
    public var returnForm: String
    public var comment: String
    public var errorComment: String
    public var confirmedNotice: String
    public var returnedNotice: String
    public var outcome: String
    public var nationalSubmission: String
    public var recognised: String
    public var decisionNumber: String
    public var decisionDate: String
    public var decisionSigner: String
    public var saveOutcome: String
    public var outcomeSaved: String
    public var errorDate: String
    public var yearsTitle: String
    public var open: String
    public var resident: String
    public var submittedOn: String
    public var indicatorColumn: String
    public var scoreColumn: String
    public var suggestedColumn: String

    public static let vietnamese = SelfAssessmentStrings(
        title: { "Tự đánh giá Công dân học tập năm \($0)" },
        lead: "Mỗi chỉ số chấm từ 0 đến 10. Điểm gợi ý lấy từ các buổi học và sự kiện bạn đã tham gia; bạn xem lại và tự quyết định điểm của mình.",
        groupLine: { group, version in "Phiếu dành cho nhóm: \(group) (bộ tiêu chí phiên bản \(version))." },
        noGroup: "Hãy chọn nhóm đối tượng của bạn trong thông tin cá nhân để có phiếu tự đánh giá phù hợp.",
        officialSite: "Phiếu này giúp bạn chuẩn bị. Việc tự đánh giá chính thức làm trên trang của Hội Khuyến học Việt Nam; đừng đưa mật khẩu của bạn cho ai.",
        statusName: { status in
            switch status {
            case .draft: "Bản nháp"
            case .submitted: "Đã nộp, chờ xác nhận"
            case .returned: "Được trả lại để sửa"
            case .confirmed: "Đã được xác nhận"
            }
        },
        notStarted: "Chưa bắt đầu", returnedBecause: "Nhận xét của Hội Khuyến học:",
        scoreLabel: { "Điểm (0–\($0))" }, suggested: { "Gợi ý: \($0) điểm" }, noSuggestion: "Không có gợi ý tự động: bạn tự chấm.",
        evidence: "Minh chứng", noEvidence: "Chưa có buổi nào được ghi nhận cho chỉ số này.", note: "Ghi chú (không bắt buộc)",
        rule: { rule in
            let what = switch rule.measure {
            case .allAttendances: "mỗi buổi học, sự kiện bạn tham gia trong năm"
            case .taggedAttendances: "mỗi buổi học, sự kiện thuộc chỉ số này mà bạn tham gia"
            case .completedClasses: "mỗi lớp thuộc chỉ số này bạn học xong (dự ít nhất \(Evidence.completionPercent)% số buổi)"
            }
            let steps = rule.steps.map { "từ \($0.minimum) được \($0.score) điểm" }.joined(separator: ", ")
            return "Cách gợi ý: tính \(what); \(steps)."
        },
        total: { total, max in "Tổng điểm: \(total)/\(max)" },
        passes: "Đạt mức Công dân học tập theo phiếu này.",
        doesNotPass: { "Chưa đạt: cần ít nhất \($0.total) điểm và không chỉ số nào dưới \($0.minimumPerIndicator)." },
        belowMinimum: { "Chỉ số dưới mức tối thiểu: \($0.map(String.init).joined(separator: ", "))." },
        missing: { "Chưa chấm: chỉ số \($0.map(String.init).joined(separator: ", "))." },
        saveDraft: "Lưu nháp", submit: "Nộp để Hội Khuyến học xác nhận", saved: "Đã lưu bản nháp.",
        submittedNotice: "Đã nộp. Hội Khuyến học xã sẽ xem và xác nhận.",
        errorScore: { "Nhập một số từ 0 đến \($0)." }, errorSummary: "Hãy sửa các mục được đánh dấu bên dưới.",
        errorIncomplete: "Hãy chấm đủ tất cả các chỉ số trước khi nộp.", locked: "Phiếu đã nộp nên không sửa được nữa.",
        assistedFor: { "Nhập giúp phiếu của \($0)" },
        assistedConsent: "Người dân có mặt, tự trả lời và đồng ý với các điểm này.",
        errorConsent: "Chỉ nhập giúp khi người dân có mặt: hãy đánh dấu ô xác nhận.",
        enteredByStaff: "Phiếu do cán bộ nhập giúp, có người dân cùng làm.",
        reviews: "Xác nhận phiếu tự đánh giá", reviewsLead: "Hội Khuyến học xã xem các phiếu đã nộp: xác nhận, hoặc trả lại kèm nhận xét.",
        waiting: "Phiếu chờ xác nhận", noneWaiting: "Không có phiếu nào đang chờ.", recentlyReviewed: "Đã xem gần đây",
        confirm: "Xác nhận phiếu", returnForm: "Trả lại để sửa", comment: "Nhận xét cho người dân",
        errorComment: "Khi trả lại, hãy ghi rõ cần sửa gì.", confirmedNotice: "Đã xác nhận phiếu.", returnedNotice: "Đã trả lại phiếu.",
        outcome: "Kết quả chính thức", nationalSubmission: "Ngày nộp trên trang của Hội Khuyến học Việt Nam (dd/mm/yyyy)",
        recognised: "Được công nhận Công dân học tập", decisionNumber: "Số quyết định", decisionDate: "Ngày quyết định (dd/mm/yyyy)",
        decisionSigner: "Người ký", saveOutcome: "Lưu kết quả", outcomeSaved: "Đã lưu kết quả chính thức.",
        errorDate: "Ngày chưa đúng (dd/mm/yyyy).", yearsTitle: "Tự đánh giá Công dân học tập", open: "Mở phiếu", resident: "Người dân",
        submittedOn: "Ngày nộp", indicatorColumn: "Chỉ số", scoreColumn: "Điểm", suggestedColumn: "Gợi ý"
    )

    public static let english = SelfAssessmentStrings(
        title: { "Learning citizen self-assessment \($0)" },
        lead: "Each indicator is scored from 0 to 10. Suggested scores come from the sessions and events you attended; check them and decide your own scores.",
        groupLine: { group, version in "Form for the group: \(group) (criteria version \(version))." },
        noGroup: "Choose your target group in your personal details to get the right self-assessment form.",
        officialSite: "This form helps you prepare. The official self-assessment is done on the Vietnam Study Promotion Association's site; never give anyone your password.",
        statusName: { status in
            switch status {
            case .draft: "Draft"
            case .submitted: "Submitted, awaiting confirmation"
            case .returned: "Returned for changes"
            case .confirmed: "Confirmed"
            }
        },
        notStarted: "Not started", returnedBecause: "The association's comment:",
        scoreLabel: { "Score (0–\($0))" }, suggested: { "Suggested: \($0)" }, noSuggestion: "No automatic suggestion: score it yourself.",
        evidence: "Evidence", noEvidence: "No session recorded for this indicator yet.", note: "Note (optional)",
        rule: { rule in
            let what = switch rule.measure {
            case .allAttendances: "every session or event you attended this year"
            case .taggedAttendances: "every session or event for this indicator you attended"
            case .completedClasses: "every class for this indicator you completed (at least \(Evidence.completionPercent)% of its sessions)"
            }
            let steps = rule.steps.map { "from \($0.minimum): \($0.score) points" }.joined(separator: ", ")
            return "How it is suggested: counting \(what); \(steps)."
        },
        total: { total, max in "Total: \(total)/\(max)" },
        passes: "Meets the learning citizen level on this form.",
        doesNotPass: { "Not yet: needs at least \($0.total) points and no indicator below \($0.minimumPerIndicator)." },
        belowMinimum: { "Indicators below the minimum: \($0.map(String.init).joined(separator: ", "))." },
        missing: { "Not scored: indicator \($0.map(String.init).joined(separator: ", "))." },
        saveDraft: "Save draft", submit: "Submit for the association to confirm", saved: "Draft saved.",
        submittedNotice: "Submitted. The commune's study promotion association will review it.",
        errorScore: { "Enter a number from 0 to \($0)." }, errorSummary: "Please correct the marked fields below.",
        errorIncomplete: "Score every indicator before submitting.", locked: "The form was submitted and can no longer be changed.",
        assistedFor: { "Entering the form of \($0)" },
        assistedConsent: "The resident is present, answered themselves and agrees with these scores.",
        errorConsent: "Only enter a form with the resident present: tick the confirmation.",
        enteredByStaff: "Entered by staff, with the resident present.",
        reviews: "Confirm self-assessments", reviewsLead: "The commune's study promotion association reviews submitted forms: confirm, or return them with a comment.",
        waiting: "Awaiting confirmation", noneWaiting: "No form is waiting.", recentlyReviewed: "Recently reviewed",
        confirm: "Confirm the form", returnForm: "Return for changes", comment: "Comment for the resident",
        errorComment: "When returning a form, say what to change.", confirmedNotice: "Form confirmed.", returnedNotice: "Form returned.",
        outcome: "Official outcome", nationalSubmission: "Submitted on the association's national site on (dd/mm/yyyy)",
        recognised: "Recognised as a learning citizen", decisionNumber: "Decision number", decisionDate: "Decision date (dd/mm/yyyy)",
        decisionSigner: "Signed by", saveOutcome: "Save the outcome", outcomeSaved: "Official outcome saved.",
        errorDate: "The date is not right (dd/mm/yyyy).", yearsTitle: "Learning citizen self-assessment", open: "Open", resident: "Resident",
        submittedOn: "Submitted", indicatorColumn: "Indicator", scoreColumn: "Score", suggestedColumn: "Suggested"
    )
}
