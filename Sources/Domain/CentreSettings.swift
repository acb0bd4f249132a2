/// The centre's own facts, set by an administrator: shown in every page's header and footer
/// and on printouts, so they must win over the names given at start-up.
public struct CentreSettings: Sendable, Equatable {
    public var communeName: String
    public var centreName: String
    public var address: String
    public var phone: PhoneNumber?
    /// The director or person in charge (giám đốc, phụ trách), for signatures on printouts.
    public var director: String

    public init(communeName: String, centreName: String, address: String = "", phone: PhoneNumber? = nil, director: String = "") {
        self.communeName = communeName
        self.centreName = centreName
        self.address = address
        self.phone = phone
        self.director = director
    }

    /// The fields of the settings form.
    public enum Field: String, CaseIterable, Sendable {
        case communeName, centreName, address, phone, director
    }

    /// Why a field was refused.
    public enum Problem: Sendable, Equatable {
        case required
        case tooLong
        case invalidPhone
    }

    /// The longest text any field accepts.
    public static let maxLength = 120

    /// Checks the text typed in the form (already trimmed): the settings, or each field's problem.
    /// The two names are required because every page's header shows them.
    public static func validate(communeName: String, centreName: String, address: String, phone: String,
                                director: String) -> Result<CentreSettings, Problems> {
        var problems: [Field: Problem] = [:]
        for (field, text) in [(Field.communeName, communeName), (.centreName, centreName)] where text.isEmpty {
            problems[field] = .required
        }
        for (field, text) in [(Field.communeName, communeName), (.centreName, centreName), (.address, address),
                              (.director, director)] where text.count > maxLength {
            problems[field] = .tooLong
        }
        let number = PhoneNumber(phone)
        if !phone.isEmpty, number == nil { problems[.phone] = .invalidPhone }
        guard problems.isEmpty else { return .failure(Problems(byField: problems)) }
        return .success(CentreSettings(communeName: communeName, centreName: centreName, address: address,
                                       phone: number, director: director))
    }

    /// Every problem of a refused form, by field.
    public struct Problems: Error, Sendable, Equatable {
        public var byField: [Field: Problem]
    }
}
