/// The facts about a person that registration, editing a record and importing a list all
/// ask, checked: ready to become an account or to replace a record's facts.
public struct PersonDetails: Sendable, Equatable {
    public var phone: PhoneNumber
    public var fullName: String
    public var birthYear: Int?
    public var sex: Sex?
    public var group: TargetGroup?
    public var villageID: Int64?
    public var householdHead: String
    public var ethnicity: String
    public var citizenID: CitizenID?

    public init(phone: PhoneNumber, fullName: String, birthYear: Int? = nil, sex: Sex? = nil, group: TargetGroup? = nil,
                villageID: Int64? = nil, householdHead: String = "", ethnicity: String = "", citizenID: CitizenID? = nil) {
        self.phone = phone
        self.fullName = fullName
        self.birthYear = birthYear
        self.sex = sex
        self.group = group
        self.villageID = villageID
        self.householdHead = householdHead
        self.ethnicity = ethnicity
        self.citizenID = citizenID
    }

    /// `person` with these facts; the role, consent and household link stay as they were.
    public func applied(to person: Person) -> Person {
        var edited = person
        edited.phone = phone
        edited.fullName = fullName
        edited.birthYear = birthYear
        edited.sex = sex
        edited.group = group
        edited.villageID = villageID
        edited.householdHead = householdHead
        edited.ethnicity = ethnicity
        edited.citizenID = citizenID
        return edited
    }
}
