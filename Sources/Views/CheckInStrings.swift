import Domain

/// The sentences of self check-in: the instructor's code screen and what a resident sees
/// after scanning or typing a code.
public struct CheckInStrings: Sendable {
    public var title: String
    public var scanHint: String
    public var typeHint: @Sendable (_ address: String) -> String
    public var qrLabel: @Sendable (_ code: String) -> String
    public var codeLabel: String
    public var refreshNote: String
    public var count: @Sendable (Int) -> String
    public var nobodyYet: String
    public var opensAt: @Sendable (_ time: String) -> String
    public var closedForStaff: String
    public var cancelled: String
    public var rollCallLink: String
    public var status: @Sendable (AttendanceStatus) -> String
    public var recorded: @Sendable (_ status: String, _ classTitle: String, _ time: String) -> String
    public var alreadyRecorded: String
    public var invalidCode: String
    public var invalidCodeHelp: String
    public var tooEarly: String
    public var closed: String
    public var closedHelp: String
    public var signInTitle: String
    public var signInLead: @Sendable (_ classTitle: String, _ time: String) -> String
    public var signInDeadline: String
    public var signIn: String
    public var register: String
    public var pendingRefused: String
    public var enterCode: String
    public var enterCodeLead: String
    public var submit: String
    public var seeClass: String

    public static let vietnamese = CheckInStrings(
        title: "Điểm danh",
        scanHint: "Quét mã QR bằng camera điện thoại để điểm danh.",
        typeHint: { "Hoặc mở \($0) và nhập mã:" },
        qrLabel: { "Mã QR điểm danh, mã \($0)" },
        codeLabel: "Mã điểm danh",
        refreshNote: "Trang tự làm mới; mã đổi mỗi phút.",
        count: { "\($0) người đã điểm danh" },
        nobodyYet: "Chưa có ai điểm danh.",
        opensAt: { "Điểm danh mở lúc \($0)." },
        closedForStaff: "Đã hết giờ tự điểm danh. Giảng viên vẫn ghi được trên danh sách điểm danh.",
        cancelled: "Buổi học này đã hủy.",
        rollCallLink: "Mở danh sách điểm danh",
        status: { status in
            switch status {
            case .present: "có mặt"
            case .late: "đi muộn"
            case .excused: "vắng có phép"
            case .absent: "vắng"
            }
        },
        recorded: { status, title, time in "Đã điểm danh: \(status) – \(title) – \(time)" },
        alreadyRecorded: "Bạn đã điểm danh buổi này.",
        invalidCode: "Mã không đúng hoặc đã hết hạn.",
        invalidCodeHelp: "Hãy quét lại mã đang hiện trên màn hình của lớp, hoặc nhập mã bên dưới.",
        tooEarly: "Chưa đến giờ điểm danh.",
        closed: "Đã hết giờ điểm danh.",
        closedHelp: "Nếu bạn có mặt, hãy báo giảng viên để được ghi tên.",
        signInTitle: "Đăng nhập để hoàn tất điểm danh",
        signInLead: { title, time in
            "Mã đúng cho buổi \(title) (\(time)). Hãy đăng nhập, hoặc đăng ký nếu chưa có tài khoản: việc điểm danh tự hoàn tất, không cần quét lại."
        },
        signInDeadline: "Hãy đăng nhập trong vòng 15 phút.",
        signIn: "Đăng nhập",
        register: "Đăng ký",
        pendingRefused: "Lượt điểm danh đang chờ không còn hiệu lực. Hãy quét lại mã trên màn hình của lớp.",
        enterCode: "Nhập mã điểm danh",
        enterCodeLead: "Nhập mã đang hiện trên màn hình của lớp (chữ hoa hay chữ thường đều được).",
        submit: "Điểm danh",
        seeClass: "Xem lớp học"
    )

    public static let english = CheckInStrings(
        title: "Check-in",
        scanHint: "Scan the QR code with your phone's camera to check in.",
        typeHint: { "Or open \($0) and type the code:" },
        qrLabel: { "Check-in QR code, code \($0)" },
        codeLabel: "Check-in code",
        refreshNote: "This page refreshes itself; the code changes every minute.",
        count: { $0 == 1 ? "1 person checked in" : "\($0) people checked in" },
        nobodyYet: "Nobody has checked in yet.",
        opensAt: { "Check-in opens at \($0)." },
        closedForStaff: "Self check-in has closed. The instructor can still mark the roll call.",
        cancelled: "This session is cancelled.",
        rollCallLink: "Open the roll call",
        status: { status in
            switch status {
            case .present: "present"
            case .late: "late"
            case .excused: "excused absence"
            case .absent: "absent"
            }
        },
        recorded: { status, title, time in "Checked in: \(status) – \(title) – \(time)" },
        alreadyRecorded: "You have already checked in to this session.",
        invalidCode: "The code is wrong or has expired.",
        invalidCodeHelp: "Scan the code on the class's screen again, or type it below.",
        tooEarly: "Check-in has not opened yet.",
        closed: "Check-in has closed.",
        closedHelp: "If you are here, tell the instructor so they can mark you.",
        signInTitle: "Sign in to finish checking in",
        signInLead: { title, time in
            "The code is right for \(title) (\(time)). Sign in, or create an account if you have none: the check-in then completes by itself, no second scan."
        },
        signInDeadline: "Please sign in within 15 minutes.",
        signIn: "Sign in",
        register: "Create an account",
        pendingRefused: "The waiting check-in is no longer valid. Scan the code on the class's screen again.",
        enterCode: "Type a check-in code",
        enterCodeLead: "Type the code shown on the class's screen (upper or lower case both work).",
        submit: "Check in",
        seeClass: "See the class"
    )
}
