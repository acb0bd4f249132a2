/// A village of the commune (thôn, ấp, bản, tổ dân phố). Names given up after a merger or
/// a renaming are kept, so old records and old paper lists still make sense.
public struct Village: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var kind: Kind
    public var formerNames: [String]

    public init(id: Int64, name: String, kind: Kind, formerNames: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.formerNames = formerNames
    }

    /// What the commune calls its villages.
    public enum Kind: String, CaseIterable, Sendable {
        case thon = "thôn"
        case ap = "ấp"
        case ban = "bản"
        case toDanPho = "tổ dân phố"

        /// "Thôn", "Ấp"… as the first word of a name.
        public var title: String {
            let first = String(rawValue.prefix(1)).uppercased()
            return first + rawValue.dropFirst()
        }
    }

    /// "Thôn Bắc Sơn".
    public var displayName: String { kind.title + " " + name }
}
