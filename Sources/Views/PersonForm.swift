import Domain

/// The fields about a person that sign-up, editing one's own record and staff editing a
/// resident share, so the three forms ask the same things the same way.
enum PersonForm {
    /// The phone field: the account's sign-in name.
    static func phone(_ form: FormState, strings: AccountStrings) -> HTML {
        Forms.field("phone", label: strings.phone, value: form["phone"], type: "tel", error: form.errors["phone"],
                    hint: strings.phoneHint, attributes: " autocomplete=\"tel\" inputmode=\"tel\" required")
    }

    /// Name, birth year, village, sex and group, then the optional household, ethnicity and CCCD.
    static func details(_ form: FormState, villages: [Village], context: PageContext) -> HTML {
        let strings = context.strings.account
        let profile = context.strings.profile
        let sexes = Sex.allCases.map { sex -> HTML in
            let checked: HTML = form["sex"] == sex.rawValue ? " checked" : ""
            return "<label class=\"choice\"><input type=\"radio\" name=\"sex\" value=\"\(sex.rawValue)\"\(checked)> \(strings.sexName(sex))</label>"
        }
        let groups = [HTML("<option value=\"\">\(strings.groupNone)</option>")] + TargetGroup.all.map { group -> HTML in
            let selected: HTML = form["group"] == String(group.number) ? " selected" : ""
            return "<option value=\"\(group.number)\"\(selected)>\(group.number). \(context.strings.groupName(group))</option>"
        }
        let villageOptions = [HTML("<option value=\"\">\(strings.villageNone)</option>")] + villages.map { village -> HTML in
            let selected: HTML = form["village"] == String(village.id) ? " selected" : ""
            return "<option value=\"\(village.id)\"\(selected)>\(village.displayName)</option>"
        }
        let villageError: HTML = form.errors["village"].map { "<p class=\"field-error\" id=\"village-loi\">\($0)</p>" } ?? ""
        let villageField: HTML = villages.isEmpty ? "" : """
            <div class="field"><label for="village">\(strings.village)</label>\(villageError)<select id="village" name="village" required>\(villageOptions)</select></div>
            """
        let ethnicities = commonEthnicities.map { HTML("<option value=\"\($0)\">") }
        return """
        \(Forms.field("name", label: strings.fullName, value: form["name"], error: form.errors["name"],
                      attributes: " autocomplete=\"name\" maxlength=\"100\" required"))
        \(Forms.field("birth-year", label: strings.birthYear, value: form["birth-year"], error: form.errors["birth-year"],
                      attributes: " inputmode=\"numeric\" maxlength=\"4\" autocomplete=\"bday-year\""))
        \(villageField)
        <fieldset class="field"><legend>\(strings.sex)</legend>\(sexes)</fieldset>
        <div class="field"><label for="group">\(strings.group)</label><select id="group" name="group">\(groups)</select></div>
        <fieldset class="optional"><legend>\(profile.optionalHeading)</legend>
        \(Forms.field("household-head", label: profile.householdHead, value: form["household-head"],
                      error: form.errors["household-head"], hint: profile.householdHeadHint, attributes: " maxlength=\"100\""))
        \(Forms.field("ethnicity", label: profile.ethnicity, value: form["ethnicity"], error: form.errors["ethnicity"],
                      hint: profile.ethnicityHint, attributes: " maxlength=\"40\" list=\"dan-toc\""))
        <datalist id="dan-toc">\(ethnicities)</datalist>
        \(Forms.field("citizen-id", label: profile.citizenID, value: form["citizen-id"], error: form.errors["citizen-id"],
                      hint: profile.citizenIDHint, attributes: " inputmode=\"numeric\" maxlength=\"15\" autocomplete=\"off\""))
        </fieldset>
        """
    }

    /// The form's values for an existing person, to edit them.
    static func values(of person: Person) -> [String: String] {
        [
            "phone": person.phone.digits, "name": person.fullName, "birth-year": person.birthYear.map(String.init) ?? "",
            "village": person.villageID.map(String.init) ?? "", "sex": person.sex?.rawValue ?? "",
            "group": person.group.map { String($0.number) } ?? "", "household-head": person.householdHead,
            "ethnicity": person.ethnicity, "citizen-id": person.citizenID?.digits ?? "",
        ]
    }

    /// Suggestions only: any name may be typed.
    private static let commonEthnicities = ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Chăm"]
}
