import Domain
import Routes

/// `/quan-tri/thon`: the villages, and a form to add one.
public struct VillagesPage: Sendable {
    public var villages: [Village]
    public var form: FormState

    public init(villages: [Village], form: FormState = FormState()) {
        self.villages = villages
        self.form = form
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.admin
        let rows = villages.map { village -> HTML in
            """
            <tr><td>\(village.displayName)</td><td>\(village.formerNames.joined(separator: "; "))</td>\
            <td><a href="\(Route.adminVillage(id: village.id).link)">\(strings.edit)</a></td></tr>
            """
        }
        let list: HTML = villages.isEmpty ? "<p>\(strings.noVillages)</p>" : """
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(strings.villageName)</th><th scope="col">\(strings.formerNames)</th><th scope="col"><span class="visually-hidden">\(strings.edit)</span></th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.villages, nil)], strings: context.strings))
        <h1>\(strings.villages)</h1>
        <p class="lead">\(strings.villagesLead)</p>
        \(list)
        <h2>\(strings.addVillage)</h2>
        \(VillageForm(action: .adminVillages, form: form, submit: strings.addVillage).render(context))
        """
        return Layout.render(Document(title: strings.villages, description: strings.villagesLead, body: body), context: context)
    }
}

/// `/quan-tri/thon/{id}`: rename a village or change its kind.
public struct VillagePage: Sendable {
    public var village: Village
    /// The other villages, which this one can be merged into.
    public var others: [Village]
    public var form: FormState
    public var notice: String?

    public init(village: Village, others: [Village], form: FormState? = nil, notice: String? = nil) {
        self.village = village
        self.others = others
        self.form = form ?? FormState(values: ["name": village.name, "kind": village.kind.rawValue])
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.admin
        let former: HTML = village.formerNames.isEmpty ? "" : "<p>\(strings.formerNames): \(village.formerNames.joined(separator: "; "))</p>"
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.villages, .adminVillages), (village.displayName, nil)], strings: context.strings))
        <h1>\(village.displayName)</h1>
        \(noticeHTML)\(former)
        \(VillageForm(action: .adminVillage(id: village.id), form: form, submit: strings.save).render(context))
        \(mergeForm(context))
        """
        return Layout.render(Document(title: village.displayName, description: strings.villagesLead, body: body), context: context)
    }
}

extension VillagePage {
    private func mergeForm(_ context: PageContext) -> HTML {
        guard !others.isEmpty else { return "" }
        let strings = context.strings.admin
        let options = [HTML("<option value=\"\"></option>")] + others.map { other -> HTML in
            "<option value=\"\(other.id)\">\(other.displayName)</option>"
        }
        let error: HTML = form.errors["into"].map { "<p class=\"field-error\" id=\"into-loi\">\($0)</p>" } ?? ""
        return """
        <h2>\(strings.mergeHeading)</h2>
        <form class="narrow" action="\(Route.adminVillage(id: village.id).link)" method="post">
        \(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="merge">
        <p class="hint">\(strings.mergeHint)</p>
        <div class="field"><label for="into">\(strings.mergeInto)</label>\(error)<select id="into" name="into" required>\(options)</select></div>
        <button type="submit" class="secondary">\(strings.mergeSubmit)</button>
        </form>
        """
    }
}

/// The name-and-kind form both village pages use.
struct VillageForm {
    var action: Route
    var form: FormState
    var submit: String

    func render(_ context: PageContext) -> HTML {
        let strings = context.strings.admin
        let kinds = Village.Kind.allCases.map { kind -> HTML in
            let selected: HTML = (form["kind"].isEmpty ? Village.Kind.thon.rawValue : form["kind"]) == kind.rawValue ? " selected" : ""
            return "<option value=\"\(kind.rawValue)\"\(selected)>\(kind.title)</option>"
        }
        return """
        <form class="narrow" action="\(action.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        <div class="field"><label for="kind">\(strings.villageKind)</label><select id="kind" name="kind">\(kinds)</select></div>
        \(Forms.field("name", label: strings.villageName, value: form["name"], error: form.errors["name"], attributes: " maxlength=\"100\" required"))
        <button type="submit">\(submit)</button>
        </form>
        """
    }
}

/// `/quan-tri/nhat-ky`: the newest changes first.
public struct AuditLogPage: Sendable {
    public struct Entry: Sendable {
        public var at: Int64
        public var actor: String
        public var address: String
        public var what: String
        public var change: String

        public init(at: Int64, actor: String, address: String, what: String, change: String) {
            self.at = at
            self.actor = actor
            self.address = address
            self.what = what
            self.change = change
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.admin
        let rows = entries.map { entry -> HTML in
            "<tr><td>\(context.strings.dateAndTime(entry.at))</td><td>\(entry.actor)</td><td>\(entry.address)</td><td>\(entry.what)</td><td>\(entry.change)</td></tr>"
        }
        let table: HTML = entries.isEmpty ? "<p>\(strings.auditEmpty)</p>" : """
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(strings.auditWhen)</th><th scope="col">\(strings.auditWho)</th><th scope="col">\(strings.auditWhere)</th><th scope="col">\(strings.auditWhat)</th><th scope="col">\(strings.auditChange)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let body: HTML = """
        \(Components.breadcrumb([(context.strings.account.admin, .adminDashboard), (strings.auditLog, nil)], strings: context.strings))
        <h1>\(strings.auditLog)</h1>
        <p class="lead">\(strings.auditLead)</p>
        \(table)
        """
        return Layout.render(Document(title: strings.auditLog, description: strings.auditLead, body: body), context: context)
    }
}
