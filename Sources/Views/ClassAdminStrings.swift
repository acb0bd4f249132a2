/// The sentences of the staff pages for classes: opening one, its sessions and its people.
public struct ClassAdminStrings: Sendable {
    public var newClass: String
    public var open: String
    public var course: String
    public var topicOption: String
    public var title: String
    public var titleHint: String
    public var field: String
    public var venueKind: String
    public var venueName: String
    public var venueLink: String
    public var instructor: String
    public var noInstructor: String
    public var guestInstructor: String
    public var partner: String
    public var capacity: String
    public var points: String
    public var enrolOpens: String
    public var enrolCloses: String
    public var dateHint: String
    public var groups: String
    public var summary: String
    public var save: String
    public var saved: String
    public var errorTitle: String
    public var errorCapacity: String
    public var errorPoints: String
    public var errorDate: String
    public var errorLink: String
    public var seatsTaken: @Sendable (_ taken: Int, _ capacity: Int, _ waiting: Int) -> String
    public var manage: String
    public var publicPage: String
    public var addSessions: String
    public var addSessionsHint: String
    public var weekdays: String
    public var startTime: String
    public var endTime: String
    public var fromDate: String
    public var throughDate: String
    public var sessionsAdded: @Sendable (Int) -> String
    public var errorTime: String
    public var moveTo: String
    public var move: String
    public var cancel: String
    public var sessionMoved: String
    public var sessionCancelled: String
    public var people: String
    public var seats: String
    public var waitingList: String
    public var nobody: String
    public var assisted: String
    public var remove: String
    public var removed: String
    public var enrolByPhone: String
    public var enrolHousehold: String
    public var enrolHouseholdSubmit: String
    public var enrolSubmit: String
    public var enrolledOnBehalf: @Sendable (_ name: String, _ waiting: Bool) -> String
    public var householdEnrolled: @Sendable (Int) -> String

    public static let vietnamese = ClassAdminStrings(
        newClass: "Mở lớp mới", open: "Mở lớp", course: "Khóa học trong thư viện", topicOption: "— Chuyên đề (tự đặt tên) —",
        title: "Tên lớp hoặc chuyên đề", titleHint: "Bỏ trống để dùng tên khóa học.", field: "Lĩnh vực", venueKind: "Loại địa điểm",
        venueName: "Tên địa điểm", venueLink: "Đường dẫn học trực tuyến (https://…)", instructor: "Giảng viên có tài khoản",
        noInstructor: "— Khách mời (ghi tên bên dưới) —", guestInstructor: "Tên giảng viên khách mời", partner: "Đơn vị phối hợp",
        capacity: "Số chỗ", points: "Điểm tích lũy mỗi buổi", enrolOpens: "Nhận đăng ký từ ngày", enrolCloses: "Hết nhận đăng ký sau ngày",
        dateHint: "dd/mm/yyyy, bỏ trống nếu không giới hạn.", groups: "Dành cho nhóm", summary: "Giới thiệu ngắn",
        save: "Lưu", saved: "Đã lưu.", errorTitle: "Hãy chọn khóa học hoặc nhập tên chuyên đề (tối đa 150 ký tự).",
        errorCapacity: "Số chỗ là số từ 1 đến 1000.", errorPoints: "Điểm mỗi buổi là số từ 0 đến 100.",
        errorDate: "Ngày chưa đúng (dd/mm/yyyy).", errorLink: "Đường dẫn phải bắt đầu bằng https://",
        seatsTaken: { taken, capacity, waiting in "\(taken)/\(capacity) chỗ" + (waiting > 0 ? ", \(waiting) người chờ" : "") },
        manage: "Quản lý", publicPage: "Xem trang lớp",
        addSessions: "Thêm buổi học", addSessionsHint: "Ví dụ: thứ Ba và thứ Năm, 19:00–21:00, từ 03/03 đến 30/04. Chọn một ngày cho một buổi.",
        weekdays: "Các thứ trong tuần", startTime: "Bắt đầu (giờ:phút)", endTime: "Kết thúc (giờ:phút)", fromDate: "Từ ngày",
        throughDate: "Đến ngày", sessionsAdded: { "Đã thêm \($0) buổi học." }, errorTime: "Giờ chưa đúng (ví dụ 19:00 hoặc 19h30).",
        moveTo: "Đổi sang", move: "Đổi giờ", cancel: "Hủy buổi", sessionMoved: "Đã đổi giờ buổi học.", sessionCancelled: "Đã hủy buổi học.",
        people: "Người học", seats: "Có chỗ", waitingList: "Danh sách chờ", nobody: "Chưa có ai.", assisted: "cán bộ đăng ký giúp",
        remove: "Bỏ khỏi lớp", removed: "Đã bỏ khỏi lớp; người chờ đầu tiên (nếu có) được chuyển vào.",
        enrolByPhone: "Đăng ký giúp theo số điện thoại", enrolHousehold: "Đăng ký cả hộ gia đình", enrolHouseholdSubmit: "Đăng ký cả hộ",
        enrolSubmit: "Đăng ký giúp",
        enrolledOnBehalf: { name, waiting in waiting ? "Lớp đã đủ: \(name) vào danh sách chờ." : "Đã đăng ký cho \(name)." },
        householdEnrolled: { "Đã đăng ký \($0) thành viên của hộ." }
    )

