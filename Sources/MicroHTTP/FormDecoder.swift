/// Decodes `application/x-www-form-urlencoded` text (query strings and form bodies).
///
/// Strict on purpose: a `%` not followed by two hex digits, or bytes that are not UTF-8,
/// make the whole input malformed (`nil`), which the server answers with 400.
public enum FormDecoder {
    /// Splits `a=1&b=2` into ordered pairs, decoding `+` and `%XX`. Empty pieces are skipped;
    /// a key without `=` gets the empty value.
    public static func decode(_ input: some Collection<UInt8>) -> [(name: String, value: String)]? {
        var pairs: [(name: String, value: String)] = []
        for piece in input.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = piece.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = component(parts[0], plusIsSpace: true) else { return nil }
            let value: String
            if parts.count > 1 {
                guard let decoded = component(parts[1], plusIsSpace: true) else { return nil }
                value = decoded
            } else {
                value = ""
            }
            pairs.append((name, value))
        }
        return pairs
    }

    /// Decodes `%XX` escapes (and `+` as a space when asked) into UTF-8 text, or nil.
    public static func component(_ bytes: some Collection<UInt8>, plusIsSpace: Bool) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let high = bytes.index(after: index)
                guard high != bytes.endIndex else { return nil }
                let low = bytes.index(after: high)
                guard low != bytes.endIndex,
                      let h = hexValue(bytes[high]), let l = hexValue(bytes[low]) else { return nil }
                output.append(h << 4 | l)
                index = bytes.index(after: low)
                continue
            }
            output.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = bytes.index(after: index)
        }
        return String(validating: output, as: UTF8.self)
    }

    /// Decodes a string (see `component(_:plusIsSpace:)`).
    public static func component(_ text: String, plusIsSpace: Bool) -> String? {
        component(Array(text.utf8), plusIsSpace: plusIsSpace)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
