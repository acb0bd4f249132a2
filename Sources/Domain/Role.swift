/// What a signed-in person may do. Each role includes the ones before it.
public enum Role: String, CaseIterable, Sendable, Comparable {
    case resident
    case instructor
    case staff
    case admin

    public var vietnameseName: String {
        switch self {
        case .resident: "Người dân"
        case .instructor: "Giảng viên, báo cáo viên"
        case .staff: "Cán bộ trung tâm"
        case .admin: "Quản trị"
        }
    }

    public var englishName: String {
        switch self {
        case .resident: "Resident"
        case .instructor: "Instructor"
        case .staff: "Centre staff"
        case .admin: "Administrator"
        }
    }

    private var rank: Int { Role.allCases.firstIndex(of: self)! }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
