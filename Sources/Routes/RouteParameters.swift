import Domain

/// The formats of a personal data export.
public enum DataFormat: String, Sendable, CaseIterable {
    case json, csv
}

/// A table for staff (a class's attendance, the Week report) as a page, also printable, or as CSV for Excel.
public enum TableFormat: Sendable, Equatable {
    case page, csv
}

/// The search and filters of the residents list.
public struct ResidentQuery: Sendable, Equatable {
    public var text: String
    public var villageID: Int64?
    public var group: TargetGroup?
    public var page: Int

    public init(text: String = "", villageID: Int64? = nil, group: TargetGroup? = nil, page: Int = 1) {
        self.text = text
        self.villageID = villageID
        self.group = group
        self.page = page
    }
}
