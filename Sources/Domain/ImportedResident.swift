/// One resident read from an import file and checked: ready to become an account.
public struct ImportedResident: Sendable, Equatable {
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
}
