/// Folds Vietnamese text for search and sorting: lower case, no diacritics, đ → d.
///
/// SQLite's `remove_diacritics 2` alone leaves đ alone, so "doi" would miss "đời";
/// folding the same way on both sides (indexing and querying) fixes that.
/// Works scalar by scalar (fast: course text is NFC, one scalar per Vietnamese letter);
/// combining marks of decomposed text are dropped.
public enum TextFolding {
    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        // Collected as UTF-8 bytes: appending to a String scalar by scalar is many times slower.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !isCombiningMark(scalar) {
            appendUTF8(fold(scalar), to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always)
    public static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Combining diacritical marks (U+0300–U+036F), as found in decomposed (NFD) text.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.value <= 0x36F
    }

    /// The folded form of one character: its first scalar without marks, lower-cased.
    public static func fold(_ character: Character) -> Unicode.Scalar {
        guard let first = character.unicodeScalars.first else { return " " }
        return fold(first)
    }

    /// The folded form of one scalar (NFC text has one scalar per Vietnamese letter).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar
        }
        if let base = baseLetter(value) { return base }
        return lowerCased(scalar)
    }

    private static func lowerCased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    private static func baseLetter(_ value: UInt32) -> Unicode.Scalar? {
        let byte: UInt8
        if value >= 0xC0 && value <= 0x24F {
            byte = latinExtended[Int(value - 0xC0)]
        } else if value >= 0x1E00 && value <= 0x1EFF {
            byte = latinAdditional[Int(value - 0x1E00)]
        } else {
            return nil
        }
        return byte == 0 ? nil : Unicode.Scalar(byte)
    }

    /// Latin letters with marks mapped to their lower-case ASCII base letter (0: none),
    /// derived once from the Unicode names ("LATIN SMALL LETTER A WITH BREVE AND ACUTE" → a),
    /// which covers every Vietnamese letter including Đ/đ ("D WITH STROKE"). Flat arrays:
    /// folding runs on every character searched.
    private static let latinExtended = baseLetters(0xC0...0x24F)
    private static let latinAdditional = baseLetters(0x1E00...0x1EFF)

    private static func baseLetters(_ range: ClosedRange<UInt32>) -> [UInt8] {
        range.map { value -> UInt8 in
            guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else { return 0 }
            for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
                let rest = name.dropFirst(prefix.count)
                guard rest.count >= 7, rest.dropFirst().hasPrefix(" WITH "),
                      let base = rest.first?.asciiValue, base >= 65, base <= 90 else { continue }
                return base + 32
            }
            return 0
        }
    }
}
