/// The sentences of the staff pages for the Week: editions, cloning, adding events and editing their details.
public struct WeekAdminStrings: Sendable {
    public var title: String
    public var lead: String
    public var year: String
    public var from: String
    public var to: String
    public var theme: String
    public var themePlaceholder: String
    public var placeholderWarning: String
    public var slogan: String
    public var description: String
    public var create: String
    public var clone: @Sendable (_ from: Int, _ to: Int) -> String
    public var cloned: @Sendable (Int) -> String
    public var save: String
    public var saved: String
    public var events: String
    public var addEvent: String
    public var eventTitle: String
    public var eventType: String
    public var day: String
    public var organiser: String
    public var audience: String
    public var capacity: String
    public var capacityHint: String
    public var eventDescription: String
    public var eventAdded: String
    public var eventDetails: String
    public var saveEvent: String
    public var eventSaved: String
    public var errorYear: String
    public var errorYearTaken: String
    public var errorTitle: String
    public var errorDay: String
    public var errorNumber: String
    public var publicPage: String

    public static let vietnamese = WeekAdminStrings(
        title: "Tuần lễ học tập suốt đời", lead: "Mỗi năm một chương trình: ngày, chủ đề của Bộ, khẩu hiệu của xã và các hoạt động.",
        year: "Năm", from: "Từ ngày", to: "Đến ngày", theme: "Chủ đề (theo hướng dẫn của Bộ)",
        themePlaceholder: "Chủ đề tạm (chưa có chủ đề chính thức của năm)",
        placeholderWarning: "Chủ đề đang là chủ đề tạm: trang công khai chưa hiển thị chủ đề. Hãy thay bằng chủ đề chính thức khi có.",
        slogan: "Khẩu hiệu của xã", description: "Giới thiệu", create: "Tạo chương trình",
        clone: { from, to in "Tạo chương trình năm \(to) từ năm \(from) (sao chép các hoạt động sang ngày mới)" },
        cloned: { "Đã tạo chương trình và sao chép \($0) hoạt động. Hãy xem lại từng hoạt động." },
        save: "Lưu", saved: "Đã lưu.", events: "Các hoạt động", addEvent: "Thêm hoạt động", eventTitle: "Tên hoạt động",
        eventType: "Loại hoạt động", day: "Ngày (dd/mm/yyyy)", organiser: "Đơn vị tổ chức, phối hợp", audience: "Dành cho",
        capacity: "Số chỗ", capacityHint: "Bỏ trống nếu không cần đăng ký (bà con đến trực tiếp và điểm danh).",
        eventDescription: "Mô tả (Markdown)",
        eventAdded: "Đã thêm hoạt động.", eventDetails: "Thông tin sự kiện", saveEvent: "Lưu thông tin sự kiện",
        eventSaved: "Đã lưu thông tin sự kiện.", errorYear: "Năm, ngày bắt đầu và kết thúc chưa đúng.",
        errorYearTaken: "Năm này đã có chương trình.", errorTitle: "Hãy nhập tên hoạt động (tối đa 150 ký tự).",
        errorDay: "Ngày phải nằm trong Tuần lễ, và giờ kết thúc sau giờ bắt đầu.", errorNumber: "Nhập số từ 1 đến 5000.",
        publicPage: "Xem trang công khai"
    )

    public static let english = WeekAdminStrings(
        title: "Lifelong Learning Week", lead: "One programme a year: dates, the Ministry's theme, the commune's slogan and the events.",
        year: "Year", from: "From", to: "To", theme: "Theme (from the Ministry)",
        themePlaceholder: "Placeholder theme (no official theme for this year yet)",
        placeholderWarning: "The theme is a placeholder: the public page does not show it. Replace it with the official theme when it arrives.",
        slogan: "The commune's slogan", description: "Introduction", create: "Create the programme",
        clone: { from, to in "Create \(to)'s programme from \(from) (copy the events to the new dates)" },
        cloned: { "Programme created and \($0) events copied. Please review each event." },
        save: "Save", saved: "Saved.", events: "Events", addEvent: "Add an event", eventTitle: "Event title",
        eventType: "Kind of event", day: "Day (dd/mm/yyyy)", organiser: "Organisers and partners", audience: "For",
        capacity: "Seats", capacityHint: "Leave empty when no registration is needed (people come and check in).",
        eventDescription: "Description (Markdown)",
        eventAdded: "Event added.", eventDetails: "Event details", saveEvent: "Save the event details",
        eventSaved: "Event details saved.", errorYear: "The year, first and last days are not right.",
        errorYearTaken: "This year already has a programme.", errorTitle: "Please type the event's title (at most 150 characters).",
        errorDay: "The day must be within the Week, and the end after the start.", errorNumber: "Type a number from 1 to 5000.",
        publicPage: "View the public page"
    )
}
