/// A table read from a CSV file, such as a resident list that commune staff exported from Excel.
public struct CSVTable: Sendable, Equatable {
    /// The column names from the first non-empty line, trimmed.
    public var header: [String]
    /// The data rows, each exactly as wide as the header (short rows are padded with "").
    public var rows: [[String]]
    /// The 1-based physical line where each row starts, for messages ("dòng 12: …").
    public var rowLines: [Int]

    public init(header: [String], rows: [[String]], rowLines: [Int]) {
        self.header = header
        self.rows = rows
        self.rowLines = rowLines
    }

    /// Parses the raw bytes of a file: UTF-8 with or without BOM, RFC 4180 quoting,
    /// delimited by comma, semicolon or tab (detected from the header line).
    public static func parse(_ bytes: [UInt8], maxRows: Int = 20_000) throws(CSVError) -> CSVTable {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].contains(where: { !CSVByte.isBlank($0) }) else { throw .empty }
        // Excel's "Unicode Text" is UTF-16: a CSV in the wrong encoding, not another format.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .notUTF8 }
        // Checked before UTF-8: an .xlsx is rarely valid UTF-8, and "this is not CSV" is the real fix.
        // Excel never writes NUL into a CSV, so one means a binary file.
        if CSVByte.hasForeignSignature(bytes) || bytes.contains(0) { throw .notCSV }
        guard String(validating: bytes[start...], as: UTF8.self) != nil else { throw .notUTF8 }

        let delimiter = CSVDelimiter.detect(in: bytes, from: start)
        if !delimiter.hasColumns && bytes.contains(where: CSVByte.isBinaryControl) { throw .notCSV }

        var scanner = CSVScanner(bytes: bytes, start: start, delimiter: delimiter.byte)
        var header: [String]?
        var rows: [[String]] = []
        var rowLines: [Int] = []
        while let record = try scanner.nextRecord() {
            if record.isBlank { continue }
            guard let width = header?.count else {
                header = record.fields.map(\.trimmingSpaces)
                continue
            }
            var fields = record.fields
            if fields.count > width {
                guard fields[width...].allSatisfy(\.isEmpty) else {
                    throw CSVError(line: record.line, message: """
                        Có \(fields.count) ô nhưng tiêu đề chỉ có \(width) cột. \
                        Có thể một ô chứa \(delimiter.name) mà không nằm trong ngoặc kép.
                        """)
                }
                // Trailing empty cells: Excel writes them for formatted but empty columns.
                fields.removeLast(fields.count - width)
            } else if fields.count < width {
                fields += Array(repeating: "", count: width - fields.count)
            }
            guard rows.count < maxRows else { throw .tooManyRows(maxRows) }
            rows.append(fields)
            rowLines.append(record.line)
        }
        guard let header else { throw .empty }
        return CSVTable(header: header, rows: rows, rowLines: rowLines)
    }
}

/// Why a CSV file could not be read, with the 1-based line when one line is at fault.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "Dòng \($0): \(message)" } ?? message }

    public static let empty = CSVError(line: nil, message: "Tệp trống: không có dòng tiêu đề nào.")
    public static let notUTF8 = CSVError(
        line: nil, message: "Tệp không phải UTF-8. Trong Excel hãy chọn Lưu dưới dạng → CSV UTF-8.")
    public static let notCSV = CSVError(
        line: nil, message: "Đây không phải tệp CSV. Trong Excel hãy chọn Lưu dưới dạng → CSV UTF-8.")

    /// More data rows than `limit`; the limit keeps one upload from holding the server for long.
    public static func tooManyRows(_ limit: Int) -> CSVError {
        CSVError(line: nil, message: "Tệp có quá nhiều dòng (tối đa \(groupedDigits(limit))). Hãy chia thành nhiều tệp.")
    }

    /// `20000` as "20.000", the Vietnamese way of grouping digits.
    static func groupedDigits(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(".", at: index)
        }
        return number < 0 ? "-" + digits : digits
    }
}

/// The byte values the reader and writer care about.
enum CSVByte {
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    static func isNewline(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab || isNewline(byte) }

    /// Control bytes that text never holds; a file full of them is a binary format.
    static func isBinaryControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != tab && !isNewline(byte)) || byte == 0x7F
    }

    /// Whether the file starts like a format staff may upload by mistake:
    /// .xlsx/.ods (zip), .xls (OLE2) or PDF.
    static func hasForeignSignature(_ bytes: [UInt8]) -> Bool {
        let signatures: [[UInt8]] = [
            [0x50, 0x4B, 0x03, 0x04],
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            Array("%PDF-".utf8),
        ]
        return signatures.contains { bytes.starts(with: $0) }
    }
}

/// The delimiter of a file, chosen from its header line.
struct CSVDelimiter {
    var byte: UInt8
    /// Whether the header line holds the delimiter at all (more than one column).
    var hasColumns: Bool

