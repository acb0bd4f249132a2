/// One part of a `multipart/form-data` body: a form field, or an uploaded file.
public struct MultipartPart: Sendable, Equatable {
    /// The field's name from `Content-Disposition`.
    public var name: String
    /// The file name the browser sent, exactly as sent: untrusted, never to be used as a path.
    public var fileName: String?
    /// The part's `Content-Type`, when the browser sent one (it does for files).
    public var contentType: String?
    /// The raw bytes of the value or the file.
    public var body: [UInt8]

    public init(name: String, fileName: String? = nil, contentType: String? = nil, body: [UInt8]) {
        self.name = name
        self.fileName = fileName
        self.contentType = contentType
        self.body = body
    }
}

/// Decodes `multipart/form-data` bodies (RFC 7578 over RFC 2046), the encoding of file uploads.
///
/// Strict like `FormDecoder`: any deviation from the framing (CRLF line ends, a closing
/// delimiter, a named `form-data` disposition on every part) makes the body malformed (`nil`),
/// which the server answers with 400. Works on bytes in one pass: a delimiter is looked for
/// only where a CR is, so a large file costs time in proportion to its size.
public enum MultipartForm {
    /// RFC 2046 caps a boundary at 70 characters.
    static let maxBoundaryLength = 70

    /// The boundary of a `multipart/form-data` content type, quoted or not; nil for any other
    /// type or for a boundary RFC 2046 does not allow.
    public static func boundary(fromContentType contentType: String) -> String? {
        let parameters = HeaderParameters(contentType)
        guard parameters.value.lowercased() == "multipart/form-data",
              let boundary = parameters["boundary"], isValidBoundary(boundary) else { return nil }
        return boundary
    }

    /// The parts of `body` in order, or nil when it is malformed. A body of only the close
    /// delimiter (a form without fields) has no parts.
    public static func decode(_ body: [UInt8], boundary: String) -> [MultipartPart]? {
        guard isValidBoundary(boundary) else { return nil }
        // Every delimiter but a first one at the very start is preceded by CRLF (RFC 2046 §5.1.1).
        let delimiter = Array("\r\n--\(boundary)".utf8)
        return body.withUnsafeBufferPointer { bytes in
            MultipartScanner(bytes: bytes, delimiter: delimiter).parts()
        }
    }

    /// 1–70 characters from RFC 2046's `bchars`, not ending in a space.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let allowed = Set("'()+_,-./:=? ".utf8)
        let bytes = Array(boundary.utf8)
        guard (1...maxBoundaryLength).contains(bytes.count), bytes.last != UInt8(ascii: " ") else { return false }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || allowed.contains(byte)
        }
    }
}

