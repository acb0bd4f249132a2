import Domain

/// The sentences of the Lifelong Learning Week's public pages.
public struct WeekStrings: Sendable {
    public var title: @Sendable (_ year: Int) -> String
    public var navTitle: String
    public var lead: String
    public var dates: @Sendable (_ from: String, _ to: String) -> String
    public var theme: String
    public var noEdition: String
    public var noEvents: String
    public var allVenues: String
    public var allTypes: String
    public var venue: String
    public var type: String
    public var filter: String
    public var marker: @Sendable (EventMarker) -> String
    public var typeName: @Sendable (EventType) -> String
    public var organiser: String
    public var audience: String
    public var noRegistration: String
    public var register: String
    public var addToCalendar: String
    public var programme: String
    public var printVersion: String
    public var loudspeakerVersion: String
    public var day: @Sendable (_ number: Int) -> String

    public static let vietnamese = WeekStrings(
        title: { "Tuần lễ hưởng ứng học tập suốt đời năm \($0)" },
        navTitle: "Tuần lễ học tập",
        lead: "Chương trình các hoạt động của xã trong Tuần lễ hưởng ứng học tập suốt đời. Mọi người dân đều được mời tham gia.",
        dates: { from, to in "Từ \(from) đến \(to)" },
        theme: "Chủ đề",
        noEdition: "Chưa có chương trình Tuần lễ học tập nào.",
        noEvents: "Chưa có hoạt động nào.",
        allVenues: "Mọi địa điểm",
        allTypes: "Mọi loại hoạt động",
        venue: "Địa điểm",
        type: "Loại hoạt động",
        filter: "Lọc",
        marker: { $0.vietnameseName },
        typeName: { $0.vietnameseName },
        organiser: "Đơn vị tổ chức",
        audience: "Dành cho",
        noRegistration: "Không cần đăng ký: bà con đến trực tiếp và điểm danh tại chỗ.",
        register: "Đăng ký tham gia",
        addToCalendar: "Thêm vào lịch (iCalendar)",
        programme: "Chương trình",
        printVersion: "Bản in A4",
        loudspeakerVersion: "Bản đọc trên loa truyền thanh",
        day: { "Ngày \($0)" }
    )

    public static let english = WeekStrings(
        title: { "Lifelong Learning Week \($0)" },
        navTitle: "Learning Week",
        lead: "The commune's programme for the Lifelong Learning Week. Every resident is welcome.",
        dates: { from, to in "From \(from) to \(to)" },
        theme: "Theme",
        noEdition: "No Learning Week programme yet.",
        noEvents: "No events yet.",
        allVenues: "All venues",
        allTypes: "All kinds",
        venue: "Venue",
        type: "Kind of event",
        filter: "Filter",
        marker: { $0.englishName },
        typeName: { $0.englishName },
        organiser: "Organised by",
        audience: "For",
        noRegistration: "No registration needed: come along and check in on the spot.",
        register: "Register",
        addToCalendar: "Add to calendar (iCalendar)",
        programme: "Programme",
        printVersion: "A4 print version",
        loudspeakerVersion: "Text for the loudspeaker",
        day: { "Day \($0)" }
    )
}
