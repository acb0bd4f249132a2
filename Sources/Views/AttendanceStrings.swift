import Domain

/// The sentences of the roll call, the paper roster, the attendance matrix and points.
public struct AttendanceStrings: Sendable {
    public var rollCall: String
    public var rollCallLead: String
    public var statusName: @Sendable (AttendanceStatus) -> String
    public var shortStatus: @Sendable (AttendanceStatus) -> String
    public var notMarked: String
    public var walkIn: String
    public var walkIns: String
    public var findWalkIn: String
    public var findHint: String
    public var find: String
    public var add: String
    public var newWalkIn: String
    public var newWalkInSubmit: String
    public var walkInCreated: @Sendable (_ name: String, _ code: String) -> String
    public var saved: @Sendable (_ name: String, _ status: String) -> String
    public var changed: @Sendable (_ name: String, _ from: String, _ to: String) -> String
    public var noMatch: String
    public var paperRoster: String
    public var checkInScreen: String
    public var paperEntry: String
    public var paperEntryLead: String
    public var signature: String
    public var number: String
    public var shortCode: @Sendable (String) -> String
    public var paperSaved: @Sendable (_ recorded: Int, _ unchanged: Int) -> String
    public var conflicts: String
    public var conflictLine: @Sendable (_ name: String, _ recorded: String, _ paper: String) -> String
    public var keepRecorded: String
    public var matrix: String
    public var matrixCSV: String
    public var total: String
    public var print: String
    public var points: String
    public var pointsLead: String
    public var pointsRuleTitle: String
    public var pointsRuleSaved: String
    public var percent: String
    public var myPoints: @Sendable (_ year: Int) -> String
    public var earned: @Sendable (Int) -> String
    public var stillPossible: @Sendable (Int) -> String
    public var noPoints: String
    public var ledgerSession: String
    public var ledgerStatus: String
    public var ledgerPoints: String
    public var howPointsWork: String
    public var windowTitle: String
    public var minutesBefore: String
    public var minutesAfter: String
    public var lateAfter: String
    public var errorMinutes: String
    public var windowRule: @Sendable (_ before: Int, _ after: Int, _ late: Int) -> String

    public static let vietnamese = AttendanceStrings(
        rollCall: "Điểm danh",
        rollCallLead: "Chạm một nút cho mỗi người. Có thể sửa lại; mọi thay đổi được ghi vào nhật ký.",
        statusName: { $0.vietnameseName },
        shortStatus: { status in
            switch status {
            case .present: "Có mặt"
            case .late: "Muộn"
            case .excused: "Có phép"
            case .absent: "Vắng"
            }
        },
        notMarked: "Chưa điểm danh",
        walkIn: "người đến thêm",
        walkIns: "Người đến thêm (không đăng ký trước)",
        findWalkIn: "Tìm người đến thêm",
        findHint: "Gõ tên (không dấu cũng được) hoặc số điện thoại.",
        find: "Tìm",
        add: "Có mặt",
        newWalkIn: "Chưa có tài khoản? Tạo nhanh",
        newWalkInSubmit: "Tạo và điểm danh",
        walkInCreated: { name, code in "Đã tạo tài khoản cho \(name) và điểm danh có mặt. Mã đặt mật khẩu (đưa cho người dân): \(code)" },
        saved: { name, status in "\(name): \(status)." },
        changed: { name, from, to in "\(name): đã sửa từ “\(from)” thành “\(to)”." },
        noMatch: "Không tìm thấy ai.",
        paperRoster: "Danh sách ký tên (in A4)",
        checkInScreen: "Màn hình mã QR để người học tự điểm danh",
        paperEntry: "Nhập lại danh sách giấy",
        paperEntryLead: "Chọn trạng thái theo danh sách đã ký. Người đã được điểm danh khác với giấy sẽ được báo, không bị ghi đè.",
        signature: "Ký tên",
        number: "STT",
        shortCode: { "Mã buổi học: \($0)" },
        paperSaved: { recorded, unchanged in "Đã ghi \(recorded) người; \(unchanged) người không đổi." },
        conflicts: "Khác với đã ghi (chưa đổi — sửa ở trang điểm danh nếu giấy đúng):",
        conflictLine: { name, recorded, paper in "\(name): đã ghi “\(recorded)”, giấy ghi “\(paper)”" },
        keepRecorded: "Giữ như đã ghi",
        matrix: "Bảng điểm danh",
        matrixCSV: "Tải bảng điểm danh (CSV cho Excel)",
        total: "Tổng",
        print: "In",
        points: "Điểm tích lũy",
        pointsLead: "Điểm tích lũy là thước đo minh bạch của trung tâm: mỗi điểm đến từ một buổi học có điểm danh, theo quy tắc công khai dưới đây.",
        pointsRuleTitle: "Quy tắc tính điểm",
        pointsRuleSaved: "Đã lưu và công bố quy tắc mới.",
        percent: "Phần trăm số điểm của buổi",
        myPoints: { "Điểm tích lũy năm \($0)" },
        earned: { "Đã đạt: \($0) điểm" },
        stillPossible: { "Còn có thể đạt trong năm: \($0) điểm" },
        noPoints: "Chưa có buổi học nào được điểm danh trong năm.",
        ledgerSession: "Buổi học",
        ledgerStatus: "Điểm danh",
        ledgerPoints: "Điểm",
        howPointsWork: "Cách tính điểm",
        windowTitle: "Giờ tự điểm danh",
        minutesBefore: "Mở trước giờ học (phút)",
        minutesAfter: "Đóng sau giờ kết thúc (phút)",
        lateAfter: "Tính là đi muộn sau giờ bắt đầu (phút)",
        errorMinutes: "Nhập số phút từ 0 đến 240.",
        windowRule: { before, after, late in
            "Tự điểm danh bằng mã QR mở \(before) phút trước giờ học và đóng \(after) phút sau giờ kết thúc; đến sau giờ bắt đầu \(late) phút trở đi tính là đi muộn."
        }
    )

