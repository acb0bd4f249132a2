/// Folds Vietnamese text for search and sorting: lower case, no diacritics, đ → d.
///
/// SQLite's `remove_diacritics 2` alone leaves đ alone, so "doi" would miss "đời";
/// folding the same way on both sides (indexing and querying) fixes that.
/// Folding maps each `Character` to exactly one `Character`, so positions in the folded
/// text are positions in the original (which the highlighter relies on).
public enum TextFolding {
    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            result.unicodeScalars.append(fold(character))
        }
        return result
    }

    /// The folded form of one character: its first scalar without marks, lower-cased.
    public static func fold(_ character: Character) -> Unicode.Scalar {
        guard let first = character.unicodeScalars.first else { return " " }
        if first.isASCII {
            let value = first.value
            return value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : first
        }
        return table[first] ?? lowerCased(first)
    }

    private static func lowerCased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Latin letters with marks (U+00C0–U+024F, U+1E00–U+1EFF) mapped to their base letter,
    /// derived from the Unicode names ("LATIN SMALL LETTER A WITH BREVE AND ACUTE" → a),
    /// which covers every Vietnamese letter including Đ/đ ("D WITH STROKE").
    private static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else { continue }
            for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
                let rest = name.dropFirst(prefix.count)
                guard rest.count >= 7, rest.dropFirst().hasPrefix(" WITH "),
                      let base = rest.first, base.isASCII, base.isLetter,
                      let lower = base.lowercased().unicodeScalars.first else { continue }
                table[scalar] = lower
            }
        }
        return table
    }()
}
