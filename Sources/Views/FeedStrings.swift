/// The sentences of the calendar feeds: the text inside their events, the links to them, and
/// the page where a resident makes or revokes the secret address of their own feed.
public struct FeedStrings: Sendable {
    public var scheduleFeedName: @Sendable (_ centre: String) -> String
    public var classFeedName: @Sendable (_ title: String, _ centre: String) -> String
    public var personalFeedName: @Sendable (_ centre: String) -> String
    public var cancelledNote: String
    public var classPage: String
    public var addClassToCalendar: String
    public var subscribeToSchedule: String
    public var profileLink: String
    public var title: String
    public var lead: String
    public var contents: String
    public var howToHeading: String
    public var googleSteps: String
    public var iPhoneSteps: String
    public var newAddress: String
    public var shownOnce: String
    public var keepPrivate: String
    public var feedActive: String
    public var noFeed: String
    public var create: String
    public var replace: String
    public var replaceHint: String
    public var revoke: String
    public var revokeHint: String
    public var created: String
    public var revoked: String

    public static let vietnamese = FeedStrings(
        scheduleFeedName: { "Lịch học – \($0)" },
        classFeedName: { title, centre in "\(title) – \(centre)" },
        personalFeedName: { "Lịch học của tôi – \($0)" },
        cancelledNote: "Buổi học này đã hủy.",
        classPage: "Trang lớp",
        addClassToCalendar: "Thêm vào lịch (iCalendar)",
        subscribeToSchedule: "Theo dõi lịch học trong ứng dụng lịch trên điện thoại (iCalendar)",
        profileLink: "Lịch học của tôi trên điện thoại",
        title: "Lịch học trên điện thoại",
        lead: """
            Đưa các buổi học của bạn vào ứng dụng lịch trên điện thoại (Google Calendar, Lịch của iPhone). \
            Khi trung tâm đổi giờ hay hủy một buổi, lịch trên điện thoại tự cập nhật.
            """,
        contents: "Lịch gồm các buổi học của những lớp bạn đã có chỗ (không gồm lớp đang chờ), từ 30 ngày trước đến 6 tháng tới.",
        howToHeading: "Cách thêm vào ứng dụng lịch",
        googleSteps: """
            Google Calendar: trên trình duyệt, mở calendar.google.com, bấm dấu + cạnh “Lịch khác”, chọn \
            “Thêm lịch → Từ URL”, dán địa chỉ rồi bấm “Thêm lịch”. Lịch hiện cả trên điện thoại Android dùng cùng tài khoản Google.
            """,
        iPhoneSteps: """
            iPhone: mở ứng dụng Lịch, chạm “Lịch” ở cuối màn hình, chọn “Thêm lịch → Thêm lịch đăng ký”, \
            dán địa chỉ rồi chạm “Tìm” và “Thêm”.
            """,
        newAddress: "Địa chỉ lịch riêng của bạn",
        shownOnce: """
            Trung tâm không lưu địa chỉ này nên nó chỉ hiện một lần, ngay bây giờ. Hãy sao chép và thêm vào ứng dụng lịch ngay; \
            nếu làm mất, hãy tạo địa chỉ mới.
            """,
        keepPrivate: "Ai có địa chỉ này đều xem được lịch học của bạn. Đừng gửi cho người khác.",
        feedActive: "Bạn đang có một địa chỉ lịch riêng. Vì an toàn, địa chỉ không hiện lại được.",
        noFeed: "Bạn chưa có địa chỉ lịch riêng.",
        create: "Tạo địa chỉ lịch",
        replace: "Tạo địa chỉ mới",
        replaceHint: "Địa chỉ cũ sẽ ngừng hoạt động: lịch đã thêm bằng địa chỉ cũ không cập nhật nữa.",
        revoke: "Thu hồi địa chỉ",
        revokeHint: "Dùng khi lỡ gửi địa chỉ cho người khác hoặc bị mất điện thoại.",
        created: "Đã tạo địa chỉ lịch mới.",
        revoked: "Đã thu hồi địa chỉ lịch. Lịch đã thêm bằng địa chỉ này không còn cập nhật."
    )

    public static let english = FeedStrings(
        scheduleFeedName: { "Schedule – \($0)" },
        classFeedName: { title, centre in "\(title) – \(centre)" },
        personalFeedName: { "My classes – \($0)" },
        cancelledNote: "This session is cancelled.",
        classPage: "Class page",
        addClassToCalendar: "Add to calendar (iCalendar)",
        subscribeToSchedule: "Follow the schedule in your phone's calendar app (iCalendar)",
        profileLink: "My classes in my phone's calendar",
        title: "Classes in your phone's calendar",
        lead: """
            Put your sessions into the calendar app on your phone (Google Calendar, iPhone Calendar). \
            When the centre moves or cancels a session, the calendar on your phone updates by itself.
            """,
        contents: """
            The calendar has the sessions of the classes where you have a seat (not those you are waiting for), \
            from 30 days ago to 6 months ahead.
            """,
        howToHeading: "How to add it to a calendar app",
        googleSteps: """
            Google Calendar: in a browser, open calendar.google.com, click + next to “Other calendars”, choose \
            “Add calendar → From URL”, paste the address and click “Add calendar”. It also shows on Android phones \
            using the same Google account.
            """,
        iPhoneSteps: """
            iPhone: open the Calendar app, tap “Calendars” at the bottom, choose “Add Calendar → Add Subscription Calendar”, \
            paste the address, then tap “Find” and “Add”.
            """,
        newAddress: "Your private calendar address",
        shownOnce: """
            The centre does not keep this address, so it is shown only once, now. Copy it into your calendar app right away; \
            if you lose it, make a new one.
            """,
        keepPrivate: "Anyone with this address can see your classes. Do not share it.",
        feedActive: "You have a private calendar address. For safety it cannot be shown again.",
        noFeed: "You have no private calendar address yet.",
        create: "Make a calendar address",
        replace: "Make a new address",
        replaceHint: "The old address stops working: a calendar added with it no longer updates.",
        revoke: "Revoke the address",
        revokeHint: "Use this if you shared the address by mistake or lost your phone.",
        created: "A new calendar address was made.",
        revoked: "The calendar address was revoked. A calendar added with it no longer updates."
    )
}
