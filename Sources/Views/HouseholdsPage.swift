import Domain
import Routes

/// `/quan-tri/ho`: the households by village, and a form to add one.
public struct HouseholdsPage: Sendable {
    public var villageID: Int64?
    public var page: Int
    public var households: [(household: Household, memberCount: Int)]
    public var total: Int
    public var villages: [Village]
    public var form: FormState
    public static let perPage = 25

    public init(villageID: Int64?, page: Int, households: [(household: Household, memberCount: Int)], total: Int,
                villages: [Village], form: FormState = FormState()) {
        self.villageID = villageID
        self.page = page
        self.households = households
        self.total = total
        self.villages = villages
        self.form = form
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.centre
        let account = context.strings.account
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        let rows = households.map { row -> HTML in
            """
            <tr><td><a href="\(Route.adminHousehold(id: row.household.id).link)">\(row.household.headName)</a></td>\
            <td>\(row.household.villageID.flatMap { names[$0] } ?? "—")</td><td>\(row.memberCount)</td></tr>
            """
        }
        let table: HTML = households.isEmpty ? "<p>\(strings.noHouseholds)</p>" : """
            <p class="meta">\(total)</p>
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(strings.headName)</th><th scope="col">\(account.village)</th><th scope="col">\(strings.memberCount)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let pages = max(1, (total + Self.perPage - 1) / Self.perPage)
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (strings.households, nil)], strings: context.strings))
        <h1>\(strings.households)</h1>
        <p class="lead">\(strings.householdsLead)</p>
        \(villageFilter(context))
        \(table)
        \(Components.pagination(page: min(page, pages), pages: pages, strings: context.strings) { .adminHouseholds(villageID: villageID, page: $0) })
        <h2>\(strings.addHousehold)</h2>
        \(HouseholdForm(action: .adminHouseholds(villageID: nil, page: 1), form: form, villages: villages, submit: strings.addHousehold).render(context))
        """
        return Layout.render(Document(title: strings.households, description: strings.householdsLead, body: body), context: context)
    }

    /// A GET form choosing one village; nothing when the commune has not listed its villages.
    private func villageFilter(_ context: PageContext) -> HTML {
        guard !villages.isEmpty else { return "" }
        let options = [HTML("<option value=\"\">\(context.strings.admin.allVillages)</option>")] + villages.map { village -> HTML in
            let selected: HTML = villageID == village.id ? " selected" : ""
            return "<option value=\"\(village.id)\"\(selected)>\(village.displayName)</option>"
        }
        return """
        <form class="filters village-filter" action="\(Route.adminHouseholds(villageID: nil, page: 1).link)" method="get">
        <div class="field"><label for="thon">\(context.strings.account.village)</label><select id="thon" name="thon">\(options)</select></div>
        <button type="submit">\(context.strings.admin.filter)</button>
        </form>
        """
    }
}

/// The head, village and address form, for a new household and for changing one.
struct HouseholdForm {
    var action: Route
    var form: FormState
    var villages: [Village]
    var submit: String
    /// The `action` field telling the household page's posts apart; nil for the create form.
    var formAction: String? = nil

    func render(_ context: PageContext) -> HTML {
        let strings = context.strings.centre
        let account = context.strings.account
        let options = [HTML("<option value=\"\">\(strings.chooseVillage)</option>")] + villages.map { village -> HTML in
            let selected: HTML = form["village"] == String(village.id) ? " selected" : ""
            return "<option value=\"\(village.id)\"\(selected)>\(village.displayName)</option>"
        }
        let villageError: HTML = form.errors["village"].map { "<p class=\"field-error\" id=\"village-loi\">\($0)</p>" } ?? ""
        let invalid: HTML = form.errors["village"] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"village-loi\""
        // Reports count by village, so once the commune's villages are listed one is required.
        let villageField: HTML = villages.isEmpty ? "" : """
            <div class="field"><label for="village">\(account.village)</label>\(villageError)<select id="village" name="village" required\(invalid)>\(options)</select></div>
            """
        let hidden: HTML = formAction.map { "<input type=\"hidden\" name=\"action\" value=\"\($0)\">" } ?? ""
        return """
        <form class="narrow" action="\(action.path)" method="post">
        \(Forms.csrf(context.csrfToken))\(hidden)
        \(Forms.field("head", label: strings.headName, value: form["head"], error: form.errors["head"],
                      attributes: " maxlength=\"\(Household.maxLength)\" autocomplete=\"off\" required"))
        \(villageField)
        \(Forms.field("address", label: strings.address, value: form["address"], error: form.errors["address"],
                      attributes: " maxlength=\"\(Household.maxLength)\" autocomplete=\"off\""))
        <button type="submit">\(submit)</button>
        </form>
        """
    }
}
