/// A piece of HTML. Interpolated strings are escaped; trusted markup must be wrapped in
/// `HTML.raw(_:)`, which stands out in review.
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    /// Markup that is already safe (rendered Markdown, a fixed fragment). Never user input.
    public static func raw(_ markup: String) -> HTML { HTML(text: markup) }

    private init(text: String) { self.text = text }

    public init(stringLiteral value: String) { text = value }

    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    public var description: String { text }

    /// Joins pieces of HTML.
    public static func join(_ parts: some Sequence<HTML>, separator: HTML = "") -> HTML {
        var result = ""
        var first = true
        for part in parts {
            if !first { result += separator.text }
            result += part.text
            first = false
        }
        return HTML(text: result)
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(text: lhs.text + rhs.text) }

    /// Builds HTML: literal parts are markup, interpolated values are escaped.
    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Text: escaped for both element content and quoted attribute values.
        public mutating func appendInterpolation(_ value: String) { HTML.escape(value, into: &text) }

        public mutating func appendInterpolation(_ value: Int) { text += String(value) }

        public mutating func appendInterpolation(_ value: Int64) { text += String(value) }

        public mutating func appendInterpolation(_ value: HTML) { text += value.text }

        public mutating func appendInterpolation(_ values: [HTML]) {
            for value in values { text += value.text }
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ value: String, into output: inout String) {
        // Most text has nothing to escape: append it whole.
        guard value.utf8.contains(where: needsEscape) else {
            output += value
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        output += String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
