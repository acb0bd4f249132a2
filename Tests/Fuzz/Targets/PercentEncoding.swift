/// Percent-encodes every byte, so that a decoder's output can be fed back to it whatever it holds.
enum PercentEncoding {
    static func encodeAll(_ text: String) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
        }
        return bytes
    }
}
