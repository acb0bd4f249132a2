/// A resident list from a CSV file, checked row by row before anything is saved, so staff
/// see every problem at once and the import can be all or nothing.
///
/// Duplicates are matched by phone and reported, never merged. A phone that already has an
/// account is an error on its row. A phone repeated in the file is an error on each later
/// row that repeats it, naming the first ("trùng với dòng 4"); the first row stays as it
/// is, so staff fix or delete the later copies.
public struct ResidentImport: Sendable, Equatable {
    /// One data row: its line in the file (1-based, where the row starts), and the resident
    /// or what is wrong with it.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var outcome: Outcome

        public var resident: PersonDetails? {
            if case .valid(let resident) = outcome { resident } else { nil }
        }

        public var errors: [String] {
            if case .invalid(let errors) = outcome { errors } else { [] }
        }
    }

    public enum Outcome: Sendable, Equatable {
        case valid(PersonDetails)
        /// One Vietnamese sentence per problem, in column order.
        case invalid([String])
    }

    public var rows: [Row]

    /// Title lines Excel lists often carry above the header ("DANH SÁCH NGƯỜI DÂN THÔN 3",
    /// the commune's name, a blank line): the header may be any of the first few lines.
    static let maxTitleLines = 10

    /// Checks every row of `table` against the commune's villages and the phones that
    /// already have an account (`existingPhones`, as digits). `thisYear` bounds birth years:
    /// it is passed in because the domain never reads a clock.
    /// Throws for the whole file when the name or phone column is missing.
    ///
    /// Rows whose known columns are all empty are skipped like blank lines: Excel templates
    /// number rows ("STT") far below the last resident.
    public init(_ table: CSVTable, villages: [Village], existingPhones: Set<String>, thisYear: Int) throws(CSVError) {
        let (columns, firstRow) = try Self.locateHeader(in: table)
        let reader = ResidentRowReader(columns: columns, villages: VillageLookup(villages), thisYear: thisYear)
        var firstLineOfPhone: [String: Int] = [:]
        rows = []
        rows.reserveCapacity(table.rows.count - firstRow)
        for index in firstRow..<table.rows.count where reader.hasContent(table.rows[index]) {
            let line = table.rowLines[index]
            var (resident, errors) = reader.read(table.rows[index])
            if let phone = resident?.phone {
                if existingPhones.contains(phone.digits) {
                    errors.append("Số điện thoại \(phone.digits) đã có tài khoản trên hệ thống.")
                }
                if let first = firstLineOfPhone[phone.digits] {
                    errors.append("Số điện thoại \(phone.digits) trùng với dòng \(first).")
                } else {
                    firstLineOfPhone[phone.digits] = line
                }
            }
            let outcome: Outcome = if let resident, errors.isEmpty { .valid(resident) } else { .invalid(errors) }
            rows.append(Row(line: line, outcome: outcome))
        }
    }

    /// Rows ready to import.
    public var validCount: Int { rows.count - errorCount }

    /// Rows with at least one error.
    public var errorCount: Int { rows.count { $0.resident == nil } }

    /// Whether confirming may save: the import is all or nothing, so every row must be valid.
    public var isCommittable: Bool { !rows.isEmpty && errorCount == 0 }

    /// The residents of the valid rows, in file order.
    public var residents: [PersonDetails] { rows.compactMap(\.resident) }

    /// The known columns and the index of the first data row.
    private static func locateHeader(in table: CSVTable) throws(CSVError) -> ([ResidentColumn: Int], Int) {
        if let columns = try ResidentColumn.locate(in: table.header) { return (columns, 0) }
        for index in table.rows.indices.prefix(maxTitleLines) {
            if let columns = try ResidentColumn.locate(in: table.rows[index]) { return (columns, index + 1) }
        }
        throw ResidentColumn.missingColumnsError(header: table.header)
    }
}
