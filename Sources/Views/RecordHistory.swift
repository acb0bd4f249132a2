import Domain

/// One change to a person's record as its history shows it.
public struct HistoryEntry: Sendable {
    public var at: Int64
    /// Who made the change, already worded for the reader ("Bạn", a staff member's name).
    public var who: String
    /// The audit action code (`create`, `update`, …).
    public var action: String
    /// The fields that changed, with their masked values before and after.
    public var changes: [(field: String, before: String, after: String)]

    public init(at: Int64, who: String, action: String, changes: [(field: String, before: String, after: String)]) {
        self.at = at
        self.who = who
        self.action = action
        self.changes = changes
    }
}

/// The history of a record as a list, newest first: readable on a phone, unlike a wide table.
enum RecordHistory {
    static func render(_ entries: [HistoryEntry], context: PageContext) -> HTML {
        let strings = context.strings.profile
        guard !entries.isEmpty else { return "<p>\(strings.historyEmpty)</p>" }
        let items = entries.map { entry -> HTML in
            let changes = entry.changes.map { change -> HTML in
                let before = change.before.isEmpty ? "—" : change.before
                let after = change.after.isEmpty ? "—" : change.after
                return "<li>\(strings.fieldName(change.field)): \(before) → \(after)</li>"
            }
            let list: HTML = changes.isEmpty ? "" : "<ul>\(changes)</ul>"
            return """
            <li><strong>\(strings.historyAction(entry.action))</strong> · \(entry.who)<br>\
            <span class="meta">\(context.strings.dateAndTime(entry.at))</span>\(list)</li>
            """
        }
        return "<ol class=\"history\">\(items)</ol>"
    }
}
