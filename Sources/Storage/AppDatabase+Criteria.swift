import Domain
import GRDB

/// A criteria set as stored: its row id and whether a self-assessment already uses it.
public struct StoredCriteria: Sendable, Equatable {
    /// Nil for a set not saved yet (the standard one offered before anyone used it).
    public var id: Int64?
    public var criteria: CriteriaSet
    public var isFrozen: Bool

    public init(id: Int64?, criteria: CriteriaSet, isFrozen: Bool) {
        self.id = id
        self.criteria = criteria
        self.isFrozen = isFrozen
    }
}

public enum CriteriaError: Error, Equatable {
    case invalid([CriteriaSet.Problem])
    case yearTaken
    case notFound
}

extension AppDatabase {
    /// The criteria a resident of `group` answers in `year`: the latest saved version, else
    /// (not saved) the latest set of an earlier year moved to this one, else the standard set.
    public func criteria(year: Int, group: TargetGroup) throws -> StoredCriteria {
        try writer.read { db in try AppDatabase.criteria(db, year: year, group: group) }
    }

    /// One stored set by id (the version a self-assessment was made against).
    public func criteria(id: Int64) throws -> StoredCriteria? {
        try writer.read { db in try AppDatabase.fetchCriteria(db, id: id) }
    }

    /// The years that have a saved set, the latest first.
    public func criteriaYears() throws -> [Int] {
        try writer.read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM criteria_set ORDER BY year DESC") }
    }

    /// The latest version of each group's set for `year`, in group order.
    public func criteriaSets(year: Int) throws -> [StoredCriteria] {
        try writer.read { db in try TargetGroup.all.map { try AppDatabase.criteria(db, year: year, group: $0) } }
    }

    /// Saves an administrator's edit of a year's set: in place while nobody has used it, else
    /// as the next version, so forms already made keep the wording they answered. Audited.
    @discardableResult
    public func saveCriteria(_ criteria: CriteriaSet, by actor: Actor) throws -> StoredCriteria {
        let problems = criteria.problems
        guard problems.isEmpty else { throw CriteriaError.invalid(problems) }
        return try writer.write { db in
            let current = try AppDatabase.criteria(db, year: criteria.year, group: criteria.group)
            var saved = criteria
            let id: Int64
            if let currentID = current.id, !current.isFrozen {
                saved.version = current.criteria.version
                try db.execute(sql: "DELETE FROM criteria_indicator WHERE set_id = ?", arguments: [currentID])
                try db.execute(sql: "UPDATE criteria_set SET pass_total = ?, pass_minimum = ? WHERE id = ?",
                               arguments: [saved.passRule.total, saved.passRule.minimumPerIndicator, currentID])
                try AppDatabase.insertIndicators(db, setID: currentID, saved.indicators)
                id = currentID
            } else {
                saved.version = current.id == nil ? 1 : current.criteria.version + 1
                id = try AppDatabase.insertCriteria(db, saved, now: actor.now)
            }
            try AppDatabase.audit(db, actor: actor, entity: "criteria", id: id, action: current.id == nil ? "create" : current.id == id ? "update" : "version",
                                  before: AppDatabase.fields(of: current.criteria), after: AppDatabase.fields(of: saved))
            return StoredCriteria(id: id, criteria: saved, isFrozen: false)
        }
    }

