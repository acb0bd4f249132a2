/// A field of learning (lĩnh vực), as reports group classes and courses.
public enum Field: String, CaseIterable, Sendable, Hashable {
    case agriculture = "nong-nghiep"
    case law = "phap-luat"
    case health = "suc-khoe"
    case digitalSkills = "ky-nang-so"
    case culture = "van-hoa"
    case foreignLanguages = "ngoai-ngu"
    case vocational = "nghe"
    case lifeSkills = "ky-nang-song"

    /// The code used in course files and addresses (`ky-nang-so`).
    public var code: String { rawValue }

    /// The Vietnamese name shown to residents.
    public var vietnameseName: String {
        switch self {
        case .agriculture: "Nông nghiệp – khuyến nông"
        case .law: "Pháp luật"
        case .health: "Sức khỏe"
        case .digitalSkills: "Kỹ năng số"
        case .culture: "Văn hóa – đọc sách"
        case .foreignLanguages: "Ngoại ngữ"
        case .vocational: "Kỹ năng nghề"
        case .lifeSkills: "Kỹ năng sống"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .agriculture: "Agriculture and extension"
        case .law: "Law"
        case .health: "Health"
        case .digitalSkills: "Digital skills"
        case .culture: "Culture and reading"
        case .foreignLanguages: "Foreign languages"
        case .vocational: "Vocational skills"
        case .lifeSkills: "Life skills"
        }
    }
}
