/// The sentences of the lifelong learning record (on screen, printed, in CSV), of its
/// verification codes, and of the public page that checks a printed copy.
public struct RecordStrings: Sendable {
    public var title: String
    public var lead: String
    public var profileLink: String
    public var holder: String
    public var years: String
    public var year: String
    public var sessions: String
    public var hours: String
    public var events: String
    public var points: String
    public var classes: String
    public var courseClass: String
    public var field: String
    public var dates: String
    public var attendedSessions: String
    public var attendedEvents: String
    public var day: String
    public var time: String
    public var status: String
    public var event: String
    public var nothing: String
    public var countingNote: String
    public var qrLabel: String
    public var verifyAt: @Sendable (_ address: String) -> String
    public var issuedOn: @Sendable (_ day: String) -> String
    public var print: String
    public var issue: String
    public var issueHint: String
    public var issued: String
    public var codes: String
    public var codesLead: String
    public var noCodes: String
    public var issuedAt: String
    public var state: String
    public var revoke: String
    public var revokeHint: String
    public var revoked: String
    public var staffLink: String
    public var staffTitle: @Sendable (_ name: String) -> String
    public var valid: String
    public var stale: String
    public var revokedState: String
    public var verifyTitle: String
    public var validExplained: @Sendable (_ centre: String, _ day: String) -> String
    public var staleExplained: @Sendable (_ centre: String, _ day: String) -> String
    public var revokedExplained: @Sendable (_ centre: String, _ issued: String, _ revoked: String) -> String
    public var centre: String
    public var stated: @Sendable (_ day: String) -> String
    public var currentFigures: @Sendable (_ day: String) -> String
    public var unknownTitle: String
    public var unknownExplained: String
    public var assessments: String
    public var assessmentTotal: String
    public var result: String
    public var passed: String
    public var notPassed: String
    public var formStatus: String
    public var recognition: String
    /// A recognition with what staff recorded of its decision: a number, a day, both or neither.
    public var recognised: @Sendable (_ number: String, _ day: String?) -> String
    public var notRecognised: String

    public static let vietnamese = RecordStrings(
        title: "Hồ sơ học tập suốt đời",
        lead: "Các lớp học, buổi học và sự kiện bạn đã tham gia tại trung tâm, cộng theo từng năm. Bạn có thể in hoặc tải về.",
        profileLink: "Hồ sơ học tập suốt đời (in, tải về, mã xác minh)",
        holder: "Họ và tên",
        years: "Tổng hợp theo năm",
        year: "Năm",
        sessions: "Buổi học",
        hours: "Số giờ",
        events: "Sự kiện Tuần lễ",
        points: "Điểm tích lũy",
        classes: "Các lớp học đã đăng ký hoặc tham dự",
        courseClass: "Lớp học",
        field: "Lĩnh vực",
        dates: "Thời gian",
        attendedSessions: "Các buổi học đã tham dự",
        attendedEvents: "Các sự kiện Tuần lễ hưởng ứng học tập suốt đời đã tham dự",
        day: "Ngày",
        time: "Giờ",
        status: "Điểm danh",
        event: "Sự kiện",
        nothing: "Chưa có.",
        countingNote: """
            Buổi học và sự kiện được tính khi có mặt hoặc đi muộn; số giờ là tổng thời lượng của chúng. \
            Điểm tích lũy tính theo quy định điểm đã công bố của trung tâm.
            """,
        qrLabel: "Mã QR xác minh hồ sơ",
        verifyAt: { "Quét mã QR hoặc mở \($0) để kiểm tra hồ sơ này." },
        issuedOn: { "Mã xác minh cấp ngày \($0)." },
        print: "In hồ sơ",
        issue: "Cấp mã xác minh để in",
        issueHint: """
            Bản in sẽ có mã QR để cơ quan, nhà trường hay nơi bạn nộp hồ sơ kiểm tra là thật. \
            Trung tâm không lưu mã nên nó chỉ hiện một lần: hãy in ngay.
            """,
        issued: "Đã cấp mã xác minh. Mã chỉ hiện trên trang này một lần: hãy in hồ sơ ngay.",
        codes: "Mã xác minh đã cấp",
        codesLead: """
            Người quét mã chỉ thấy họ tên, tên trung tâm, ngày cấp, số liệu tổng hợp theo năm, tổng điểm tự đánh giá \
            và quyết định công nhận Công dân học tập; không thấy số điện thoại, địa chỉ hay thông tin nào khác.
            """,
        noCodes: "Chưa cấp mã xác minh nào.",
        issuedAt: "Ngày cấp",
        state: "Tình trạng",
        revoke: "Thu hồi",
        revokeHint: "Thu hồi khi bản in bị mất, hoặc khi không muốn ai kiểm tra bản in đó nữa.",
        revoked: "Đã thu hồi mã xác minh. Ai quét mã đó sẽ thấy hồ sơ đã bị thu hồi.",
        staffLink: "Mã xác minh hồ sơ học tập",
        staffTitle: { "Mã xác minh hồ sơ – \($0)" },
        valid: "Hồ sơ hợp lệ",
        stale: "Hồ sơ đã cũ",
        revokedState: "Đã thu hồi",
        verifyTitle: "Xác minh hồ sơ học tập suốt đời",
        validExplained: { centre, day in "Hồ sơ do \(centre) cấp ngày \(day). Số liệu trên hồ sơ đúng với dữ liệu hiện nay của trung tâm." },
        staleExplained: { centre, day in
            "Hồ sơ do \(centre) cấp thật ngày \(day), nhưng số liệu đã thay đổi từ đó. Hãy đề nghị người có hồ sơ in bản mới."
        },
        revokedExplained: { centre, issued, revoked in
            "Mã này do \(centre) cấp ngày \(issued) và đã bị thu hồi ngày \(revoked). Bản in mang mã này không còn được trung tâm xác nhận."
        },
        centre: "Trung tâm",
        stated: { "Số liệu ghi trên hồ sơ (ngày \($0))" },
        currentFigures: { "Số liệu hiện nay (ngày \($0))" },
        unknownTitle: "Mã xác minh không hợp lệ",
        unknownExplained: """
            Không có hồ sơ nào mang mã này. Hãy kiểm tra lại địa chỉ trên bản in, hoặc liên hệ trung tâm học tập cộng đồng đã cấp hồ sơ.
            """,
        assessments: "Tự đánh giá Công dân học tập",
        assessmentTotal: "Tổng điểm",
        result: "Kết quả",
        passed: "Đạt",
        notPassed: "Chưa đạt",
        formStatus: "Tình trạng phiếu",
        recognition: "Công nhận Công dân học tập",
        recognised: { number, day in
            switch (number.isEmpty ? nil : number, day) {
            case let (number?, day?): "Quyết định số \(number) ngày \(day)"
            case let (number?, nil): "Quyết định số \(number)"
            case let (nil, day?): "Quyết định ngày \(day)"
            case (nil, nil): "Đã công nhận"
            }
        },
        notRecognised: "Chưa công nhận"
    )

