import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/ho`: one page of households; POST creates one and opens it.
    func households(_ exchange: Exchange, villageID: Int64?, page: Int) throws -> Response {
        let villages = try database.villages()
        guard exchange.request.method == "POST" else {
            return try householdsPage(exchange, villageID: villageID, page: page, villages: villages)
        }
        let (facts, state) = householdFacts(exchange, villages: villages)
        guard let facts else {
            return try householdsPage(exchange, villageID: nil, page: 1, villages: villages, form: state, status: 422)
        }
        let household = try database.createHousehold(headName: facts.headName, villageID: facts.villageID,
                                                     address: facts.address, by: try actor(exchange))
        return redirect(to: .adminHousehold(id: household.id))
    }

    /// `/quan-tri/ho/{id}`: the household; POSTs save its facts, add a member or remove one
    /// (the form's `action` field says which).
    func household(_ exchange: Exchange, id: Int64) throws -> Response {
        guard let household = try database.household(id: id) else { throw PageFailure(status: 404) }
        let villages = try database.villages()
        guard exchange.request.method == "POST" else {
            return try householdPage(exchange, household, villages: villages)
        }
        let fields = FormFields(exchange.form)
        switch fields["action"] {
        case "save":
            let (facts, state) = householdFacts(exchange, villages: villages)
            guard var facts else { return try householdPage(exchange, household, villages: villages, form: state, status: 422) }
            facts.id = id
            let saved = try database.updateHousehold(facts, by: try actor(exchange))
            return try householdPage(exchange, saved, villages: villages, notice: exchange.context.strings.centre.saved)
        case "add-member":
            return try addMember(exchange, to: household, villages: villages)
        case "remove-member":
            guard let personID = Int64(fields["person"]) else { throw PageFailure(status: 400) }
            do {
                try database.removeHouseholdMember(personID: personID, from: id, by: try actor(exchange))
            } catch HouseholdError.noSuchPerson {
                // Already removed (a second tap, another staff member): the page shows how things are.
            }
            return redirect(to: .adminHousehold(id: id))
        default:
            throw PageFailure(status: 400)
        }
    }

    /// Adds the suggested person (`person`) or the account with the typed phone number.
    private func addMember(_ exchange: Exchange, to household: Household, villages: [Village]) throws -> Response {
        let fields = FormFields(exchange.form)
        let strings = exchange.context.strings
        var state = FormState(values: ["phone": fields["phone"]])
        do {
            if let personID = Int64(fields["person"]) {
                try database.addHouseholdMember(personID: personID, to: household.id, by: try actor(exchange))
            } else if let phone = PhoneNumber(fields["phone"]) {
                try database.addHouseholdMember(phone: phone, to: household.id, by: try actor(exchange))
            } else {
                state.errors["phone"] = strings.account.errorPhone
            }
        } catch HouseholdError.noSuchPerson {
            state.errors["phone"] = strings.account.errorUnknownPhone
        } catch HouseholdError.alreadyMember {
            state.errors["phone"] = strings.centre.errorAlreadyMember
        } catch HouseholdError.inAnotherHousehold(let other) {
            let village = other.villageID.flatMap { id in villages.first { $0.id == id }?.displayName }
            state.errors["phone"] = strings.centre.errorInAnotherHousehold(other.headName, village)
        }
        guard state.errors.isEmpty else {
            return try householdPage(exchange, household, villages: villages, memberForm: state, status: 422)
        }
        return redirect(to: .adminHousehold(id: household.id))
    }

    private func householdsPage(_ exchange: Exchange, villageID: Int64?, page: Int, villages: [Village],
                                form: FormState = FormState(), status: Int = 200) throws -> Response {
        let perPage = HouseholdsPage.perPage
        var (rows, total) = try database.households(villageID: villageID, limit: perPage, offset: (page - 1) * perPage)
        var shown = page
        if rows.isEmpty, total > 0 {
            // A page past the end (an old link): show the last one.
            shown = (total + perPage - 1) / perPage
            (rows, total) = try database.households(villageID: villageID, limit: perPage, offset: (shown - 1) * perPage)
        }
        let listed = rows.map { (household: $0.household, memberCount: $0.memberCount) }
        return self.page(HouseholdsPage(villageID: villageID, page: shown, households: listed, total: total,
                                        villages: villages, form: form).render(exchange.context), status: status)
    }

    private func householdPage(_ exchange: Exchange, _ household: Household, villages: [Village], form: FormState? = nil,
                               memberForm: FormState = FormState(), notice: String? = nil, status: Int = 200) throws -> Response {
        let view = HouseholdPage(household: household, members: try database.householdMembers(of: household.id),
                                 suggestions: try database.householdSuggestions(for: household), villages: villages,
                                 form: form, memberForm: memberForm, notice: notice)
        return page(view.render(exchange.context), status: status)
    }

    /// The head, village and address fields, checked: a household (id 0 until stored), or the form with its errors.
    private func householdFacts(_ exchange: Exchange, villages: [Village]) -> (Household?, FormState) {
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        let head = fields.text("head")
        let address = fields.text("address")
        var state = FormState(values: ["head": fields["head"], "village": fields["village"], "address": fields["address"]])
        if head.isEmpty || head.count > Household.maxLength { state.errors["head"] = strings.centre.errorHeadName }
        if address.count > Household.maxLength { state.errors["address"] = strings.centre.errorAddress }
        // Reports count by village, so once the commune's villages are listed one is required.
        let village = villages.first { String($0.id) == fields["village"] }
        if !villages.isEmpty, village == nil { state.errors["village"] = strings.centre.errorVillage }
        guard state.errors.isEmpty else { return (nil, state) }
        return (Household(id: 0, headName: head, villageID: village?.id, address: address), state)
    }
}
