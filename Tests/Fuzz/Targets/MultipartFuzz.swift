import MicroHTTP

/// `MultipartForm` on a request: the input's first line is the Content-Type header, the rest
/// the body. Checked:
/// - a boundary read from a content type is one RFC 2046 allows (1–70 `bchars`, no final
///   space), and reads back from `multipart/form-data; boundary="…"`;
/// - the decoded parts, framed again the way browsers frame them (RFC 7578), decode to the
///   same parts: the decoder inverts the encoding whatever the names, file names and bytes.
enum MultipartFuzz {
    static func run(_ input: [UInt8]) throws(PropertyViolation) {
        let lineEnd = input.firstIndex(of: UInt8(ascii: "\n")) ?? input.endIndex
        let contentType = String(decoding: input[..<lineEnd], as: UTF8.self)
        let body = Array(input[min(lineEnd + 1, input.endIndex)...])
        guard let boundary = MultipartForm.boundary(fromContentType: contentType) else { return }
        try require(isAllowed(boundary), "boundary \"\(boundary)\" is not an RFC 2046 boundary")
        try require(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=\"\(boundary)\"") == boundary,
                    "quoted boundary \"\(boundary)\" does not read back")
        guard let parts = MultipartForm.decode(body, boundary: boundary) else { return }
        let framed = frame(parts, boundary: boundary)
        guard let again = MultipartForm.decode(framed, boundary: boundary) else {
            throw PropertyViolation(description: "parts framed again are malformed: \(parts)")
        }
        for (part, read) in zip(parts, again) where part != read {
            throw PropertyViolation(description: "a part framed again reads differently: \(part) → \(read)")
        }
        try require(again.count == parts.count, "\(parts.count) parts framed again read as \(again.count)")
    }

    /// RFC 2046 §5.1.1: `bchars` are digits, letters and `'()+_,-./:=? `.
    private static func isAllowed(_ boundary: String) -> Bool {
        let bytes = Array(boundary.utf8)
        let punctuation = Set("'()+_,-./:=? ".utf8)
        return (1...70).contains(bytes.count) && bytes.last != UInt8(ascii: " ") && bytes.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || punctuation.contains(byte)
        }
    }

    /// A body as browsers send it: each part's headers, a blank line, its bytes; CRLF line ends.
    private static func frame(_ parts: [MultipartPart], boundary: String) -> [UInt8] {
        var body: [UInt8] = []
        for part in parts {
            var disposition = "Content-Disposition: form-data; name=\"\(quoted(part.name))\""
            if let fileName = part.fileName { disposition += "; filename=\"\(quoted(fileName))\"" }
            var headers = "--\(boundary)\r\n\(disposition)\r\n"
            if let contentType = part.contentType { headers += "Content-Type: \(contentType)\r\n" }
            body += Array((headers + "\r\n").utf8) + part.body + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    /// The inside of a quoted string: `\` and `"` escaped with a backslash.
    private static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
