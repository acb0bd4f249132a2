/// The `key: value` header at the top of a course or lesson file, between two `---` lines.
public struct FrontMatter: Sendable, Equatable {
    /// One value: a line of text or a list of `- item` lines.
    public enum Value: Sendable, Equatable {
        case text(String)
        case list([String])
    }

    /// The values by key, and the 1-based line where each key stands (for messages).
    public var values: [String: Value]
    public var lines: [String: Int]
    /// The text after the closing `---`.
    public var body: String
    /// The 1-based line number where the body starts.
    public var bodyLine: Int

    /// A problem in a file, with the 1-based line it was found on.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
        public var description: String { "dòng \(line): \(message)" }
    }

    /// Parses `text`; the first line must be `---`.
    public static func parse(_ text: String) throws(Problem) -> FrontMatter {
        // Split on bytes, not Characters: grapheme breaking a whole lesson is slow, and
        // "\r\n" would be one Character. A trailing "\r" is dropped from each line.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            Substring(bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes)
        }
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard lines.first.map({ $0.trimmingSpaces == "---" }) == true else {
            throw Problem(line: 1, message: "tệp phải bắt đầu bằng dòng \"---\" (front matter)")
        }
        var values: [String: Value] = [:]
        var keyLines: [String: Int] = [:]
        var currentList: String?
        var index = 1
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmingSpaces
            if trimmed == "---" {
                let body = index + 1 < lines.count ? String(text[lines[index + 1].startIndex...]) : ""
                if let list = currentList, case .list(let items)? = values[list], items.isEmpty {
                    throw Problem(line: keyLines[list]!, message: "khóa \"\(list)\" không có giá trị")
                }
                return FrontMatter(values: values, lines: keyLines, body: body, bodyLine: number + 1)
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                guard let list = currentList, line.first == " " || line.first == "\t" || line.first == "-",
                      case .list(var items)? = values[list] else {
                    throw Problem(line: number, message: "mục danh sách \"\(trimmed)\" không thuộc khóa nào")
                }
                let item = String(trimmed.dropFirst()).trimmingSpaces
                guard !item.isEmpty else { throw Problem(line: number, message: "mục danh sách trống") }
                items.append(item)
                values[list] = .list(items)
                index += 1
                continue
            }
            guard let colon = line.firstIndex(of: ":"), line.first != " " else {
                throw Problem(line: number, message: "cần dạng \"khóa: giá trị\", gặp \"\(trimmed)\"")
            }
            if let list = currentList, case .list(let items)? = values[list], items.isEmpty {
                throw Problem(line: keyLines[list]!, message: "khóa \"\(list)\" không có giá trị")
            }
            let key = String(line[..<colon]).trimmingSpaces
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }) else {
                throw Problem(line: number, message: "khóa \"\(key)\" không hợp lệ")
            }
            guard values[key] == nil else {
                throw Problem(line: number, message: "khóa \"\(key)\" bị lặp (đã có ở dòng \(keyLines[key]!))")
            }
            keyLines[key] = number
            if value.isEmpty {
                values[key] = .list([])
                currentList = key
            } else {
                values[key] = .text(value)
                currentList = nil
            }
            index += 1
        }
        throw Problem(line: lines.count, message: "thiếu dòng \"---\" đóng phần front matter")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
