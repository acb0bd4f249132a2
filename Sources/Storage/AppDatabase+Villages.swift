import Domain
import GRDB

/// Writes about villages that cannot be done as asked.
public enum VillageError: Error, Equatable {
    case nameTaken
    case notFound
}

extension AppDatabase {
    /// The villages in Vietnamese alphabetical order (diacritics folded).
    public func villages() throws -> [Village] {
        try writer.read { db in
            try db.decodeAll("SELECT * FROM village", StatementArguments(), AppDatabase.village(from:))
        }.sorted { (TextFolding.fold($0.name), $0.name) < (TextFolding.fold($1.name), $1.name) }
    }

    public func village(id: Int64) throws -> Village? {
        try writer.read { db in
            try db.decodeOne("SELECT * FROM village WHERE id = ?", [id], AppDatabase.village(from:))
        }
    }

    /// Adds a village; the audit log records who did it.
    @discardableResult
    public func createVillage(name: String, kind: Village.Kind, by actor: Actor) throws -> Village {
        try translatingUniqueness {
            try writer.write { db in
                try db.execute(sql: "INSERT INTO village (name, kind) VALUES (?, ?)", arguments: [name, kind.rawValue])
                let village = Village(id: db.lastInsertedRowID, name: name, kind: kind, formerNames: [])
                try AppDatabase.audit(db, actor: actor, entity: "village", id: village.id, action: "create",
                                      before: nil, after: AppDatabase.fields(of: village))
                return village
            }
        }
    }

    /// Renames a village (a merger, a new official name): the old name joins the former names.
    @discardableResult
    public func renameVillage(id: Int64, to name: String, kind: Village.Kind, by actor: Actor) throws -> Village {
        try translatingUniqueness {
            try writer.write { db in
                guard let old = try db.decodeOne("SELECT * FROM village WHERE id = ?", [id], AppDatabase.village(from:)) else {
                    throw VillageError.notFound
                }
                var new = old
                new.name = name
                new.kind = kind
                if old.name != name, !old.formerNames.contains(old.name) { new.formerNames.append(old.name) }
                try db.execute(sql: "UPDATE village SET name = ?, kind = ?, former_names = ? WHERE id = ?",
                               arguments: [new.name, kind.rawValue, new.formerNames.joined(separator: "\n"), id])
                try AppDatabase.audit(db, actor: actor, entity: "village", id: id, action: "update",
                                      before: AppDatabase.fields(of: old), after: AppDatabase.fields(of: new))
                return new
            }
        }
    }

    private func translatingUniqueness<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw VillageError.nameTaken
        }
    }

    /// Merges a village into another (the 2025 reorganisation merged many): its residents and
    /// households move, its names join the other's former names, and it is deleted, all in one
    /// transaction with the audit rows. Returns the merged village and how many people moved.
    public func mergeVillage(id: Int64, into targetID: Int64, by actor: Actor) throws -> (village: Village, moved: Int) {
        try writer.write { db in
            func fetch(_ id: Int64) throws -> Village? {
                try db.decodeOne("SELECT * FROM village WHERE id = ?", [id], AppDatabase.village(from:))
            }
            guard id != targetID, let source = try fetch(id), let target = try fetch(targetID) else { throw VillageError.notFound }
            try db.execute(sql: "UPDATE person SET village_id = ? WHERE village_id = ?", arguments: [targetID, id])
            let moved = db.changesCount
            try db.execute(sql: "UPDATE household SET village_id = ? WHERE village_id = ?", arguments: [targetID, id])
            var merged = target
            for name in [source.name] + source.formerNames where name != target.name && !merged.formerNames.contains(name) {
                merged.formerNames.append(name)
            }
            try db.execute(sql: "UPDATE village SET former_names = ? WHERE id = ?",
                           arguments: [merged.formerNames.joined(separator: "\n"), targetID])
            try db.execute(sql: "DELETE FROM village WHERE id = ?", arguments: [id])
            try AppDatabase.audit(db, actor: actor, entity: "village", id: id, action: "merge",
                                  before: AppDatabase.fields(of: source),
                                  after: ["sap_nhap_vao": target.displayName, "so_nguoi_chuyen": String(moved)])
            try AppDatabase.audit(db, actor: actor, entity: "village", id: targetID, action: "update",
                                  before: AppDatabase.fields(of: target), after: AppDatabase.fields(of: merged))
            return (merged, moved)
        }
    }

    static func village(from row: Row) -> Village {
        let former: String = row["former_names"]
        return Village(id: row["id"], name: row["name"], kind: Village.Kind(rawValue: row["kind"]) ?? .thon,
                       formerNames: former.isEmpty ? [] : former.components(separatedBy: "\n"))
    }

    static func fields(of village: Village) -> [String: String] {
        ["ten": village.name, "loai": village.kind.rawValue, "ten_cu": village.formerNames.joined(separator: "; ")]
    }
}
