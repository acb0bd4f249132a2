/// A random number generator that gives the same numbers for the same seed (SplitMix64), so a
/// generated commune can be made again row for row. `SystemRandomNumberGenerator` cannot be
/// seeded, and the generator must never depend on the clock or on Swift's hash seeding.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `probability` (0–1).
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }

    /// An index drawn in proportion to `weights` (a list with a positive sum).
    mutating func index(weights: [Double]) -> Int {
        var remaining = Double.random(in: 0..<weights.reduce(0, +), using: &self)
        for (index, weight) in weights.enumerated() {
            remaining -= weight
            if remaining < 0 { return index }
        }
        return weights.count - 1
    }

    /// One of `choices`, drawn in proportion to its weight.
    mutating func pick<Element>(weighted choices: [(Element, Double)]) -> Element {
        choices[index(weights: choices.map(\.1))].0
    }
}
