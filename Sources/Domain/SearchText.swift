/// Search terms from what a resident typed, folded the same way as the index.
public enum SearchTerms {
    public static let maxTerms = 8
    public static let maxTermLength = 40

    /// Folded words of `query` (letters and digits), at most `maxTerms`, each shortened
    /// to `maxTermLength`. "Tuần  lễ!" → ["tuan", "le"].
    public static func parse(_ query: String) -> [String] {
        var terms: [String] = []
        var current = ""
        for character in query {
            let folded = TextFolding.fold(character)
            if folded.properties.isAlphabetic || ("0"..."9").contains(folded) {
                if current.unicodeScalars.count < maxTermLength { current.unicodeScalars.append(folded) }
            } else if !current.isEmpty {
                terms.append(current)
                current = ""
            }
        }
        if !current.isEmpty { terms.append(current) }
        var unique: [String] = []
        for term in terms where !unique.contains(term) { unique.append(term) }
        return Array(unique.prefix(maxTerms))
    }
}

/// A piece of text, marked when it matched a search term.
public struct TextSegment: Sendable, Equatable {
    public var text: String
    public var isMatch: Bool

    public init(_ text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
    }
}

/// Finds the words of a text that start with a search term (ignoring case and diacritics)
/// and cuts a short excerpt around the first of them.
///
/// Works on Unicode scalars (course text is NFC, one scalar per Vietnamese letter) and stops
/// looking at the first match: search shows ten excerpts of long lessons per page.
public enum Highlighter {
    /// The whole text split into matching and non-matching segments.
    public static func segments(of text: String, terms: [String]) -> [TextSegment] {
        let scalars = Array(text.unicodeScalars)
        return segments(scalars, in: 0..<scalars.count, patterns: patterns(terms))
    }

    /// About `length` characters around the first match (or the start), cut at spaces,
    /// with "…" where text was left out.
    public static func excerpt(of text: String, terms: [String], length: Int = 180) -> [TextSegment] {
        guard !terms.isEmpty else { return [TextSegment(preview(of: text, length: length), isMatch: false)] }
        let scalars = Array(text.unicodeScalars)
        let patterns = patterns(terms)
        guard scalars.count > length else { return segments(scalars, in: 0..<scalars.count, patterns: patterns) }
        var first = 0
        forEachMatch(scalars, patterns: patterns, in: 0..<scalars.count) { word in
            first = word.lowerBound
            return false
        }
        var start = max(0, min(first - length / 3, scalars.count - length))
        var end = min(scalars.count, start + length)
        if start > 0, let space = scalars[start..<first].firstIndex(where: isSpace) {
            start = space + 1
        }
        if end < scalars.count, let space = scalars[max(first, start)..<end].lastIndex(where: isSpace) {
            end = space
        }
        var result = segments(scalars, in: start..<end, patterns: patterns)
        if start > 0 { result.insert(TextSegment("…", isMatch: false), at: 0) }
        if end < scalars.count { result.append(TextSegment("…", isMatch: false)) }
        return result
    }

    /// The start of `text`, at most about `length` characters, cut at a space, with "…"
    /// when something was left out. Cheap: it never looks past the cut.
    public static func preview(of text: String, length: Int = 180) -> String {
        guard let end = text.index(text.startIndex, offsetBy: length, limitedBy: text.endIndex), end != text.endIndex else {
            return text
        }
        let head = text[..<end]
        let cut = head.lastIndex(where: \.isWhitespace) ?? end
        return String(text[..<cut]) + "…"
    }

    private static func patterns(_ terms: [String]) -> [[Unicode.Scalar]] {
        terms.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// Calls `body` with each word in `range` that starts with a pattern, until it returns false.
    /// A word cut by the range's start is skipped; one cut by its end is clamped.
    private static func forEachMatch(_ scalars: [Unicode.Scalar], patterns: [[Unicode.Scalar]], in range: Range<Int>,
                                     _ body: (Range<Int>) -> Bool) {
        var index = range.lowerBound
        if index > 0 {
            while index < range.upperBound, isWord(scalars[index]), isWord(scalars[index - 1]) { index += 1 }
        }
        while index < range.upperBound {
            guard isWord(scalars[index]) else { index += 1; continue }
            var end = index
            while end < range.upperBound, isWord(scalars[end]) { end += 1 }
            let length = end - index
            let matches = patterns.contains { pattern in
                pattern.count <= length && pattern.indices.allSatisfy { pattern[$0] == TextFolding.fold(scalars[index + $0]) }
            }
            if matches, !body(index..<end) { return }
            index = end
        }
    }

    private static func segments(_ scalars: [Unicode.Scalar], in range: Range<Int>, patterns: [[Unicode.Scalar]]) -> [TextSegment] {
        var result: [TextSegment] = []
        var position = range.lowerBound
        func text(_ part: Range<Int>) -> String {
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars[part])
            return string
        }
        forEachMatch(scalars, patterns: patterns, in: range) { word in
            if position < word.lowerBound { result.append(TextSegment(text(position..<word.lowerBound), isMatch: false)) }
            result.append(TextSegment(text(word), isMatch: true))
            position = word.upperBound
            return true
        }
        if position < range.upperBound { result.append(TextSegment(text(position..<range.upperBound), isMatch: false)) }
        return result
    }

    /// A letter or digit (after folding, so Vietnamese letters answer without a property lookup).
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let folded = TextFolding.fold(scalar)
        if folded.isASCII {
            let value = folded.value
            return (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
        }
        return folded.properties.isAlphabetic || folded.properties.generalCategory == .nonspacingMark
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || (!scalar.isASCII && scalar.properties.isWhitespace)
    }
}
