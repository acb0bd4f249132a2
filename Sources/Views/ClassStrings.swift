import Domain

/// The sentences of classes, their sessions, enrolment and the schedule.
public struct ClassStrings: Sendable {
    public var classes: String
    public var classesLead: String
    public var schedule: String
    public var scheduleLead: String
    public var noSessions: String
    public var noSessionsInWeek: String
    /// "Tuần 16/11 – 22/11/2026", the week the schedule shows.
    public var weekRange: @Sendable (CalendarWeek) -> String
    public var currentWeekMark: String
    public var thisWeek: String
    public var previousWeek: String
    public var nextWeek: String
    public var weekNavigation: String
    /// The link an empty week offers to the next week that has sessions.
    public var nextSessionsIn: @Sendable (CalendarWeek) -> String
    public var sessions: String
    public var seatsLeft: @Sendable (_ left: Int, _ capacity: Int) -> String
    public var full: String
    public var waitingCount: @Sendable (Int) -> String
    public var enrol: String
    public var joinWaitingList: String
    public var leave: String
    public var leaveWaitingList: String
    public var signInToEnrol: String
    public var enrolmentClosed: String
    public var youAreEnrolled: String
    public var youAreWaiting: @Sendable (_ position: Int) -> String
    public var youWerePromoted: String
    public var enrolled: String
    public var leftClass: String
    public var cancelled: String
    public var moved: String
    public var venue: String
    public var venueKind: @Sendable (Venue.Kind) -> String
    public var instructor: String
    public var partner: String
    public var capacity: String
    public var pointsPerSession: @Sendable (Int) -> String
    public var groups: String
    public var course: String
    public var topicSession: String
    public var myClasses: String
    public var noClasses: String
    public var nextSessions: String
    public var allFields: String
    public var allVillages: String
    public var filter: String
    public var onlineLink: String
    public var time: @Sendable (_ start: String, _ end: String) -> String

    public static let vietnamese = ClassStrings(
        classes: "Lớp học",
        classesLead: "Các lớp học và chuyên đề của trung tâm.",
        schedule: "Lịch học",
        scheduleLead: "Các buổi học trong tuần, từ thứ Hai đến Chủ Nhật, theo ngày. Lọc theo thôn và lĩnh vực.",
        noSessions: "Chưa có buổi học nào.",
        noSessionsInWeek: "Không có buổi học nào trong tuần.",
        weekRange: { "Tuần \(ClassStrings.span($0))" },
        currentWeekMark: "tuần này",
        thisWeek: "Về tuần này",
        previousWeek: "← Tuần trước",
        nextWeek: "Tuần sau →",
        weekNavigation: "Chọn tuần",
        nextSessionsIn: { "Buổi học tiếp theo: tuần \(ClassStrings.span($0))" },
        sessions: "Các buổi học",
        seatsLeft: { left, capacity in "Còn \(left)/\(capacity) chỗ" },
        full: "Đã đủ chỗ",
        waitingCount: { "\($0) người đang chờ" },
        enrol: "Đăng ký học",
        joinWaitingList: "Vào danh sách chờ",
        leave: "Hủy đăng ký",
        leaveWaitingList: "Rời danh sách chờ",
        signInToEnrol: "Đăng nhập để đăng ký",
        enrolmentClosed: "Lớp không nhận đăng ký lúc này.",
        youAreEnrolled: "Bạn đã có chỗ trong lớp này.",
        youAreWaiting: { "Lớp đã đủ chỗ. Bạn đứng thứ \($0) trong danh sách chờ; khi có người hủy, bạn được chuyển vào lớp tự động." },
        youWerePromoted: "Đã có chỗ trống: bạn được chuyển từ danh sách chờ vào lớp.",
        enrolled: "Đã đăng ký.",
        leftClass: "Đã hủy đăng ký.",
        cancelled: "Đã hủy",
        moved: "Đã đổi giờ",
        venue: "Địa điểm",
        venueKind: { kind in
            switch kind {
            case .centre: "Trung tâm học tập cộng đồng"
            case .villageHall: "Nhà văn hóa thôn"
            case .school: "Trường học"
            case .online: "Trực tuyến"
            case .other: "Địa điểm khác"
            }
        },
        instructor: "Giảng viên, báo cáo viên",
        partner: "Phối hợp",
        capacity: "Số chỗ",
        pointsPerSession: { "\($0) điểm tích lũy mỗi buổi" },
        groups: "Dành cho",
        course: "Khóa học",
        topicSession: "Chuyên đề",
        myClasses: "Lớp của tôi",
        noClasses: "Bạn chưa đăng ký lớp nào.",
        nextSessions: "Buổi học sắp tới",
        allFields: "Mọi lĩnh vực",
        allVillages: "Mọi thôn",
        filter: "Lọc",
        onlineLink: "Đường dẫn học trực tuyến",
        time: { start, end in "\(start)–\(end)" }
    )

    public static let english = ClassStrings(
        classes: "Classes",
        classesLead: "The centre's classes and topic sessions.",
        schedule: "Schedule",
        scheduleLead: "The week's sessions, Monday to Sunday, by day. Filter by village and field.",
        noSessions: "No sessions yet.",
        noSessionsInWeek: "No sessions in the week shown.",
        weekRange: { "Week \(ClassStrings.span($0))" },
        currentWeekMark: "this week",
        thisWeek: "Back to this week",
        previousWeek: "← Previous week",
        nextWeek: "Next week →",
        weekNavigation: "Weeks",
        nextSessionsIn: { "Next sessions: week \(ClassStrings.span($0))" },
        sessions: "Sessions",
        seatsLeft: { left, capacity in "\(left) of \(capacity) seats left" },
        full: "Full",
        waitingCount: { $0 == 1 ? "1 person waiting" : "\($0) people waiting" },
        enrol: "Enrol",
        joinWaitingList: "Join the waiting list",
        leave: "Cancel my place",
        leaveWaitingList: "Leave the waiting list",
        signInToEnrol: "Sign in to enrol",
        enrolmentClosed: "This class is not taking enrolments now.",
        youAreEnrolled: "You have a place in this class.",
        youAreWaiting: { "The class is full. You are number \($0) on the waiting list; when someone cancels you move in automatically." },
        youWerePromoted: "A place freed up: you moved from the waiting list into the class.",
        enrolled: "Enrolled.",
        leftClass: "Your place is cancelled.",
        cancelled: "Cancelled",
        moved: "Time changed",
        venue: "Venue",
        venueKind: { kind in
            switch kind {
            case .centre: "Community learning centre"
            case .villageHall: "Village cultural house"
            case .school: "School"
            case .online: "Online"
            case .other: "Other venue"
            }
        },
        instructor: "Instructor",
        partner: "With",
        capacity: "Seats",
        pointsPerSession: { $0 == 1 ? "1 point per session" : "\($0) points per session" },
        groups: "For",
        course: "Course",
        topicSession: "Topic session",
        myClasses: "My classes",
        noClasses: "You have not enrolled in any class yet.",
        nextSessions: "Next sessions",
        allFields: "All fields",
        allVillages: "All villages",
        filter: "Filter",
        onlineLink: "Online meeting link",
        time: { start, end in "\(start)–\(end)" }
    )

    /// "16/11 – 22/11/2026": the year once, unless the week runs into the next one.
    static func span(_ week: CalendarWeek) -> String {
        let monday = week.monday.year == week.sunday.year ? String(week.monday.description.prefix(5)) : week.monday.description
        return "\(monday) – \(week.sunday)"
    }
}