    /// Starts `year` from `fromYear`: each group's latest set copied as version 1, and the
    /// evidence rules with it. Refused when `year` already has a set.
    public func cloneCriteria(from fromYear: Int, to year: Int, by actor: Actor) throws {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM criteria_set WHERE year = ?", arguments: [year]) == 0 else {
                throw CriteriaError.yearTaken
            }
            for group in TargetGroup.all {
                var copy = try AppDatabase.criteria(db, year: fromYear, group: group).criteria
                (copy.year, copy.version) = (year, 1)
                let id = try AppDatabase.insertCriteria(db, copy, now: actor.now)
                try AppDatabase.audit(db, actor: actor, entity: "criteria", id: id, action: "clone",
                                      before: ["tu_nam": String(fromYear)], after: AppDatabase.fields(of: copy))
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO evidence_rule (year, indicator, measure, steps)
                SELECT ?, indicator, measure, steps FROM evidence_rule WHERE year = ?
                """, arguments: [year, fromYear])
        }
    }

    /// The year's published evidence rules (the standard ones until an administrator saves others).
    public func evidenceRules(year: Int) throws -> [EvidenceRule] {
        try writer.read { db in try AppDatabase.evidenceRules(db, year: year) }
    }

    public func saveEvidenceRules(_ rules: [EvidenceRule], year: Int, by actor: Actor) throws {
        try writer.write { db in
            let before = try AppDatabase.evidenceRules(db, year: year)
            try db.execute(sql: "DELETE FROM evidence_rule WHERE year = ?", arguments: [year])
            for rule in rules {
                try db.execute(sql: "INSERT INTO evidence_rule (year, indicator, measure, steps) VALUES (?, ?, ?, ?)",
                               arguments: [year, rule.indicator, rule.measure.rawValue, rule.stepsText])
            }
            func text(_ rules: [EvidenceRule]) -> [String: String] {
                Dictionary(uniqueKeysWithValues: rules.map { ("chi_so_\($0.indicator)", "\($0.measure.rawValue) \($0.stepsText)") })
            }
            try AppDatabase.audit(db, actor: actor, entity: "evidence-rules", id: Int64(year), action: "update",
                                  before: text(before), after: text(rules))
        }
    }

    static func evidenceRules(_ db: Database, year: Int) throws -> [EvidenceRule] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM evidence_rule WHERE year = ? ORDER BY indicator", arguments: [year])
        guard !rows.isEmpty else { return EvidenceRule.standard }
        return rows.compactMap { row in
            guard let measure = EvidenceRule.Measure(rawValue: row["measure"]), let steps = EvidenceRule.steps(parsing: row["steps"]) else {
                return nil
            }
            return EvidenceRule(indicator: row["indicator"], measure: measure, steps: steps)
        }
    }

    static func criteria(_ db: Database, year: Int, group: TargetGroup) throws -> StoredCriteria {
        if let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM criteria_set WHERE year = ? AND target_group = ? ORDER BY version DESC LIMIT 1
            """, arguments: [year, group.number]), let stored = try fetchCriteria(db, id: id) {
            return stored
        }
        if let earlier = try Int64.fetchOne(db, sql: """
            SELECT id FROM criteria_set WHERE year < ? AND target_group = ? ORDER BY year DESC, version DESC LIMIT 1
            """, arguments: [year, group.number]), var stored = try fetchCriteria(db, id: earlier) {
            (stored.criteria.year, stored.criteria.version) = (year, 1)
            return StoredCriteria(id: nil, criteria: stored.criteria, isFrozen: false)
        }
        return StoredCriteria(id: nil, criteria: .standard(year: year, group: group), isFrozen: false)
    }

    /// The set `criteria(db:year:group:)` offers, saved if it was not yet: a self-assessment
    /// always points at a stored version.
    static func savedCriteria(_ db: Database, year: Int, group: TargetGroup, now: Int64) throws -> (id: Int64, criteria: CriteriaSet) {
        let stored = try criteria(db, year: year, group: group)
        if let id = stored.id { return (id, stored.criteria) }
        return (try insertCriteria(db, stored.criteria, now: now), stored.criteria)
    }

    static func fetchCriteria(_ db: Database, id: Int64) throws -> StoredCriteria? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM criteria_set WHERE id = ?", arguments: [id]),
              let group = TargetGroup(number: row["target_group"]) else { return nil }
        let indicators = try db.decodeAll("SELECT * FROM criteria_indicator WHERE set_id = ? ORDER BY number", [id]) { row in
                CriteriaSet.Indicator(number: row["number"], competency: row["competency"], competencyName: row["competency_name"],
                                      text: row["text"], label: row["label"], maxPoints: row["max_points"])
            }
        let used = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM self_assessment WHERE criteria_id = ?)", arguments: [id]) ?? false
        return StoredCriteria(id: id, criteria: CriteriaSet(year: row["year"], group: group, version: row["version"], indicators: indicators,
                                                            passRule: PassRule(total: row["pass_total"], minimumPerIndicator: row["pass_minimum"])),
                              isFrozen: used)
    }

    private static func insertCriteria(_ db: Database, _ criteria: CriteriaSet, now: Int64) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO criteria_set (year, target_group, version, pass_total, pass_minimum, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [criteria.year, criteria.group.number, criteria.version, criteria.passRule.total,
                             criteria.passRule.minimumPerIndicator, now])
        let id = db.lastInsertedRowID
        try insertIndicators(db, setID: id, criteria.indicators)
        return id
    }

    private static func insertIndicators(_ db: Database, setID: Int64, _ indicators: [CriteriaSet.Indicator]) throws {
        for indicator in indicators {
            try db.execute(sql: """
                INSERT INTO criteria_indicator (set_id, number, competency, competency_name, text, label, max_points)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [setID, indicator.number, indicator.competency, indicator.competencyName, indicator.text, indicator.label,
                                 indicator.maxPoints])
        }
    }

    private static func fields(of criteria: CriteriaSet) -> [String: String] {
        var fields = ["nam": String(criteria.year), "nhom": String(criteria.group.number), "phien_ban": String(criteria.version),
                      "dat": "\(criteria.passRule.total)/\(criteria.passRule.minimumPerIndicator)"]
        for indicator in criteria.indicators { fields["chi_so_\(indicator.number)"] = "\(indicator.label) (\(indicator.maxPoints))" }
        return fields
    }
}
