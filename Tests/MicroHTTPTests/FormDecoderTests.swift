import MicroHTTP
import Testing

@Suite struct FormDecoderTests {
    static func pairs(_ text: String) -> [String]? {
        FormDecoder.decode(Array(text.utf8))?.map { "\($0.name)=\($0.value)" }
    }

    @Test(arguments: [
        ("", []),
        ("a=1", ["a=1"]),
        ("a=", ["a="]),
        ("a", ["a="]),
        ("=x", ["=x"]),
        ("a=1&a=2", ["a=1", "a=2"]),
        ("a=1&&b=2&", ["a=1", "b=2"]),
        ("q=tu%E1%BA%A7n+l%E1%BB%85", ["q=tuần lễ"]),
        ("q=a%2Bb+c", ["q=a+b c"]),
        ("q=%25", ["q=%"]),
        ("q=a=b", ["q=a=b"]),
        ("t%C3%AAn=%C4%90%E1%BB%A9c", ["tên=Đức"]),
        ("q=%3Cscript%3E", ["q=<script>"]),
        ("q=%00", ["q=\u{0}"]),
    ])
    func decodes(input: String, expected: [String]) {
        #expect(Self.pairs(input) == expected)
    }

    @Test(arguments: [
        "q=%", "q=abc%", "q=%4", "q=%zz", "q=%C3", "q=%FF%FE", "q=%C0%AF", "%E1%BA=1", "q=%ED%A0%80",
    ])
    func rejectsMalformedInput(input: String) {
        #expect(FormDecoder.decode(Array(input.utf8)) == nil)
    }

    @Test func rejectsRawInvalidUTF8() {
        #expect(FormDecoder.decode([0x71, 0x3D, 0xFF]) == nil)
    }

    @Test func pathDecodingKeepsPlus() {
        #expect(FormDecoder.component("/a+b%20c", plusIsSpace: false) == "/a+b c")
    }
}
