/// Writes a table as CSV that Excel opens with Vietnamese intact and that `CSVTable` reads back.
public enum CSVWriter {
    /// UTF-8 (with a BOM by default: without it Excel guesses the Windows code page and
    /// garbles "Nguyễn"), comma-delimited, CRLF line ends.
    public static func write(header: [String], rows: [[String]], byteOrderMark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        appendRecord(header, to: &bytes)
        for row in rows { appendRecord(row, to: &bytes) }
        return bytes
    }

    private static func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
        // A row of empty cells would be a blank line, which readers skip; a quoted "" keeps it.
        let isBlank = fields.allSatisfy(\.isEmpty)
        for (column, field) in fields.enumerated() {
            if column > 0 { bytes.append(CSVByte.comma) }
            appendField(field, forceQuotes: isBlank && column == 0, to: &bytes)
        }
        bytes += [CSVByte.carriageReturn, CSVByte.lineFeed]
    }

    private static func appendField(_ field: String, forceQuotes: Bool, to bytes: inout [UInt8]) {
        var text = Array(field.utf8)
        // Formula injection: Excel runs a cell that starts with = + - @ (or a tab or CR before
        // one) as a formula, so a resident who types `=HYPERLINK(...)` as a name could make
        // the export run or leak data on a staff computer. A leading ' makes the cell text;
        // the price is an apostrophe before values like "-5" or "+84…".
        if let first = text.first, formulaStarts.contains(first) {
            text.insert(UInt8(ascii: "'"), at: 0)
        }
        // Beyond RFC 4180 (comma, quote, CR, LF): ";" and tab are quoted so that the reader's
        // delimiter detection stays on ",", and edge spaces because the reader trims unquoted cells.
        let needsQuotes = forceQuotes
            || text.contains(where: quotedBytes.contains)
            || text.first == CSVByte.space || text.last == CSVByte.space
        guard needsQuotes else {
            bytes += text
            return
        }
        bytes.append(CSVByte.quote)
        for byte in text {
            if byte == CSVByte.quote { bytes.append(CSVByte.quote) }
            bytes.append(byte)
        }
        bytes.append(CSVByte.quote)
    }

    private static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)
    private static let quotedBytes: Set<UInt8> = Set(",\"\r\n;\t".utf8)
}
