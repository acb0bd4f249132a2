/// A Vietnamese phone number, the way residents identify themselves (no e-mail needed).
public struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    /// Digits only, starting with 0: `0912345678`.
    public let digits: String

    /// Accepts what people type: spaces, dots and dashes, and the `+84`/`84` prefix.
    /// Mobile numbers have 10 digits, landlines 11 (`02…`). Nil when it cannot be a number.
    public init?(_ text: String) {
        var digits = ""
        for (offset, character) in text.trimmingSpaces.enumerated() {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == "+", offset == 0 {
                continue
            } else if !(character == " " || character == "." || character == "-" || character == "(" || character == ")") {
                return nil
            }
        }
        if digits.hasPrefix("84"), digits.count >= 11 { digits = "0" + digits.dropFirst(2) }
        guard digits.hasPrefix("0"), digits.count == 10 || (digits.count == 11 && digits.hasPrefix("02")) else { return nil }
        self.digits = digits
    }

    /// Grouped for reading aloud and on paper: `0912 345 678`.
    public var description: String {
        let characters = Array(digits)
        let head = digits.count == 10 ? 4 : 3
        return String(characters[..<head]) + " " + String(characters[head..<(head + 3)]) + " " + String(characters[(head + 3)...])
    }
}
