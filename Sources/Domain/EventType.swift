/// What kind of activity an event of the Lifelong Learning Week is: the Week's typical
/// activities (see domain.md), so the report can count them by kind. The raw values are
/// stored and appear in URLs and CSV exports, so they are ASCII and never change.
public enum EventType: String, CaseIterable, Sendable {
    case openingCeremony = "le-khai-mac"
    case bookFair = "hoi-sach"
    case talk = "toa-dam"
    case digitalSkillsClass = "lop-ky-nang-so"
    case contest = "hoi-thi"
    case exhibition = "trien-lam"
    case honouringLearners = "ton-vinh-guong-hoc-tap"
    case freeClass = "lop-mien-phi"
    case other = "khac"

    /// The name on the programme and in announcements.
    public var vietnameseName: String {
        switch self {
        case .openingCeremony: "Lễ khai mạc"
        case .bookFair: "Hội sách"
        case .talk: "Tọa đàm"
        case .digitalSkillsClass: "Lớp kỹ năng số"
        case .contest: "Hội thi"
        case .exhibition: "Triển lãm"
        case .honouringLearners: "Tôn vinh gương học tập"
        case .freeClass: "Lớp miễn phí"
        case .other: "Khác"
        }
    }

    public var englishName: String {
        switch self {
        case .openingCeremony: "Opening ceremony"
        case .bookFair: "Book fair"
        case .talk: "Talk or seminar"
        case .digitalSkillsClass: "Digital-skills class"
        case .contest: "Contest"
        case .exhibition: "Exhibition"
        case .honouringLearners: "Honouring model learners"
        case .freeClass: "Free class"
        case .other: "Other"
        }
    }
}
