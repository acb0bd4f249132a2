import Domain

/// An uploaded file read as `ImportHandlers` reads it: `CSVTable.parse`, then the resident
/// import's checks against two villages and one phone that already has an account. Checked:
/// - the table is rectangular, its row lines rise, and it is at most `maxRows` long;
/// - `CSVWriter` writes a table that `CSVTable` reads back, the formula guard's `'` being
///   the only change (its doc comment and `CSVTests`);
/// - the preview keeps the import's promises: every row is valid or says why not, a valid row
///   has a name, a new phone not repeated above it, a known village and a birth year in range.
enum CSVImportFuzz {
    static let thisYear = 2026
    static let villages = [
        Village(id: 1, name: "Bắc Sơn", kind: .thon, formerNames: ["Thôn 3", "Đồng Chùa"]),
        Village(id: 2, name: "Đông Hoà", kind: .ap, formerNames: []),
    ]
    static let existingPhones: Set<String> = ["0912345678"]

    static func run(_ input: [UInt8]) throws(PropertyViolation) {
        let table: CSVTable
        do {
            table = try CSVTable.parse(input, maxRows: 500)
        } catch {
            try require(!error.message.isEmpty && (error.line ?? 1) >= 1, "unusable error \(error)")
            return
        }
        try checkShape(table)
        try checkRoundTrip(table)
        let preview: ResidentImport
        do {
            preview = try ResidentImport(table, villages: villages, existingPhones: existingPhones, thisYear: thisYear)
        } catch {
            try require(!error.message.isEmpty, "an empty error for the whole file")
            return
        }
        try checkPreview(preview, of: table)
    }

    private static func checkShape(_ table: CSVTable) throws(PropertyViolation) {
        try require(!table.header.isEmpty, "no header")
        try require(table.rows.allSatisfy { $0.count == table.header.count }, "a row is not as wide as the header")
        try require(table.rows.count == table.rowLines.count && table.rows.count <= 500, "\(table.rows.count) rows")
        try require(zip(table.rowLines, table.rowLines.dropFirst()).allSatisfy(<) && (table.rowLines.first ?? 2) >= 2,
                    "row lines \(table.rowLines)")
    }

    private static func checkRoundTrip(_ table: CSVTable) throws(PropertyViolation) {
        // A file of one column holding control bytes reads as binary (`CSVError.notCSV`) by
        // design; such a table can only come from a file whose delimiter-only first lines
        // made it look like columns, so there is nothing to write back.
        let hasControl = (table.header + table.rows.joined()).contains { $0.utf8.contains(where: isBinaryControl) }
        guard table.header.count > 1 || !hasControl else { return }
        let written = CSVWriter.write(header: table.header, rows: table.rows)
        let read: CSVTable
        do {
            read = try CSVTable.parse(written, maxRows: 500)
        } catch {
            throw PropertyViolation(description: "written table does not read back: \(error); \(table)")
        }
        try require(read.header == table.header.map(guarded) && read.rows == table.rows.map { $0.map(guarded) },
                    "written table reads back as \(read), not \(table)")
    }

    /// The writer's formula guard: a cell starting with = + - @ tab or CR gets a leading `'`.
    private static func guarded(_ cell: String) -> String {
        guard let first = cell.utf8.first, Set("=+-@\t\r".utf8).contains(first) else { return cell }
        return "'" + cell
    }

    private static func isBinaryControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r")) || byte == 0x7F
    }

    private static func checkPreview(_ preview: ResidentImport, of table: CSVTable) throws(PropertyViolation) {
        let lines = preview.rows.map(\.line)
        try require(zip(lines, lines.dropFirst()).allSatisfy(<) && Set(lines).isSubset(of: table.rowLines),
                    "preview lines \(lines) are not rows of the table \(table.rowLines)")
        try require(preview.validCount + preview.errorCount == preview.rows.count, "counts do not add up")
        try require(preview.isCommittable == (!preview.rows.isEmpty && preview.errorCount == 0), "committable with errors")
        var phones: Set<String> = []
        for row in preview.rows {
            guard let resident = row.resident else {
                try require(!row.errors.isEmpty && row.errors.allSatisfy { !$0.isEmpty }, "line \(row.line): invalid without a reason")
                continue
            }
            try require(!resident.fullName.isEmpty && resident.fullName.count <= 100, "line \(row.line): name \(resident.fullName)")
            try require(!existingPhones.contains(resident.phone.digits), "line \(row.line): an existing phone is valid")
            try require(phones.insert(resident.phone.digits).inserted, "line \(row.line): a repeated phone is valid")
            try require(resident.villageID.map { id in villages.contains { $0.id == id } } ?? false,
                        "line \(row.line): village \(String(describing: resident.villageID))")
            try require(resident.birthYear.map { (1900...thisYear).contains($0) } ?? true, "line \(row.line): birth year")
        }
    }
}
