import MicroHTTP

/// `FormDecoder` on arbitrary bytes. It promises strictness (nil for a bad escape or for bytes
/// that are not UTF-8, otherwise text) and that pieces split on `&` and `=`; checked here:
/// - a decoded form has one pair per non-empty `&` piece;
/// - encoding the decoded pairs again (every byte as `%XX`) decodes to the same pairs;
/// - text without `%` or `+` decodes to itself, and `+` is a space only when asked;
/// - the `String` and byte overloads of `component` agree.
enum FormDecoderFuzz {
    static func run(_ input: [UInt8]) throws(PropertyViolation) {
        if let pairs = FormDecoder.decode(input) {
            let pieces = input.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true)
            try require(pairs.count == pieces.count, "\(pairs.count) pairs from \(pieces.count) pieces")
            var encoded: [UInt8] = []
            for (index, pair) in pairs.enumerated() {
                if index > 0 { encoded.append(UInt8(ascii: "&")) }
                encoded += PercentEncoding.encodeAll(pair.name) + [UInt8(ascii: "=")] + PercentEncoding.encodeAll(pair.value)
            }
            let again = FormDecoder.decode(encoded)
            try require(again.map { $0.map(\.name) } == pairs.map(\.name) && again.map { $0.map(\.value) } == pairs.map(\.value),
                        "re-encoded pairs decode differently: \(pairs) → \(again.map { "\($0)" } ?? "nil")")
        }

        let plain = FormDecoder.component(input, plusIsSpace: false)
        let spaced = FormDecoder.component(input, plusIsSpace: true)
        try require((plain == nil) == (spaced == nil), "`+` changed whether \(input) is malformed")
        if !input.contains(UInt8(ascii: "%")) {
            let text = String(validating: input, as: UTF8.self)
            try require(plain == text, "text without escapes changed: \(input)")
            let withSpaces = input.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }
            try require(spaced == text.map { _ in String(decoding: withSpaces, as: UTF8.self) }, "`+` is not a space: \(input)")
        }
        if let text = String(validating: input, as: UTF8.self) {
            try require(FormDecoder.component(text, plusIsSpace: true) == spaced, "the String overload disagrees: \(text)")
        }
        if let plain {
            try require(FormDecoder.component(PercentEncoding.encodeAll(plain), plusIsSpace: false) == plain,
                        "a fully escaped component does not decode to itself: \(plain)")
        }
    }
}