    public static let english = RecordStrings(
        title: "Lifelong learning record",
        lead: "The classes, sessions and events you took part in at the centre, added up by year. You can print or download it.",
        profileLink: "Lifelong learning record (print, download, verification codes)",
        holder: "Full name",
        years: "Totals by year",
        year: "Year",
        sessions: "Sessions",
        hours: "Hours",
        events: "Week events",
        points: "Points",
        classes: "Classes enrolled in or attended",
        courseClass: "Class",
        field: "Field",
        dates: "Dates",
        attendedSessions: "Sessions attended",
        attendedEvents: "Lifelong Learning Week events attended",
        day: "Date",
        time: "Time",
        status: "Attendance",
        event: "Event",
        nothing: "None yet.",
        countingNote: """
            Sessions and events count when present or late; hours are their total length. \
            Points follow the centre's published points rule.
            """,
        qrLabel: "QR code to verify this record",
        verifyAt: { "Scan the QR code or open \($0) to check this record." },
        issuedOn: { "Verification code issued on \($0)." },
        print: "Print the record",
        issue: "Issue a verification code to print",
        issueHint: """
            The printout will carry a QR code so that an office, a school or wherever you hand it in can check it is genuine. \
            The centre does not keep the code, so it is shown only once: print right away.
            """,
        issued: "A verification code was issued. It is shown on this page only once: print the record now.",
        codes: "Verification codes issued",
        codesLead: """
            Whoever scans a code sees only the name, the centre, the issue date, the totals by year, the self-assessment's total \
            and the learning citizen recognition; never a phone number, an address or anything else.
            """,
        noCodes: "No verification code issued yet.",
        issuedAt: "Issued",
        state: "Status",
        revoke: "Revoke",
        revokeHint: "Revoke a code when its printout is lost, or when nobody should check that printout any more.",
        revoked: "The verification code was revoked. Whoever scans it will see that the record was revoked.",
        staffLink: "Learning record verification codes",
        staffTitle: { "Record verification codes – \($0)" },
        valid: "Valid record",
        stale: "Out-of-date record",
        revokedState: "Revoked",
        verifyTitle: "Lifelong learning record check",
        validExplained: { centre, day in "Issued by \(centre) on \(day). The figures on the record match the centre’s data today." },
        staleExplained: { centre, day in
            "Genuinely issued by \(centre) on \(day), but the figures have changed since. Ask the holder for a new printout."
        },
        revokedExplained: { centre, issued, revoked in
            "This code was issued by \(centre) on \(issued) and revoked on \(revoked). The centre no longer vouches for a printout with it."
        },
        centre: "Centre",
        stated: { "Figures on the record (\($0))" },
        currentFigures: { "Figures today (\($0))" },
        unknownTitle: "Invalid verification code",
        unknownExplained: """
            No record carries this code. Check the address on the printout, or contact the community learning centre that issued the record.
            """,
        assessments: "Learning citizen self-assessment",
        assessmentTotal: "Total score",
        result: "Result",
        passed: "Pass",
        notPassed: "Below the pass mark",
        formStatus: "Form status",
        recognition: "Learning citizen recognition",
        recognised: { number, day in
            switch (number.isEmpty ? nil : number, day) {
            case let (number?, day?): "Decision no. \(number) of \(day)"
            case let (number?, nil): "Decision no. \(number)"
            case let (nil, day?): "Decision of \(day)"
            case (nil, nil): "Recognised"
            }
        },
        notRecognised: "Not recognised"
    )
}
