import Domain

/// `/tuan-le-hoc-tap/{year}/thong-bao`: the Week's programme as a script for the commune
/// loudspeaker (hệ thống truyền thanh cơ sở), for the whole Week or one day of it.
///
/// It is always in Vietnamese, whatever the visitor's interface language: it is what the
/// announcer says to the commune, not a page of the site, so its sentences live here rather
/// than in the catalogues. Every time, date and number is written in words and every
/// abbreviation in full (`LoudspeakerText`), so the announcer reads it as written.
public struct WeekAnnouncement: Sendable {
    public var edition: StoredEditionView
    public var events: [(session: ClassSession, courseClass: CourseClass)]
    /// Village names by id, to say where an event with an unnamed venue takes place.
    public var villageNames: [Int64: String]
    /// One day of the Week (1 for the first), or nil for the whole Week.
    public var day: Int?

    public init(edition: StoredEditionView, events: [(session: ClassSession, courseClass: CourseClass)], villageNames: [Int64: String],
                day: Int?) {
        self.edition = edition
        self.events = events
        self.villageNames = villageNames
        self.day = day
    }

    static let registrationHint =
        "Bà con có nhu cầu tham gia xin đăng ký tại trung tâm học tập cộng đồng hoặc trên trang web của trung tâm."

    /// The script: paragraphs separated by a blank line, each day's events one per line.
    public func render(site: SiteInfo) -> String {
        let week = edition.edition
        let unit = LoudspeakerText.unitWord(communeName: site.communeName)
        var paragraphs = [
            "Kính thưa bà con nhân dân trong \(unit)!",
            "\(capitalised(LoudspeakerText.dateRange(from: week.startsOn, to: week.endsOn))), \(inSentence(site.communeName)) "
                + "tổ chức Tuần lễ hưởng ứng học tập suốt đời. Đây là dịp để mọi người dân, không phân biệt tuổi tác, "
                + "cùng nhau học tập, đọc sách và học thêm những kỹ năng mới.",
        ]
        // A placeholder theme is last year's, kept for staff to replace: never announce it as this year's.
        if !edition.themeIsPlaceholder, !week.theme.isEmpty {
            paragraphs.append("Chủ đề của Tuần lễ năm nay là: “\(week.theme)”.")
        }
        paragraphs.append("\(site.centreName) xin thông báo chương trình hoạt động như sau:")
        for number in day.map({ [$0] }) ?? week.days.indices.map({ $0 + 1 }) {
            paragraphs.append(dayParagraph(number))
        }
        paragraphs.append("Trân trọng kính mời bà con tham gia.")
        return LoudspeakerText.spoken(paragraphs.joined(separator: "\n\n")) + "\n"
    }

    /// "Thứ Năm, ngày mồng một tháng Mười:" then its events. Cancelled events are left out: the
    /// script tells people where to go, and the programme page shows what was called off.
    private func dayParagraph(_ number: Int) -> String {
        let week = edition.edition
        let heading = capitalised(SpokenVietnamese.spokenDate(week.startsOn.adding(days: number - 1))) + ":"
        let lines = events.filter { !$0.session.cancelled && week.dayNumber(of: $0.session.startsAt) == number }.map(line)
        return ([heading] + (lines.isEmpty ? ["Trong ngày không có hoạt động."] : lines)).joined(separator: "\n")
    }

    /// "Bảy giờ ba mươi sáng, tại Hội trường UBND xã: Lễ khai mạc …, do UBND xã tổ chức."
    private func line(_ entry: (session: ClassSession, courseClass: CourseClass)) -> String {
        let courseClass = entry.courseClass
        let minutes = Int((entry.session.startsAt - DateText.startOfDay(unixSeconds: entry.session.startsAt)) / 60)
        var said = "\(capitalised(SpokenVietnamese.spokenTime(minutes: minutes))), \(place(courseClass)): \(courseClass.title)"
        if let organiser = courseClass.event?.organiser, !organiser.isEmpty {
            said += ", do \(organiser) tổ chức"
        }
        said += "."
        if courseClass.event?.takesRegistration == true { said += " " + Self.registrationHint }
        return said
    }

    /// "tại Nhà văn hóa thôn Bắc Sơn"; the kind of venue (and its village) when it has no name.
    private func place(_ courseClass: CourseClass) -> String {
        let venue = courseClass.venue
        if venue.kind == .online { return "trực tuyến" }
        guard venue.name.isEmpty else { return "tại \(venue.name)" }
        let village = courseClass.villageID.flatMap { villageNames[$0] }
        return "tại " + ([Strings.vietnamese.classes.venueKind(venue.kind)] + (village.map { [$0] } ?? [])).joined(separator: ", ")
    }

    /// "Xã Đức Trọng" in mid-sentence: "xã Đức Trọng", as the unit word is written lower-case there.
    private func inSentence(_ communeName: String) -> String {
        let unit = LoudspeakerText.unitWord(communeName: communeName)
        guard communeName.lowercased().hasPrefix(unit) else { return communeName }
        return unit + communeName.dropFirst(unit.count)
    }

    private func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
