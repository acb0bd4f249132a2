/// Builds iCalendar content lines: escapes values, folds long lines, ends every line with CRLF.
struct ICalendarWriter {
    private(set) var bytes: [UInt8] = []

    /// RFC 5545 §3.1: at most 75 octets before the CRLF, a continuation's leading space included.
    static let maximumLineOctets = 75

    /// A line the writer composed itself from fixed names and formatted numbers: nothing to escape.
    mutating func line(_ content: String) {
        fold(Array(content.utf8))
    }

    /// A property of value type TEXT (§3.3.11), whatever a resident or staff member typed.
    mutating func text(_ name: String, _ value: String) {
        fold(Array(name.utf8) + [ICalendarByte.colon] + Self.escaped(value))
    }

    /// A property of value type URI, which has no escaping: control characters are dropped
    /// so that a stray line break cannot end the line and start a forged property.
    mutating func uri(_ name: String, _ value: String) {
        fold(Array(name.utf8) + [ICalendarByte.colon] + value.utf8.filter { $0 >= 0x20 && $0 != 0x7F })
    }

    /// Backslash, semicolon and comma get a backslash; CRLF, LF and CR each become `\n`.
    /// Other control characters (except tab) are not allowed in TEXT and are dropped rather
    /// than letting a pasted one make strict parsers reject the whole feed.
    static func escaped(_ value: String) -> [UInt8] {
        let input = Array(value.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            switch byte {
            case ICalendarByte.backslash, ICalendarByte.semicolon, ICalendarByte.comma:
                output += [ICalendarByte.backslash, byte]
            case ICalendarByte.carriageReturn, ICalendarByte.lineFeed:
                output += [ICalendarByte.backslash, UInt8(ascii: "n")]
                let isCRLF = byte == ICalendarByte.carriageReturn && index < input.count && input[index] == ICalendarByte.lineFeed
                if isCRLF { index += 1 }
            case ICalendarByte.tab:
                output.append(byte)
            case 0..<0x20, 0x7F:
                continue
            default:
                output.append(byte)
            }
        }
        return output
    }

    /// Splits a content line into physical lines of at most 75 octets, each continuation
    /// starting with a space. A cut never falls inside a UTF-8 sequence: Vietnamese letters
    /// take two or three octets, and a split one would show as garbage in readers that
    /// decode each physical line before unfolding.
    private mutating func fold(_ content: [UInt8]) {
        var start = 0
        var room = Self.maximumLineOctets
        while content.count - start > room {
            var cut = start + room
            while cut > start, content[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes += content[start..<cut]
            bytes += [ICalendarByte.carriageReturn, ICalendarByte.lineFeed, ICalendarByte.space]
            start = cut
            room = Self.maximumLineOctets - 1
        }
        bytes += content[start...]
        bytes += [ICalendarByte.carriageReturn, ICalendarByte.lineFeed]
    }
}

/// The ASCII octets the writer escapes, separates and ends lines with.
private enum ICalendarByte {
    static let backslash = UInt8(ascii: "\\")
    static let semicolon = UInt8(ascii: ";")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")
}