    /// Counts commas, semicolons and tabs outside quotes up to the header line:
    /// Vietnamese Excel uses ";" because "," is its decimal separator.
    static func detect(in bytes: [UInt8], from start: Int) -> CSVDelimiter {
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false
        var lineHasText = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == CSVByte.quote {
                // A doubled quote toggles twice, which leaves the state right.
                inQuotes.toggle()
                lineHasText = true
            } else if inQuotes {
                continue
            } else if CSVByte.isNewline(byte) {
                // Lines of only delimiters before the header (Excel's ";;;" for empty
                // formatted rows) are skipped by the reader but still vote here.
                if lineHasText { break }
            } else if byte == CSVByte.comma {
                commas += 1
            } else if byte == CSVByte.semicolon {
                semicolons += 1
            } else if byte == CSVByte.tab {
                tabs += 1
            } else if byte != CSVByte.space {
                lineHasText = true
            }
        }
        if tabs > commas && tabs > semicolons { return CSVDelimiter(byte: CSVByte.tab, hasColumns: true) }
        if semicolons > commas { return CSVDelimiter(byte: CSVByte.semicolon, hasColumns: true) }
        return CSVDelimiter(byte: CSVByte.comma, hasColumns: commas > 0)
    }

    /// The delimiter's Vietnamese name, for messages.
    var name: String {
        switch byte {
        case CSVByte.semicolon: "dấu chấm phẩy (;)"
        case CSVByte.tab: "dấu tab"
        default: "dấu phẩy (,)"
        }
    }
}

/// Reads records from the bytes of a file already checked to be valid UTF-8, counting physical lines.
///
/// Works on bytes and decodes each field once: splitting only at ASCII bytes never cuts
/// a UTF-8 sequence, so every field is valid on its own.
struct CSVScanner {
    /// One record: its fields, the line it starts on, and whether any field was quoted.
    struct Record {
        var fields: [String]
        var line: Int
        var hasQuotedField: Bool

        /// An empty line, or only empty cells (Excel writes ";;;" for formatted but empty rows);
        /// a quoted "" is kept so that the writer can round-trip a row of empty cells.
        var isBlank: Bool { !hasQuotedField && fields.allSatisfy(\.isEmpty) }
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    private var index: Int
    private var line = 1
    /// Reused across quoted fields, which are the only ones that need copying ("" → ").
    private var buffer: [UInt8] = []

    init(bytes: [UInt8], start: Int, delimiter: UInt8) {
        self.bytes = bytes
        self.index = start
        self.delimiter = delimiter
    }

    mutating func nextRecord() throws(CSVError) -> Record? {
        guard index < bytes.count else { return nil }
        var record = Record(fields: [], line: line, hasQuotedField: false)
        while true {
            skipSpaces()
            if index < bytes.count && bytes[index] == CSVByte.quote {
                record.fields.append(try quotedField())
                record.hasQuotedField = true
                skipSpaces()
                if index < bytes.count && bytes[index] != delimiter && !CSVByte.isNewline(bytes[index]) {
                    throw CSVError(line: line, message: """
                        Ô thứ \(record.fields.count) có chữ sau dấu ngoặc kép đóng. \
                        Trong ô có ngoặc kép, mỗi dấu " phải viết thành "".
                        """)
                }
            } else {
                record.fields.append(try unquotedField(column: record.fields.count + 1))
            }
            guard index < bytes.count else { return record }
            if bytes[index] == delimiter {
                index += 1
            } else {
                skipNewline()
                return record
            }
        }
    }

    /// Spaces around unquoted fields are noise from hand editing; a tab is one too unless it delimits.
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == CSVByte.space || (byte == CSVByte.tab && delimiter != CSVByte.tab)
    }

    private mutating func skipSpaces() {
        while index < bytes.count && isSpace(bytes[index]) { index += 1 }
    }

    /// Steps over LF, CRLF or a lone CR (old Mac files), as one line end.
    private mutating func skipNewline() {
        if bytes[index] == CSVByte.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == CSVByte.lineFeed {
            index += 1
        }
        index += 1
        line += 1
    }

    private mutating func unquotedField(column: Int) throws(CSVError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == delimiter || CSVByte.isNewline(byte) { break }
            if byte == CSVByte.quote {
                throw CSVError(line: line, message: """
                    Ô thứ \(column) có dấu ngoặc kép (") ở giữa. \
                    Hãy đặt cả ô trong ngoặc kép và viết mỗi dấu " thành "".
                    """)
            }
            index += 1
        }
        var end = index
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A field between quotes, kept as is: delimiters, line ends and spaces inside belong to it.
    private mutating func quotedField() throws(CSVError) -> String {
        let openingLine = line
        index += 1
        buffer.removeAll(keepingCapacity: true)
        while true {
            guard index < bytes.count else {
                throw CSVError(line: openingLine, message: """
                    Dấu ngoặc kép (") mở ở dòng này không được đóng đến hết tệp. \
                    Hãy kiểm tra ô có dấu " ở dòng này.
                    """)
            }
            let byte = bytes[index]
            index += 1
            if byte == CSVByte.quote {
                guard index < bytes.count && bytes[index] == CSVByte.quote else { break }
                index += 1
            } else if byte == CSVByte.lineFeed
                || (byte == CSVByte.carriageReturn && (index == bytes.count || bytes[index] != CSVByte.lineFeed)) {
                line += 1
            }
            buffer.append(byte)
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}