    public static let english = AttendanceStrings(
        rollCall: "Roll call",
        rollCallLead: "One tap per person. You can change a status later; every change is logged.",
        statusName: { $0.englishName },
        shortStatus: { status in
            switch status {
            case .present: "Present"
            case .late: "Late"
            case .excused: "Excused"
            case .absent: "Absent"
            }
        },
        notMarked: "Not marked",
        walkIn: "walk-in",
        walkIns: "Walk-ins (not enrolled)",
        findWalkIn: "Find a walk-in",
        findHint: "Type a name (accents optional) or a phone number.",
        find: "Find",
        add: "Present",
        newWalkIn: "No account yet? Create one now",
        newWalkInSubmit: "Create and mark present",
        walkInCreated: { name, code in "Created an account for \(name) and marked them present. Password code (give it to the resident): \(code)" },
        saved: { name, status in "\(name): \(status)." },
        changed: { name, from, to in "\(name): changed from “\(from)” to “\(to)”." },
        noMatch: "Nobody found.",
        paperRoster: "Signature list (print A4)",
        checkInScreen: "QR screen for self check-in",
        paperEntry: "Type in the paper list",
        paperEntryLead: "Choose each status from the signed list. People already marked differently are reported, not overwritten.",
        signature: "Signature",
        number: "No.",
        shortCode: { "Session code: \($0)" },
        paperSaved: { recorded, unchanged in "Recorded \(recorded); \(unchanged) unchanged." },
        conflicts: "Different from what was recorded (not changed — fix it on the roll call if the paper is right):",
        conflictLine: { name, recorded, paper in "\(name): recorded “\(recorded)”, paper says “\(paper)”" },
        keepRecorded: "Keep as recorded",
        matrix: "Attendance sheet",
        matrixCSV: "Download the attendance sheet (CSV for Excel)",
        total: "Total",
        print: "Print",
        points: "Learning points",
        pointsLead: "Learning points are the centre's transparent measure of participation: every point comes from an attended session, by the public rule below.",
        pointsRuleTitle: "How points are counted",
        pointsRuleSaved: "The new rule is saved and published.",
        percent: "Percent of the session's points",
        myPoints: { "Learning points in \($0)" },
        earned: { "Earned: \($0) points" },
        stillPossible: { "Still possible this year: \($0) points" },
        noPoints: "No attended session recorded this year yet.",
        ledgerSession: "Session",
        ledgerStatus: "Attendance",
        ledgerPoints: "Points",
        howPointsWork: "How points work",
        windowTitle: "Self check-in times",
        minutesBefore: "Opens before the start (minutes)",
        minutesAfter: "Closes after the end (minutes)",
        lateAfter: "Late from this many minutes after the start",
        errorMinutes: "Type a number of minutes from 0 to 240.",
        windowRule: { before, after, late in
            "Self check-in with the QR code opens \(before) minutes before a session and closes \(after) minutes after it ends; arriving \(late) minutes or more after the start counts as late."
        }
    )
}
