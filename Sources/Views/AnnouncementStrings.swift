/// The sentences of the Week's programme as it leaves the site: the A4 sheet for the commune
/// noticeboard and the calendar feed. The loudspeaker script is always Vietnamese and keeps
/// its sentences itself (`WeekAnnouncement`).
public struct AnnouncementStrings: Sendable {
    /// The sheet's title, printed in capitals as official papers are.
    public var programmeTitle: @Sendable (_ year: Int) -> String
    public var day: String
    public var time: String
    public var event: String
    public var print: String
    public var weekFeedName: @Sendable (_ year: Int, _ centre: String) -> String
    /// Before the event page's address in a calendar entry.
    public var eventPage: String

    public static let vietnamese = AnnouncementStrings(
        programmeTitle: { "Chương trình Tuần lễ hưởng ứng học tập suốt đời năm \($0)" },
        day: "Ngày",
        time: "Thời gian",
        event: "Nội dung",
        print: "In chương trình",
        weekFeedName: { year, centre in "Tuần lễ học tập suốt đời \(year) – \(centre)" },
        eventPage: "Trang sự kiện"
    )

    public static let english = AnnouncementStrings(
        programmeTitle: { "Programme of the Lifelong Learning Week \($0)" },
        day: "Day",
        time: "Time",
        event: "Event",
        print: "Print the programme",
        weekFeedName: { year, centre in "Lifelong Learning Week \(year) – \(centre)" },
        eventPage: "Event page"
    )
}
