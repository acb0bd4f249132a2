/// A target group (nhóm đối tượng) of the learning-citizen programme, numbered 1–4.
public struct TargetGroup: Hashable, Sendable, Comparable {
    public let number: Int

    /// Nil unless `number` is one of the known groups.
    public init?(number: Int) {
        guard TargetGroup.names.indices.contains(number - 1) else { return nil }
        self.number = number
    }

    public var vietnameseName: String { TargetGroup.names[number - 1].vi }
    public var englishName: String { TargetGroup.names[number - 1].en }

    public static func < (lhs: TargetGroup, rhs: TargetGroup) -> Bool { lhs.number < rhs.number }

    public static var all: [TargetGroup] { names.indices.compactMap { TargetGroup(number: $0 + 1) } }

    private static let names: [(vi: String, en: String)] = [
        ("Nông dân, lao động nông thôn", "Farmers and rural workers"),
        ("Công nhân, lao động tiểu thủ công", "Workers and craftspeople"),
        ("Cán bộ, công chức, viên chức", "Officials and public employees"),
        ("Học sinh, sinh viên", "Pupils and students"),
    ]
}
