import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// Who is making a staff change, for the audit log.
    func actor(_ exchange: Exchange) throws -> Actor {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        return Actor(personID: person.id, address: exchange.request.clientAddress ?? "-", now: clock())
    }

    /// `/quan-tri/thon`: the list; POST adds a village and comes back to the list.
    func villages(_ exchange: Exchange) throws -> Response {
        guard exchange.request.method == "POST" else {
            return page(VillagesPage(villages: try database.villages()).render(exchange.context))
        }
        let (name, kind, state) = villageFields(exchange)
        guard state.errors.isEmpty else {
            return page(VillagesPage(villages: try database.villages(), form: state).render(exchange.context), status: 422)
        }
        do {
            try database.createVillage(name: name, kind: kind, by: try actor(exchange))
            return redirect(to: .adminVillages)
        } catch VillageError.nameTaken {
            var taken = state
            taken.errors["name"] = exchange.context.strings.admin.errorVillageTaken
            return page(VillagesPage(villages: try database.villages(), form: taken).render(exchange.context), status: 422)
        }
    }

    /// `/quan-tri/thon/{id}`: the form; POST renames, keeping the old name, or merges the
    /// village into another.
    func village(_ exchange: Exchange, id: Int64) throws -> Response {
        guard let village = try database.village(id: id) else { throw PageFailure(status: 404) }
        let others = try database.villages().filter { $0.id != id }
        guard exchange.request.method == "POST" else {
            return page(VillagePage(village: village, others: others).render(exchange.context))
        }
        let strings = exchange.context.strings.admin
        if FormFields(exchange.form)["action"] == "merge" {
            guard let target = others.first(where: { String($0.id) == FormFields(exchange.form)["into"] }) else {
                let state = FormState(values: ["name": village.name, "kind": village.kind.rawValue], errors: ["into": strings.errorMergeTarget])
                return page(VillagePage(village: village, others: others, form: state).render(exchange.context), status: 422)
            }
            let (merged, moved) = try database.mergeVillage(id: id, into: target.id, by: try actor(exchange))
            let remaining = try database.villages().filter { $0.id != merged.id }
            return page(VillagePage(village: merged, others: remaining, notice: strings.merged(village.displayName, moved))
                .render(exchange.context))
        }
        let (name, kind, state) = villageFields(exchange)
        guard state.errors.isEmpty else {
            return page(VillagePage(village: village, others: others, form: state).render(exchange.context), status: 422)
        }
        do {
            let renamed = try database.renameVillage(id: id, to: name, kind: kind, by: try actor(exchange))
            return page(VillagePage(village: renamed, others: others, notice: strings.villageSaved).render(exchange.context))
        } catch VillageError.nameTaken {
            var taken = state
            taken.errors["name"] = strings.errorVillageTaken
            return page(VillagePage(village: village, others: others, form: taken).render(exchange.context), status: 422)
        }
    }

    /// `/quan-tri/nhat-ky`: the newest 200 changes.
    func auditLog(_ exchange: Exchange) throws -> Response {
        let strings = exchange.context.strings.admin
        let entries = try database.auditEntries().map { entry in
            let before = entry.before.map(Self.describe) ?? "—"
            let after = entry.after.map(Self.describe) ?? "—"
            return AuditLogPage.Entry(
                at: entry.at, actor: entry.actorName ?? "—", address: entry.address,
                what: "\(strings.auditAction(entry.action)): \(entry.entity) #\(entry.entityID.map(String.init) ?? "—")",
                change: "\(before) → \(after)")
        }
        return page(AuditLogPage(entries: entries).render(exchange.context))
    }

    private static func describe(_ fields: [String: String]) -> String {
        fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    private func villageFields(_ exchange: Exchange) -> (String, Village.Kind, FormState) {
        let fields = FormFields(exchange.form)
        let name = fields["name"].trimmingSpaces
        let kind = Village.Kind(rawValue: fields["kind"]) ?? .thon
        var state = FormState(values: ["name": fields["name"], "kind": kind.rawValue])
        if name.isEmpty || name.count > 100 { state.errors["name"] = exchange.context.strings.admin.errorVillageName }
        return (name, kind, state)
    }
}
