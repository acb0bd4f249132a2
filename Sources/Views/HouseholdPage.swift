import Domain
import Routes

/// `/quan-tri/ho/{id}`: a household's facts, its members, and the people who probably belong to it.
public struct HouseholdPage: Sendable {
    public var household: Household
    public var members: [Person]
    public var suggestions: [Person]
    public var villages: [Village]
    /// The facts form (after a failed save) and the add-member form (after a refused phone).
    public var form: FormState
    public var memberForm: FormState
    public var notice: String?

    public init(household: Household, members: [Person], suggestions: [Person], villages: [Village],
                form: FormState? = nil, memberForm: FormState = FormState(), notice: String? = nil) {
        self.household = household
        self.members = members
        self.suggestions = suggestions
        self.villages = villages
        self.form = form ?? FormState(values: ["head": household.headName, "village": household.villageID.map(String.init) ?? "",
                                               "address": household.address])
        self.memberForm = memberForm
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.centre
        let account = context.strings.account
        let route = Route.adminHousehold(id: household.id)
        let title = strings.householdTitle(household.headName)
        let village = household.villageID.flatMap { id in villages.first { $0.id == id } }
        let place = [village?.displayName, household.address.isEmpty ? nil : household.address].compactMap { $0 }
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let memberRows = members.map { person -> HTML in
            let button = MemberButton(route: route, action: "remove-member", person: person,
                                      label: strings.removeMember, accessibleLabel: strings.removeMemberOf(person.fullName), secondary: true)
            return "<tr><td>\(name(person))</td><td>\(person.phone.description)</td><td>\(person.birthYear.map(String.init) ?? "—")</td><td>\(button.render(context))</td></tr>"
        }
        let memberTable: HTML = members.isEmpty ? "<p>\(strings.noMembers)</p>" : """
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(account.fullName)</th><th scope="col">\(account.phone)</th><th scope="col">\(account.birthYear)</th>\
            <th scope="col"><span class="visually-hidden">\(strings.removeMember)</span></th></tr></thead>
            <tbody>\(memberRows)</tbody></table></div>
            """
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (strings.households, .adminHouseholds(villageID: nil, page: 1)), (title, nil)], strings: context.strings))
        <h1>\(title)</h1>
        \(noticeHTML)\(place.isEmpty ? "" : "<p class=\"meta\">\(place.joined(separator: " · "))</p>" as HTML)
        <h2>\(strings.members)</h2>
        \(memberTable)
        <h2>\(strings.addMember)</h2>
        <form class="narrow" action="\(route.link)" method="post">
        \(Forms.csrf(context.csrfToken))<input type="hidden" name="action" value="add-member">
        \(Forms.field("phone", label: account.phone, value: memberForm["phone"], type: "tel", error: memberForm.errors["phone"],
                      hint: strings.addMemberHint, attributes: " inputmode=\"tel\" autocomplete=\"off\" required"))
        <button type="submit">\(strings.add)</button>
        </form>
        \(suggestionList(context))
        <h2>\(strings.householdDetails)</h2>
        \(HouseholdForm(action: route, form: form, villages: villages, submit: context.strings.admin.save, formAction: "save").render(context))
        """
        return Layout.render(Document(title: title, description: strings.householdsLead, body: body), context: context)
    }

    private func name(_ person: Person) -> HTML {
        "<a href=\"\(Route.adminResident(id: person.id).link)\">\(person.fullName)</a>"
    }

    /// Residents who declared this head at registration, each with a one-tap "add".
    private func suggestionList(_ context: PageContext) -> HTML {
        let strings = context.strings.centre
        let account = context.strings.account
        let rows = suggestions.map { person -> HTML in
            let button = MemberButton(route: .adminHousehold(id: household.id), action: "add-member", person: person,
                                      label: strings.add, accessibleLabel: strings.addNamed(person.fullName), secondary: false)
            return """
            <tr><td>\(name(person))</td><td>\(person.phone.description)</td><td>\(person.birthYear.map(String.init) ?? "—")</td>\
            <td>\(person.householdHead)</td><td>\(button.render(context))</td></tr>
            """
        }
        let table: HTML = suggestions.isEmpty ? "<p>\(strings.noSuggestions)</p>" : """
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(account.fullName)</th><th scope="col">\(account.phone)</th><th scope="col">\(account.birthYear)</th>\
            <th scope="col">\(strings.declaredHead)</th><th scope="col"><span class="visually-hidden">\(strings.add)</span></th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return """
        <h2>\(strings.suggestions)</h2>
        <p>\(strings.suggestionsLead(household.headName))</p>
        \(table)
        """
    }
}

/// A one-button form acting on one person of the household (add a suggestion, remove a member).
struct MemberButton {
    var route: Route
    var action: String
    var person: Person
    var label: String
    /// The label followed by the person's name, so a screen reader's list of buttons is not
    /// "Remove, Remove, Remove" and voice control still finds the visible words.
    var accessibleLabel: String
    var secondary: Bool

    func render(_ context: PageContext) -> HTML {
        """
        <form class="row-action" action="\(route.link)" method="post">\(Forms.csrf(context.csrfToken))\
        <input type="hidden" name="action" value="\(action)"><input type="hidden" name="person" value="\(person.id)">\
        <button type="submit"\(secondary ? " class=\"secondary\"" : "" as HTML) aria-label="\(accessibleLabel)">\(label)</button></form>
        """
    }
}
