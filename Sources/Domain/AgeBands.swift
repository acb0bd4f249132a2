/// Age bands for reports, by age reached in the report's year (only the birth year is kept).
/// The bounds are data: the domain notes say no official age split was found, so a centre
/// may need its province's.
public struct AgeBands: Sendable, Equatable {
    /// The first age of each band after the first, ascending: [15, 30] means under 15,
    /// 15–29 and 30 and over.
    public let lowerBounds: [Int]

    /// Nil unless the bounds are positive and strictly ascending.
    public init?(lowerBounds: [Int]) {
        guard !lowerBounds.isEmpty, lowerBounds.allSatisfy({ $0 > 0 }),
              zip(lowerBounds, lowerBounds.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.lowerBounds = lowerBounds
    }

    /// Children, youth, two working-age bands, and the elderly from 60 (Luật Người cao tuổi).
    public static let standard = AgeBands(lowerBounds: [15, 30, 45, 60])!

    /// One band: its ages, `upper` excluded; nil bounds are open.
    public struct Band: Hashable, Sendable {
        public let lower: Int?
        public let upper: Int?
    }

    /// Every band, youngest first.
    public var bands: [Band] {
        let lowers: [Int?] = [nil] + lowerBounds.map(Optional.some)
        let uppers: [Int?] = lowerBounds.map(Optional.some) + [nil]
        return zip(lowers, uppers).map { Band(lower: $0, upper: $1) }
    }

    /// The band of someone born in `birthYear`, in `year`; nil when the age is unknown or
    /// impossible (born after the year).
    public func band(birthYear: Int?, in year: Int) -> Band? {
        guard let birthYear, birthYear <= year else { return nil }
        let age = year - birthYear
        return bands.first { band in (band.lower.map { age >= $0 } ?? true) && (band.upper.map { age < $0 } ?? true) }
    }
}
