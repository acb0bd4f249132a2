/// How the commune's reports break a total down (by village, target group, field, month…),
/// shared by the Week report and the commune report so that both follow the same rule.
enum Breakdown {
    /// One value per key, in the keys' order and with zeros kept ("nobody from thôn Đông" is a
    /// finding), then a value for nil only when some entry has no key or a key outside `keys`,
    /// so that the values always add up to the total of the entries.
    static func lines<Key: Hashable, Value>(keys: [Key], entries: some Sequence<(Key?, Value)>, zero: Value,
                                             add: (Value, Value) -> Value) -> [(key: Key?, value: Value)] {
        let known = Set(keys)
        var sums: [Key?: Value] = [:]
        for (key, value) in entries {
            let found = key.flatMap { known.contains($0) ? $0 : nil }
            sums[found] = add(sums[found] ?? zero, value)
        }
        let lines = keys.map { (key: Optional($0), value: sums[$0] ?? zero) }
        return lines + (sums[nil].map { [(key: nil, value: $0)] } ?? [])
    }
}