    public static let english = ClassAdminStrings(
        newClass: "Open a class", open: "Open", course: "Course from the library", topicOption: "— Topic session (own title) —",
        title: "Class or topic title", titleHint: "Leave empty to use the course's title.", field: "Field", venueKind: "Kind of venue",
        venueName: "Venue name", venueLink: "Online meeting link (https://…)", instructor: "Instructor with an account",
        noInstructor: "— Guest (name below) —", guestInstructor: "Guest instructor's name", partner: "Partner organisation",
        capacity: "Seats", points: "Points per session", enrolOpens: "Enrolment opens on", enrolCloses: "Enrolment closes after",
        dateHint: "dd/mm/yyyy, empty for no limit.", groups: "Meant for groups", summary: "Short description",
        save: "Save", saved: "Saved.", errorTitle: "Choose a course or type a topic title (at most 150 characters).",
        errorCapacity: "Seats is a number from 1 to 1000.", errorPoints: "Points per session is a number from 0 to 100.",
        errorDate: "The date is not right (dd/mm/yyyy).", errorLink: "The link must start with https://",
        seatsTaken: { taken, capacity, waiting in "\(taken)/\(capacity) seats" + (waiting > 0 ? ", \(waiting) waiting" : "") },
        manage: "Manage", publicPage: "View the class page",
        addSessions: "Add sessions", addSessionsHint: "For example: Tuesday and Thursday, 19:00–21:00, from 03/03 to 30/04. Pick one day for a single session.",
        weekdays: "Days of the week", startTime: "Starts (hh:mm)", endTime: "Ends (hh:mm)", fromDate: "From",
        throughDate: "Through", sessionsAdded: { "Added \($0) sessions." }, errorTime: "The time is not right (e.g. 19:00 or 19h30).",
        moveTo: "Move to", move: "Move", cancel: "Cancel session", sessionMoved: "Session moved.", sessionCancelled: "Session cancelled.",
        people: "Learners", seats: "Seats taken", waitingList: "Waiting list", nobody: "Nobody yet.", assisted: "enrolled by staff",
        remove: "Remove", removed: "Removed; the first person waiting (if any) moved in.",
        enrolByPhone: "Enrol someone by phone number", enrolHousehold: "Enrol a whole household", enrolHouseholdSubmit: "Enrol the household",
        enrolSubmit: "Enrol",
        enrolledOnBehalf: { name, waiting in waiting ? "The class is full: \(name) is on the waiting list." : "Enrolled \(name)." },
        householdEnrolled: { "Enrolled \($0) household members." }
    )
}
