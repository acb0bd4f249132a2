import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/can-bo`: the staff list; POST gives the account with a phone number a role.
    func staffAccounts(_ exchange: Exchange) throws -> Response {
        guard exchange.request.method == "POST" else { return try staffPage(exchange) }
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        var state = FormState(values: ["phone": fields["phone"], "role": fields["role"]])
        let phone = PhoneNumber(fields["phone"])
        if phone == nil { state.errors["phone"] = strings.account.errorPhone }
        let role = Role(rawValue: fields["role"])
        if role == nil { state.errors["role"] = strings.centre.errorRole }
        guard let phone, let role else { return try staffPage(exchange, form: state, status: 422) }
        do {
            let person = try database.changeRole(phone: phone, to: role, by: try actor(exchange))
            return try staffPage(exchange, notice: strings.centre.roleChanged(person.fullName, strings.account.roleName(role)))
        } catch RoleChangeError.noSuchPerson {
            state.errors["phone"] = strings.account.errorUnknownPhone
        } catch RoleChangeError.ownRoleLowered {
            state.message = strings.centre.errorOwnRole
        } catch RoleChangeError.lastAdministrator {
            state.message = strings.centre.errorLastAdministrator
        }
        return try staffPage(exchange, form: state, status: 422)
    }

    private func staffPage(_ exchange: Exchange, form: FormState = FormState(), notice: String? = nil, status: Int = 200) throws -> Response {
        let view = StaffPage(staff: try database.staffMembers(), villages: try database.villages(), form: form, notice: notice)
        return page(view.render(exchange.context), status: status)
    }
}
