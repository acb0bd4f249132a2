import Domain
import Storage
import Views

/// The form's side of `PersonDetails`: the same fields checked the same way on sign-up,
/// editing one's own record and staff editing a resident.
extension PersonDetails {
    /// The checked details, or nil with each field's error written into `state`.
    static func read(_ fields: FormFields, villages: [Village], thisYear: Int, strings: Strings,
                     state: inout FormState) -> PersonDetails? {
        let account = strings.account
        let phone = PhoneNumber(fields["phone"])
        if phone == nil { state.errors["phone"] = account.errorPhone }
        let name = fields.text("name")
        if name.isEmpty || name.count > 100 { state.errors["name"] = account.errorName }
        var birthYear: Int?
        if !fields["birth-year"].isEmpty {
            birthYear = Int(fields["birth-year"]).flatMap { (1900...thisYear).contains($0) ? $0 : nil }
            if birthYear == nil { state.errors["birth-year"] = account.errorBirthYear }
        }
        // Reports count by village, so once the commune's villages are listed one is required.
        let village = villages.first { String($0.id) == fields["village"] }
        if !villages.isEmpty, village == nil { state.errors["village"] = account.errorVillage }
        let householdHead = fields.text("household-head")
        if householdHead.count > 100 { state.errors["household-head"] = strings.profile.errorHouseholdHead }
        let ethnicity = fields.text("ethnicity")
        if ethnicity.count > 40 { state.errors["ethnicity"] = strings.profile.errorEthnicity }
        // Kept only when given: an empty box means "I prefer not to say".
        let citizenText = fields["citizen-id"].trimmingSpaces
        let citizenID = CitizenID(citizenText)
        if !citizenText.isEmpty, citizenID == nil { state.errors["citizen-id"] = strings.profile.errorCitizenID }
        guard state.errors.isEmpty, let phone else { return nil }
        return PersonDetails(
            phone: phone, fullName: name, birthYear: birthYear, sex: Sex(rawValue: fields["sex"]),
            group: Int(fields["group"]).flatMap(TargetGroup.init(number:)), villageID: village?.id,
            householdHead: householdHead, ethnicity: ethnicity, citizenID: citizenID)
    }
}
