import MicroHTTP

extension Response {
    /// The text of a CSV file as Excel needs it, with its line ends shown as "\n"; nil unless
    /// it is UTF-8 with a byte order mark and every line ends in CRLF.
    public var excelCSV: String? {
        guard body.starts(with: [0xEF, 0xBB, 0xBF]), header("Content-Type") == "text/csv; charset=utf-8" else { return nil }
        let lines = String(decoding: body.dropFirst(3), as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        guard !lines.contains(where: { $0.contains("\n") || $0.contains("\r") }) else { return nil }
        return lines.joined(separator: "\n")
    }
}
