import MicroHTTP
import Testing

@Suite struct MultipartFormTests {
    static let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"

    /// A body framed the way browsers frame it: `--boundary`, headers, blank line, content, each line ending CRLF.
    static func body(_ parts: [(headers: [String], content: [UInt8])], boundary: String = boundary,
                     preamble: String = "", epilogue: String = "\r\n") -> [UInt8] {
        var bytes = Array(preamble.utf8)
        for part in parts {
            bytes += Array("--\(boundary)\r\n".utf8)
            bytes += Array(part.headers.map { $0 + "\r\n" }.joined().utf8) + Array("\r\n".utf8)
            bytes += part.content + Array("\r\n".utf8)
        }
        return bytes + Array("--\(boundary)--\(epilogue)".utf8)
    }

    static func field(_ name: String, _ value: String) -> (headers: [String], content: [UInt8]) {
        (["Content-Disposition: form-data; name=\"\(name)\""], Array(value.utf8))
    }

    @Test func decodesATextFieldAndAFileAsChromiumSendsThem() throws {
        let csv = Array("\u{FEFF}Họ và tên;Số điện thoại\r\nNguyễn Thị Hoa;0912345678\r\n".utf8)
        let body = Self.body([
            Self.field("csrf", "a1b2c3"),
            (["Content-Disposition: form-data; name=\"file\"; filename=\"danh sách người dân.csv\"", "Content-Type: text/csv"], csv),
        ])
        let boundary = try #require(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=\(Self.boundary)"))
        let parts = try #require(MultipartForm.decode(body, boundary: boundary))
        #expect(parts == [
            MultipartPart(name: "csrf", body: Array("a1b2c3".utf8)),
            MultipartPart(name: "file", fileName: "danh sách người dân.csv", contentType: "text/csv", body: csv),
        ])
    }

    @Test(arguments: [
        ("multipart/form-data; boundary=abc", "abc"),
        ("multipart/form-data; boundary=\"a b:c?=d\"", "a b:c?=d"),
        ("Multipart/Form-Data;charset=utf-8;  BOUNDARY = xyz ", "xyz"),
        ("multipart/form-data; boundary=\"q,r/s\"; charset=utf-8", "q,r/s"),
        ("multipart/form-data; boundary=" + String(repeating: "x", count: 70), String(repeating: "x", count: 70)),
    ])
    func readsTheBoundaryParameter(contentType: String, boundary: String) {
        #expect(MultipartForm.boundary(fromContentType: contentType) == boundary)
    }

    @Test(arguments: [
        "application/x-www-form-urlencoded",
        "multipart/mixed; boundary=abc",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"\"",
        "multipart/form-data; boundary=" + String(repeating: "x", count: 71),
        "multipart/form-data; boundary=\"ends with space \"",
        "multipart/form-data; boundary=a\"b",
        "multipart/form-data; boundary=bién",
    ])
    func refusesContentTypesWithoutAUsableBoundary(contentType: String) {
        #expect(MultipartForm.boundary(fromContentType: contentType) == nil)
    }

    @Test func aQuotedBoundaryWithSpacesFramesTheBody() throws {
        let boundary = try #require(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=\"ranh gioi (1):2\""))
        let body = Self.body([Self.field("q", "một")], boundary: boundary)
        #expect(MultipartForm.decode(body, boundary: boundary) == [MultipartPart(name: "q", body: Array("một".utf8))])
    }

    @Test func keepsBinaryContentWithLineEndsAndBoundaryLookalikes() throws {
        var file: [UInt8] = Array(0...255) + [0x0D, 0x0A, 0x0D, 0x0A, 0x0D, 0x0D, 0x0A, 0x0A]
        for prefixLength in [1, 2, 3, 4, 10, Self.boundary.utf8.count + 1] {
            file += Array("\r\n--\(Self.boundary)".utf8.prefix(prefixLength + 3)) + [0x00]
        }
        // The whole delimiter followed by something other than CRLF, "--" or padding is content too.
        file += Array("\r\n--\(Self.boundary)X\r\n--\(Self.boundary)-\r\n".utf8)
        let body = Self.body([
            (["Content-Disposition: form-data; name=\"file\"; filename=\"anh.png\"", "Content-Type: image/png"], file),
            Self.field("after", "ok"),
        ])
        let parts = try #require(MultipartForm.decode(body, boundary: Self.boundary))
        #expect(parts.map(\.name) == ["file", "after"])
        #expect(parts[0].body == file)
        #expect(parts[1].body == Array("ok".utf8))
    }

    @Test func skipsPreambleEpilogueAndTransportPadding() throws {
        var body = Array("Đây là phần mở đầu, bỏ qua.\r\n--\(Self.boundary) \t\r\n".utf8)
        body += Array("content-disposition: Form-Data; NAME=a\r\n\r\n1\r\n--\(Self.boundary)--phần kết\r\n--\(Self.boundary)--".utf8)
        #expect(MultipartForm.decode(body, boundary: Self.boundary) == [MultipartPart(name: "a", body: Array("1".utf8))])
        #expect(MultipartForm.decode(Array("--\(Self.boundary)--".utf8), boundary: Self.boundary) == [])
    }

    @Test func anEmptyFilePartHasAnEmptyBody() throws {
        let body = Self.body([
            (["Content-Disposition: form-data; name=\"file\"; filename=\"\"", "Content-Type: application/octet-stream"], []),
            Self.field("empty", ""),
        ])
        let parts = try #require(MultipartForm.decode(body, boundary: Self.boundary))
        #expect(parts == [
            MultipartPart(name: "file", fileName: "", contentType: "application/octet-stream", body: []),
            MultipartPart(name: "empty", body: []),
        ])
    }

    @Test(arguments: [
        ("filename=\"C:\\Users\\An\\ds.csv\"", "C:\\Users\\An\\ds.csv"),
        ("filename=\"nói \\\"chào\\\".csv\"", "nói \"chào\".csv"),
        ("filename=\"a%22b.csv\"", "a%22b.csv"),
        ("filename=\"x;y.csv\"", "x;y.csv"),
        ("filename=plain.csv", "plain.csv"),
    ])
    func readsFileNamesAsSent(parameter: String, fileName: String) throws {
        let body = Self.body([(["Content-Disposition: form-data; name=\"f\"; \(parameter)"], [1])])
        #expect(try #require(MultipartForm.decode(body, boundary: Self.boundary)).first?.fileName == fileName)
    }

    @Test func unfoldsFoldedHeaderLines() throws {
        let body = Self.body([(["Content-Disposition: form-data;", "\tname=\"gấp\""], [1])])
        #expect(try #require(MultipartForm.decode(body, boundary: Self.boundary)).first?.name == "gấp")
    }

    static let malformed: [(String, [UInt8])] = [
        ("no closing delimiter", Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n".utf8)),
        ("cut inside a part", Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1".utf8)),
        ("no delimiter at all", Array("Content-Disposition: form-data; name=\"a\"\r\n\r\n1".utf8)),
        ("headers without blank line", Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n--b--".utf8)),
        ("no headers", Array("--b\r\n\r\n1\r\n--b--".utf8)),
        ("part without name", Array("--b\r\nContent-Disposition: form-data; filename=\"x\"\r\n\r\n1\r\n--b--".utf8)),
        ("not form-data", Array("--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--b--".utf8)),
        ("no disposition", Array("--b\r\nContent-Type: text/plain\r\n\r\n1\r\n--b--".utf8)),
        ("header line without colon", Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\nrác\r\n\r\n1\r\n--b--".utf8)),
        ("LF line ends", Array("--b\nContent-Disposition: form-data; name=\"a\"\n\n1\n--b--".utf8)),
        ("header not UTF-8", Array("--b\r\nContent-Disposition: form-data; name=\"".utf8) + [0xC3] + Array("\"\r\n\r\n1\r\n--b--".utf8)),
        ("empty body", []),
    ]

    @Test(arguments: malformed)
    func refusesMalformedBodies(reason: String, body: [UInt8]) {
        #expect(MultipartForm.decode(body, boundary: "b") == nil, "\(reason)")
    }

    @Test func refusesBoundariesRFC2046DoesNotAllow() {
        let long = String(repeating: "x", count: 71)
        let body = Self.body([Self.field("a", "1")], boundary: long)
        #expect(MultipartForm.decode(body, boundary: long) == nil)
        #expect(MultipartForm.decode(Array("----\r\n".utf8), boundary: "") == nil)
    }

    @Test func decodesAMegabyteOfLookalikesInLinearTime() throws {
        // Every line of the file is the delimiter but for its last byte: the decoder must still
        // take time in proportion to the size, not to the number of near matches.
        let line = Array("\r\n--\(Self.boundary.dropLast())".utf8)
        var file: [UInt8] = []
        while file.count < 1 << 20 { file += line }
        let body = Self.body([(["Content-Disposition: form-data; name=\"file\"; filename=\"x.bin\""], file)])
        let clock = ContinuousClock()
        var parts: [MultipartPart]?
        let elapsed = clock.measure { parts = MultipartForm.decode(body, boundary: Self.boundary) }
        #expect(parts?.first?.body == file)
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
