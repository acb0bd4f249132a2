import Domain
import GRDB

/// Which people a list shows.
public struct PeopleFilter: Sendable, Equatable {
    /// Folded words that must all appear in the name, or digits in the phone number.
    public var terms: [String]
    public var villageID: Int64?
    public var group: TargetGroup?

    public init(terms: [String] = [], villageID: Int64? = nil, group: TargetGroup? = nil) {
        self.terms = terms
        self.villageID = villageID
        self.group = group
    }
}

extension AppDatabase {
    /// One page of residents in list order (given name, then full name), and how many match.
    public func residents(_ filter: PeopleFilter, limit: Int, offset: Int) throws -> (people: [Person], total: Int) {
        var conditions = ["role = 'resident'"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        for term in filter.terms {
            // A number searches the phone; words search the folded name (diacritics and đ ignored).
            if term.allSatisfy(\.isNumber) {
                conditions.append("phone LIKE ? ESCAPE '\\'")
            } else {
                conditions.append("(' ' || folded_name) LIKE ? ESCAPE '\\'")
            }
            let escaped = term.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            arguments.append(term.allSatisfy(\.isNumber) ? "%\(escaped)%" : "% \(escaped)%")
        }
        if let village = filter.villageID {
            conditions.append("village_id = ?")
            arguments.append(village)
        }
        if let group = filter.group {
            conditions.append("target_group = ?")
            arguments.append(group.number)
        }
        let whereClause = conditions.joined(separator: " AND ")
        return try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person WHERE \(whereClause)",
                                         arguments: StatementArguments(arguments)) ?? 0
            let people = try Row.fetchAll(db, sql: "SELECT * FROM person WHERE \(whereClause) ORDER BY sort_key, id LIMIT ? OFFSET ?",
                                          arguments: StatementArguments(arguments + [limit, offset]))
                .map(AppDatabase.person(from:))
            return (people, total)
        }
    }

    /// Records that someone exported personal data (who took which list, and when).
    public func recordExport(of entity: String, rows: Int, by actor: Actor) throws {
        try writer.write { db in
            try AppDatabase.audit(db, actor: actor, entity: entity, id: nil, action: "export",
                                  before: nil, after: ["so_dong": String(rows)])
        }
    }
}
