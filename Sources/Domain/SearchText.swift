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
public enum Highlighter {
    /// The whole text split into matching and non-matching segments.
    public static func segments(of text: String, terms: [String]) -> [TextSegment] {
        let characters = Array(text)
        let marks = matchMarks(characters, terms: terms)
        return segments(characters[...], marks: marks[...])
    }

    /// About `length` characters around the first match (or the start), cut at spaces,
    /// with "…" where text was left out.
    public static func excerpt(of text: String, terms: [String], length: Int = 180) -> [TextSegment] {
        guard !terms.isEmpty else { return [TextSegment(preview(of: text, length: length), isMatch: false)] }
        let characters = Array(text)
        guard characters.count > length else { return segments(of: text, terms: terms) }
        let marks = matchMarks(characters, terms: terms)
        let first = marks.firstIndex(of: true) ?? 0
        var start = max(0, min(first - length / 3, characters.count - length))
        var end = min(characters.count, start + length)
        if start > 0, let space = characters[start..<first].firstIndex(where: \.isWhitespace) {
            start = space + 1
        }
        if end < characters.count, let space = characters[max(first, start)..<end].lastIndex(where: \.isWhitespace) {
            end = space
        }
        var result = segments(characters[start..<end], marks: marks[start..<end])
        if start > 0 { result.insert(TextSegment("…", isMatch: false), at: 0) }
        if end < characters.count { result.append(TextSegment("…", isMatch: false)) }
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

    private static func matchMarks(_ characters: [Character], terms: [String]) -> [Bool] {
        let folded = characters.map(TextFolding.fold)
        let patterns = terms.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        var marks = [Bool](repeating: false, count: characters.count)
        var index = 0
        while index < folded.count {
            let isWordStart = isWordCharacter(folded[index]) && (index == 0 || !isWordCharacter(folded[index - 1]))
            guard isWordStart else { index += 1; continue }
            var wordEnd = index
            while wordEnd < folded.count, isWordCharacter(folded[wordEnd]) { wordEnd += 1 }
            let word = folded[index..<wordEnd]
            if patterns.contains(where: { word.starts(with: $0) }) {
                for position in index..<wordEnd { marks[position] = true }
            }
            index = wordEnd
        }
        return marks
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        // Folded Vietnamese is almost all ASCII: answer that without a Unicode property lookup.
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || (value >= 65 && value <= 90)
        }
        return scalar.properties.isAlphabetic
    }

    private static func segments(_ characters: ArraySlice<Character>, marks: ArraySlice<Bool>) -> [TextSegment] {
        var result: [TextSegment] = []
        var current = ""
        var currentMark = marks.first ?? false
        for (character, mark) in zip(characters, marks) {
            if mark != currentMark, !current.isEmpty {
                result.append(TextSegment(current, isMatch: currentMark))
                current = ""
            }
            currentMark = mark
            current.append(character)
        }
        if !current.isEmpty { result.append(TextSegment(current, isMatch: currentMark)) }
        return result
    }
}
