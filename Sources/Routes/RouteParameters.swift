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

/// The period of the commune report as typed into its address (`tu`, `den`, `nam`), kept as
/// text: the report reads it leniently and answers a wrong one with a message, not a 404.
public struct ReportPeriodQuery: Sendable, Equatable {
    public var from: String
    public var to: String
    public var year: String

    public init(from: String = "", to: String = "", year: String = "") {
        self.from = from
        self.to = to
        self.year = year
    }
}
