import Domain
import Testing

@Suite struct CSVTests {
    private func parse(_ text: String, maxRows: Int = 20_000) throws(CSVError) -> CSVTable {
        try CSVTable.parse(Array(text.utf8), maxRows: maxRows)
    }

    // MARK: Reading

    @Test(arguments: [false, true])
    func acceptsUTF8WithAndWithoutByteOrderMark(byteOrderMark: Bool) throws {
        let bytes = (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array("Họ tên,Thôn\nLê Văn Tám,Thôn 3\n".utf8)
        let table = try CSVTable.parse(bytes)
        #expect(table == CSVTable(header: ["Họ tên", "Thôn"], rows: [["Lê Văn Tám", "Thôn 3"]], rowLines: [2]))
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3", ["1", "2", "3"]),
        ("a;b;c\n1;2,5;3", ["1", "2,5", "3"]),
        ("a;b;c, d\n1;2;3", ["1", "2", "3"]),
        ("a\tb\tc\n1\t2, 5\t3", ["1", "2, 5", "3"]),
        ("a\tb\tc,d\n1\t2\t3", ["1", "2", "3"]),
        ("\"a;x\",b,c\n1,2;5,3", ["1", "2;5", "3"]),
        ("\n\n a ; b ; c \n1;2;3", ["1", "2", "3"]),
    ])
    func detectsTheDelimiterFromTheHeader(text: String, row: [String]) throws {
        let table = try parse(text)
        #expect(table.header.count == 3)
        #expect(table.rows == [row])
    }

