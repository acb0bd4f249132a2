/// Someone with an account: a resident, or staff who also sign in by phone.
public struct Person: Sendable, Equatable {
    public var id: Int64
    public var phone: PhoneNumber
    public var fullName: String
    public var birthYear: Int?
    public var sex: Sex?
    public var group: TargetGroup?
    public var villageID: Int64?
    public var role: Role
    /// Unix seconds when the person agreed to the processing of their data.
    public var consentAt: Int64
    /// Who registered this person on their behalf (assisted registration), if anyone.
    public var registeredBy: Int64?
    /// The household staff linked this person to, if any.
    public var householdID: Int64?
    /// The head of household as the person wrote it (staff use it to link the household).
    public var householdHead: String
    public var ethnicity: String
    /// Only present when the person gave it.
    public var citizenID: CitizenID?

    public init(id: Int64, phone: PhoneNumber, fullName: String, birthYear: Int?, sex: Sex?,
                group: TargetGroup?, villageID: Int64? = nil, role: Role, consentAt: Int64, registeredBy: Int64?,
                householdID: Int64? = nil, householdHead: String = "", ethnicity: String = "", citizenID: CitizenID? = nil) {
        self.id = id
        self.phone = phone
        self.fullName = fullName
        self.birthYear = birthYear
        self.sex = sex
        self.group = group
        self.villageID = villageID
        self.role = role
        self.consentAt = consentAt
        self.registeredBy = registeredBy
        self.householdID = householdID
        self.householdHead = householdHead
        self.ethnicity = ethnicity
        self.citizenID = citizenID
    }
}

/// Sex as forms ask it.
public enum Sex: String, CaseIterable, Sendable {
    case male = "nam"
    case female = "nu"
    case other = "khac"

    public var vietnameseName: String {
        switch self {
        case .male: "Nam"
        case .female: "Nữ"
        case .other: "Khác"
        }
    }

    public var englishName: String {
        switch self {
        case .male: "Male"
        case .female: "Female"
        case .other: "Other"
        }
    }
}

/// How long a sign-in lasts. Times are unix seconds, passed in (never read from a clock here).
public enum SessionPolicy {
    /// Residents on their own phones stay signed in a while; staff sessions end sooner.
    public static func idleLimit(for role: Role) -> Int64 { role >= .staff ? 12 * 3600 : 14 * 24 * 3600 }
    public static let absoluteLimit: Int64 = 60 * 24 * 3600

    public static func isValid(createdAt: Int64, lastSeenAt: Int64, role: Role, now: Int64) -> Bool {
        now - lastSeenAt <= idleLimit(for: role) && now - createdAt <= absoluteLimit
    }
}