/// Walks a body from delimiter to delimiter.
private struct MultipartScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `CRLF--boundary`.
    let delimiter: [UInt8]

    /// What follows a delimiter: the next part, at an offset, or the end of the parts.
    enum Next {
        case part(Int)
        case close
    }

    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")

    func parts() -> [MultipartPart]? {
        // The preamble ends at the first delimiter; at offset 0 it has no CRLF before it.
        var next: Next
        if bytes.starts(with: delimiter.dropFirst(2)), let following = self.next(after: delimiter.count - 2) {
            next = following
        } else if let found = nextDelimiter(from: 0) {
            next = found.next
        } else {
            return nil
        }
        var parts: [MultipartPart] = []
        while case .part(let start) = next {
            guard let found = nextDelimiter(from: start),
                  let part = MultipartScanner.part(bytes[start..<found.start]) else { return nil }
            parts.append(part)
            next = found.next
        }
        return parts
    }

    /// The next real delimiter at or after `from`: where it starts, and what follows it.
    /// Lookalikes inside the content (CRLF and the boundary followed by something else)
    /// are content: RFC 2046 only promises that the whole delimiter line is absent.
    private func nextDelimiter(from: Int) -> (start: Int, next: Next)? {
        var index = from
        let last = bytes.count - delimiter.count
        while index <= last {
            if bytes[index] == MultipartScanner.carriageReturn, matchesDelimiter(at: index),
               let next = next(after: index + delimiter.count) {
                return (index, next)
            }
            index += 1
        }
        return nil
    }

    private func matchesDelimiter(at index: Int) -> Bool {
        for offset in 1..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    /// What the bytes right after a delimiter say: `--` closes; otherwise optional spaces
    /// and tabs (transport padding), then CRLF, then the next part. Nil for anything else.
    private func next(after delimiterEnd: Int) -> Next? {
        var position = delimiterEnd
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") {
            return .close
        }
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        guard position + 1 < bytes.count, bytes[position] == MultipartScanner.carriageReturn,
              bytes[position + 1] == MultipartScanner.lineFeed else { return nil }
        return .part(position + 2)
    }

    /// A part: header lines, a blank line, then the content.
    private static func part(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> MultipartPart? {
        guard let blank = headerEnd(slice),
              let headerText = String(validating: slice[slice.startIndex..<blank], as: UTF8.self) else { return nil }
        var disposition: HeaderParameters?
        var contentType: String?
        for line in unfoldedLines(headerText) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = HeaderParameters.trimmed(line[line.index(after: colon)...])
            switch HeaderParameters.trimmed(line[..<colon]).lowercased() {
            case "content-disposition": disposition = HeaderParameters(value)
            case "content-type": contentType = value
            default: continue
            }
        }
        guard let disposition, disposition.value.lowercased() == "form-data",
              let name = disposition["name"] else { return nil }
        return MultipartPart(name: name, fileName: disposition["filename"], contentType: contentType,
                             body: Array(slice[(blank + 4)...]))
    }

    /// The offset of the CRLFCRLF that ends the header section; nil when there is none.
    /// (A part without headers has no name, so it is malformed anyway.)
    private static func headerEnd(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var index = slice.startIndex
        while index + 3 < slice.endIndex {
            if slice[index] == carriageReturn, slice[index + 1] == lineFeed,
               slice[index + 2] == carriageReturn, slice[index + 3] == lineFeed {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Header lines with obsolete folding undone (a line starting with a space or tab continues the previous one).
    private static func unfoldedLines(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += " " + HeaderParameters.trimmed(line)
            } else {
                lines.append(String(line))
            }
        }
        return lines
    }
}

/// A header value with parameters: `form-data; name="file"; filename="danh sách.csv"`.
struct HeaderParameters {
    /// The part before the first `;`, trimmed.
    var value: String
    /// Parameters by lower-cased name; the first of a repeated name wins.
    private var parameters: [String: String] = [:]

    subscript(name: String) -> String? { parameters[name] }

    /// Reads `token` or `"quoted string"` values. A backslash escapes only `"` and `\`, so
    /// a Windows path sent by an old browser (`C:\Users\…`) keeps its backslashes.
    /// Walks Unicode scalars, not Characters: a combining mark right after a quote, a `\` or
    /// a `;` (a file name starting with one) would otherwise join it into one Character and hide it.
    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var index = scalars.firstIndex(of: ";") ?? scalars.endIndex
        value = HeaderParameters.trimmed(string(0..<index))
        while index < scalars.endIndex {
            index += 1
            let nameStart = index
            while index < scalars.endIndex, scalars[index] != "=", scalars[index] != ";" { index += 1 }
            let name = HeaderParameters.trimmed(string(nameStart..<index)).lowercased()
            guard index < scalars.endIndex, scalars[index] == "=" else { continue }
            index += 1
            while index < scalars.endIndex, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            var parameter = ""
            if index < scalars.endIndex, scalars[index] == "\"" {
                index += 1
                while index < scalars.endIndex, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < scalars.endIndex,
                       scalars[index + 1] == "\"" || scalars[index + 1] == "\\" {
                        index += 1
                    }
                    parameter.unicodeScalars.append(scalars[index])
                    index += 1
                }
                while index < scalars.endIndex, scalars[index] != ";" { index += 1 }
            } else {
                let start = index
                while index < scalars.endIndex, scalars[index] != ";" { index += 1 }
                parameter = HeaderParameters.trimmed(string(start..<index))
            }
            if !name.isEmpty, parameters[name] == nil { parameters[name] = parameter }
        }
    }

    /// Text without surrounding spaces and tabs.
    static func trimmed(_ text: some StringProtocol) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(text[start...end])
    }
}
