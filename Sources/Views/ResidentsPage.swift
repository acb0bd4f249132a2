import Domain
import Routes

/// `/quan-tri/nguoi-dan`: residents found by name or phone, filtered by village and group.
public struct ResidentsPage: Sendable {
    public var query: ResidentQuery
    public var people: [Person]
    public var total: Int
    public var villages: [Village]
    public static let perPage = 25

    public init(query: ResidentQuery, people: [Person], total: Int, villages: [Village]) {
        self.query = query
        self.people = people
        self.total = total
        self.villages = villages
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.admin
        let account = context.strings.account
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        let villageOptions = [HTML("<option value=\"\">\(strings.allVillages)</option>")] + villages.map { village -> HTML in
            let selected: HTML = query.villageID == village.id ? " selected" : ""
            return "<option value=\"\(village.id)\"\(selected)>\(village.displayName)</option>"
        }
        let groupOptions = [HTML("<option value=\"\">\(strings.allGroups)</option>")] + TargetGroup.all.map { group -> HTML in
            let selected: HTML = query.group == group ? " selected" : ""
            return "<option value=\"\(group.number)\"\(selected)>\(group.number). \(context.strings.groupName(group))</option>"
        }
        let rows = people.map { person -> HTML in
            """
            <tr><td><a href="\(Route.adminResident(id: person.id).link)">\(person.fullName)</a></td><td>\(person.phone.description)</td>\
            <td>\(person.villageID.flatMap { names[$0] } ?? "—")</td><td>\(person.group.map { String($0.number) } ?? "—")</td>\
            <td>\(person.birthYear.map(String.init) ?? "—")</td></tr>
            """
        }
        let table: HTML = people.isEmpty ? "<p>\(strings.noResidents)</p>" : """
            <p class="meta">\(strings.residentCount(total))</p>
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(account.fullName)</th><th scope="col">\(account.phone)</th><th scope="col">\(account.village)</th>\
            <th scope="col">\(account.group)</th><th scope="col">\(account.birthYear)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let pages = max(1, (total + Self.perPage - 1) / Self.perPage)
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (strings.residents, nil)], strings: context.strings))
        <h1>\(strings.residents)</h1>
        <p class="lead">\(strings.residentsLead)</p>
        <form class="filters" action="\(Route.adminResidents(ResidentQuery()).link)" method="get">
        \(Forms.field("q", label: strings.searchName, value: query.text, type: "search", attributes: " autocomplete=\"off\""))
        <div class="field"><label for="thon">\(account.village)</label><select id="thon" name="thon">\(villageOptions)</select></div>
        <div class="field"><label for="nhom">\(account.group)</label><select id="nhom" name="nhom">\(groupOptions)</select></div>
        <button type="submit">\(strings.filter)</button>
        </form>
        \(table)
        \(Components.pagination(page: min(query.page, pages), pages: pages, strings: context.strings) { page in
            var next = query
            next.page = page
            return .adminResidents(next)
        })
        <p><a href="\(Route.adminResidentsCSV.link)">\(strings.exportCSV)</a> · <a href="\(Route.adminAssistedRegistration.link)">\(account.assistedTitle)</a> · \
        <a href="\(Route.adminImport.link)">\(context.strings.residentImport.title)</a></p>
        """
        return Layout.render(Document(title: strings.residents, description: strings.residentsLead, body: body), context: context)
    }
}
