import MicroHTTP
import Testing

/// Found by the `multipart` fuzzer (Tests/Fuzz): `Content-Disposition` parameters were read
/// as Characters, so a combining mark right after the opening quote joined it into one
/// Character and the value kept its quotes (`"́x"` instead of `́x`); after `;` or `\` it hid
/// the next parameter or the escape. Parameters are now read as Unicode scalars.
@Suite struct MultipartCombiningMarkTests {
    static func name(_ disposition: String) -> MultipartPart? {
        let body = Array("--XyZ\r\nContent-Disposition: \(disposition)\r\n\r\nv\r\n--XyZ--\r\n".utf8)
        return MultipartForm.decode(body, boundary: "XyZ")?.first
    }

    @Test func theFuzzersInput() throws {
        // The minimized input: a quoted name of one combining mark, never closed.
        let body = Array("--XyZ\r\nContent-Disposition:form-data;name=\"\u{301}\r\n\r\n\r\n--XyZ--".utf8)
        let parts = try #require(MultipartForm.decode(body, boundary: "XyZ"))
        #expect(parts.map(\.name) == ["\u{301}"])
    }

    @Test(arguments: [
        ("form-data; name=\"\u{301}x\"", "\u{301}x", nil),
        ("form-data; name=\"file\"; filename=\"\u{301}a.csv\"", "file", "\u{301}a.csv"),
        ("form-data; name=\"a\\\\\u{301}\"", "a\\\u{301}", nil),
        ("form-data; name=x\u{600}; filename=\"b.csv\"", "x\u{600}", "b.csv"),
    ] as [(String, String, String?)])
    func combiningMarksNextToDelimitersStayInTheValue(disposition: String, name: String, fileName: String?) throws {
        let part = try #require(Self.name(disposition))
        #expect(part.name == name)
        #expect(part.fileName == fileName)
    }
}
