/// A citizen identity card number (CCCD): 12 digits. Kept only when a resident gives it,
/// and shown masked.
public struct CitizenID: Hashable, Sendable {
    public let digits: String

    /// Nil unless exactly 12 digits (spaces allowed between groups).
    public init?(_ text: String) {
        let digits = text.filter { $0 != " " }
        guard digits.count == 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.digits = digits
    }

    /// All but the last three digits hidden: `*********789`.
    public var masked: String {
        String(repeating: "*", count: digits.count - 3) + digits.suffix(3)
    }
}