    @Test func commaWinsATieAndASingleColumnHasNoDelimiter() throws {
        #expect(try parse("a,b;c\n1,2;3").rows == [["1", "2;3"]])
        #expect(try parse("Họ tên\nNguyễn Văn An\nTrần Thị Bích").rows == [["Nguyễn Văn An"], ["Trần Thị Bích"]])
        #expect(try parse(";;;\n;;\nHọ tên;Xã, huyện\nAn;Yên Lạc").rows == [["An", "Yên Lạc"]])
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndNewlines() throws {
        let text = """
            Tên,Ghi chú,Số
            "Lò, Văn Páo","Nói ""chào"" trước",1
            Vàng A Sử,"dòng một
            dòng hai
            dòng ba",2
            "Giàng Thị Mỷ",,3
            """
        let table = try parse(text)
        #expect(table.header == ["Tên", "Ghi chú", "Số"])
        #expect(table.rows == [
            ["Lò, Văn Páo", "Nói \"chào\" trước", "1"],
            ["Vàng A Sử", "dòng một\ndòng hai\ndòng ba", "2"],
            ["Giàng Thị Mỷ", "", "3"],
        ])
        #expect(table.rowLines == [2, 3, 6])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func acceptsEveryLineEnd(lineEnd: String) throws {
        let text = ["a,b", "1,\"x\(lineEnd)y\"", "", "2,z", ""].joined(separator: lineEnd)
        let table = try parse(text)
        #expect(table.rows == [["1", "x\(lineEnd)y"], ["2", "z"]])
        #expect(table.rowLines == [2, 5])
    }

    @Test func skipsBlankLinesAndTheTrailingNewline() throws {
        let table = try parse("\n  \na;b\n\n1;2\n   \n;\n;;;;\n3;4\n\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [["1", "2"], ["3", "4"]])
        #expect(table.rowLines == [5, 9])
    }

    @Test func padsShortRowsAndDropsEmptyExtraCells() throws {
        let table = try parse("a;b;c\n1\n1;2\n1;2;3;;\n")
        #expect(table.rows == [["1", "", ""], ["1", "2", ""], ["1", "2", "3"]])
    }

    @Test func trimsUnquotedFieldsAndHeaderNamesButKeepsQuotedFields() throws {
        let table = try parse(" Họ tên ,\" Ghi chú \"\n  Nguyễn An\t, \"  hai khoảng  \" \n")
        #expect(table.header == ["Họ tên", "Ghi chú"])
        #expect(table.rows == [["Nguyễn An", "  hai khoảng  "]])
    }

    @Test func keepsVietnameseTextIntact() throws {
        let names = ["Nguyễn Thị Hồng Nhung", "Đặng Quốc Bảo", "Hà Giang – Đồng Văn", "Ỷ Lan, Ưng Hoà"]
        let text = "Họ và tên;Địa chỉ\n" + names.map { "\($0);\"\($0)\"" }.joined(separator: "\n")
        let table = try parse(text)
        #expect(table.header == ["Họ và tên", "Địa chỉ"])
        #expect(table.rows == names.map { [$0, $0] })
    }

    @Test func readsTenThousandRows() throws {
        var text = "STT,Họ tên,Ngày sinh,Giới tính,Thôn,Điện thoại,CCCD,Lớp,Ghi chú,Email\r\n"
        for number in 1...10_000 {
            text += "\(number),Nguyễn Văn \(number),01/02/1990,Nam,Thôn \(number % 7),"
            text += "09\(number),0010900\(number),Kỹ năng số,\"Ghi chú, số \(number)\",a\(number)@xa.vn\r\n"
        }
        let table = try parse(text)
        #expect(table.rows.count == 10_000)
        #expect(table.rows.last == [
            "10000", "Nguyễn Văn 10000", "01/02/1990", "Nam", "Thôn 4",
            "0910000", "001090010000", "Kỹ năng số", "Ghi chú, số 10000", "a10000@xa.vn",
        ])
        #expect(table.rowLines.last == 10_001)
    }

    @Test func acceptsExactlyMaxRows() throws {
        #expect(try parse("a\n1\n2\n3\n", maxRows: 3).rows.count == 3)
    }

    // MARK: Errors

    @Test(arguments: [
        ("a,b\n1,2\n3,\"chưa đóng\n4,5\n", 3, "không được đóng"),
        ("a,b\n\"x\n\"\"y\"\"\nz\",1\n2,\"3\n", 5, "không được đóng"),
        ("a,b\n1,2\n3,Nguyễn \"Tý\"\n", 3, "ở giữa"),
        ("a,b\n1,\"x\ny\" z\n", 3, "sau dấu ngoặc kép đóng"),
        ("a,b\n1,2\n3,4,5\n", 3, "Có 3 ô nhưng tiêu đề chỉ có 2 cột"),
        ("a;b\n\"x\ny\";2;3\n", 2, "dấu chấm phẩy"),
        ("a,b\r\n\r\n1,2,,x\r\n", 3, "dấu phẩy"),
    ])
    func reportsProblemsWithTheirLine(text: String, line: Int, fragment: String) {
        #expect {
            try parse(text)
        } throws: { error in
            guard let error = error as? CSVError else { return false }
            return error.line == line && error.message.contains(fragment)
                && error.description.hasPrefix("Dòng \(line): ")
        }
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n  \n".utf8), Array(";;;\n;;\n".utf8)] as [[UInt8]])
    func rejectsEmptyFiles(bytes: [UInt8]) {
        #expect(throws: CSVError.empty) { try CSVTable.parse(bytes) }
    }

    @Test func rejectsTooManyRows() {
        #expect(throws: CSVError.tooManyRows(3)) { try parse("a\n1\n2\n3\n4\n", maxRows: 3) }
        #expect(CSVError.tooManyRows(3).line == nil)
        #expect(CSVError.tooManyRows(20_000).message.hasPrefix("Tệp có quá nhiều dòng (tối đa 20.000)"))
        #expect(CSVError.tooManyRows(1_500_000).message.contains("(tối đa 1.500.000)"))
    }

    @Test(arguments: [
        [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8) + [0x8D, 0xFF, 0x00],
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00],
        Array("%PDF-1.7\n%âãÏÓ\n".utf8),
        Array("a,b\n1,2\u{0}\n".utf8),
        Array("JFIF\u{1}\u{2}\u{3}\nabc\u{10}\n".utf8),
    ] as [[UInt8]])
    func rejectsFilesThatAreNotCSV(bytes: [UInt8]) {
        #expect(throws: CSVError.notCSV) { try CSVTable.parse(bytes) }
    }

    @Test func keepsControlCharactersInARealTable() throws {
        #expect(try parse("a,b\n1,x\u{1}y\n").rows == [["1", "x\u{1}y"]])
    }

    @Test(arguments: [
        Array("Họ tên,Xã\nNguy".utf8) + [0xEA] + Array("n,Ph".utf8) + [0xFA] + Array("\n".utf8),  // Windows-1252
        Array("Ten;Xa\n".utf8) + [0xD0, 0xE3, 0xEC, 0x0A],  // Windows-1258
        [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x62, 0x00],  // UTF-16, Excel's "Unicode Text"
        [0xEF, 0xBB, 0xBF] + Array("a,b\n1,".utf8) + [0xC3],  // cut in the middle of "Ã"
    ] as [[UInt8]])
    func rejectsTextThatIsNotUTF8(bytes: [UInt8]) {
        #expect(throws: CSVError.notUTF8) { try CSVTable.parse(bytes) }
        #expect(CSVError.notUTF8.description == "Tệp không phải UTF-8. Trong Excel hãy chọn Lưu dưới dạng → CSV UTF-8.")
    }

    // MARK: Writing

    @Test func writesByteOrderMarkCommasAndWindowsLineEnds() {
        let bytes = CSVWriter.write(header: ["Họ tên", "Thôn"], rows: [["Lê Thị Hoa", "Thôn 2"]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "Họ tên,Thôn\r\nLê Thị Hoa,Thôn 2\r\n")
        #expect(CSVWriter.write(header: ["a"], rows: [], byteOrderMark: false) == Array("a\r\n".utf8))
    }

    @Test(arguments: [
        ("thường", "thường"),
        ("Lò, Văn", "\"Lò, Văn\""),
        ("nói \"chào\"", "\"nói \"\"chào\"\"\""),
        ("hai\ndòng", "\"hai\ndòng\""),
        ("hai\r\ndòng", "\"hai\r\ndòng\""),
        ("a;b", "\"a;b\""),
        (" lề ", "\" lề \""),
        ("=1+1", "'=1+1"),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "\"'\t=1\""),
        ("\r=1", "\"'\r=1\""),
        ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        ("a=b", "a=b"),
    ])
    func quotesAndGuardsFields(field: String, written: String) {
        let bytes = CSVWriter.write(header: ["x", "y"], rows: [[field, "z"]], byteOrderMark: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "x,y\r\n\(written),z\r\n")
    }

    @Test(arguments: [false, true])
    func readsBackWhatItWrites(byteOrderMark: Bool) throws {
        let header = ["Họ và tên", "Ghi chú; khác", " Thôn "]
        let rows = [
            ["Nguyễn Văn A", "Nói \"chào\", rồi đi", "Thôn 1"],
            ["", "", ""],
            ["Đỗ Thị B", "dòng một\r\ndòng hai\nba\rbốn", "  "],
            ["Ưng", "a\tb", "\"\""],
            ["", "", "cuối"],
        ]
        let bytes = CSVWriter.write(header: header, rows: rows, byteOrderMark: byteOrderMark)
        let table = try CSVTable.parse(bytes)
        #expect(table.header == ["Họ và tên", "Ghi chú; khác", "Thôn"])
        #expect(table.rows == rows)
        #expect(table.rowLines == [2, 3, 4, 8, 9])
    }

    @Test func formulaGuardIsTheOnlyChangeOnTheWayBack() throws {
        let bytes = CSVWriter.write(header: ["a", "b"], rows: [["=1+1", "-3"]])
        #expect(try CSVTable.parse(bytes).rows == [["'=1+1", "'-3"]])
    }
}
