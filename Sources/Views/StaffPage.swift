import Domain
import Routes

/// `/quan-tri/can-bo`: who has more than a resident's role, and a form to give or take a role.
public struct StaffPage: Sendable {
    public var staff: [Person]
    public var villages: [Village]
    public var form: FormState
    public var notice: String?

    public init(staff: [Person], villages: [Village], form: FormState = FormState(), notice: String? = nil) {
        self.staff = staff
        self.villages = villages
        self.form = form
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.centre
        let account = context.strings.account
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        let rows = staff.map { person -> HTML in
            """
            <tr><td>\(person.fullName)</td><td>\(person.phone.description)</td><td>\(account.roleName(person.role))</td>\
            <td>\(person.villageID.flatMap { names[$0] } ?? "—")</td></tr>
            """
        }
        let table: HTML = staff.isEmpty ? "<p>\(strings.noStaff)</p>" : """
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(account.fullName)</th><th scope="col">\(account.phone)</th><th scope="col">\(account.role)</th>\
            <th scope="col">\(account.village)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let chosen = form["role"]
        let roles = [HTML("<option value=\"\">\(strings.chooseRole)</option>")] + Role.allCases.map { role -> HTML in
            let selected: HTML = chosen == role.rawValue ? " selected" : ""
            return "<option value=\"\(role.rawValue)\"\(selected)>\(account.roleName(role))</option>"
        }
        let roleError: HTML = form.errors["role"].map { "<p class=\"field-error\" id=\"role-loi\">\($0)</p>" } ?? ""
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (strings.staff, nil)], strings: context.strings))
        <h1>\(strings.staff)</h1>
        <p class="lead">\(strings.staffLead)</p>
        \(noticeHTML)
        \(table)
        <h2>\(strings.giveRole)</h2>
        <p>\(strings.giveRoleLead)</p>
        \(Forms.summary(form.message))
        <form class="narrow" action="\(Route.adminStaff.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(Forms.field("phone", label: account.phone, value: form["phone"], type: "tel", error: form.errors["phone"],
                      attributes: " inputmode=\"tel\" autocomplete=\"off\" required"))
        <div class="field"><label for="role">\(account.role)</label>\(roleError)<select id="role" name="role" required\(form.errors["role"] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"role-loi\"" as HTML)>\(roles)</select></div>
        <button type="submit">\(strings.giveRole)</button>
        </form>
        """
        return Layout.render(Document(title: strings.staff, description: strings.staffLead, body: body), context: context)
    }
}
