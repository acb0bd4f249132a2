/// Printing routes into links: the query string and RFC 3986 percent-encoding.
extension Route {
    static func queryString(_ items: [(String, String?)]) -> String {
        let present = items.compactMap { name, value in value.map { "\(encode(name))=\(encode($0))" } }
        return present.isEmpty ? "" : "?" + present.joined(separator: "&")
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986).
    public static func encode(_ text: String) -> String {
        // Most slugs and paths need no escaping: return them as they are.
        guard text.utf8.contains(where: { !isUnreserved($0) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 15)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
