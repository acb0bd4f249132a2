import Domain
import Testing

@Suite struct ResidentImportTests {
    static let villages = [
        Village(id: 1, name: "Bắc Sơn", kind: .thon, formerNames: ["Thôn 3", "Đồng Chùa"]),
        Village(id: 2, name: "Đông Hoà", kind: .ap, formerNames: []),
    ]
    static let header = "Họ và tên,Số điện thoại,Năm sinh,Giới tính,Thôn,Nhóm,Chủ hộ,Dân tộc,CCCD"

    func preview(_ text: String, villages: [Village] = villages, existingPhones: Set<String> = [],
                 byteOrderMark: Bool = false) throws(CSVError) -> ResidentImport {
        let bytes = (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        return try ResidentImport(CSVTable.parse(bytes), villages: villages, existingPhones: existingPhones, thisYear: 2026)
    }

    /// The errors of the only row of a file with the standard header.
    func errors(_ row: String, villages: [Village] = villages) throws -> [String] {
        let preview = try preview(Self.header + "\n" + row, villages: villages)
        #expect(preview.rows.count == 1)
        return preview.rows.first?.errors ?? []
    }

    // MARK: Files that import

    @Test func readsExcelVietnameseDefaultsByteOrderMarkSemicolonsAndWindowsLineEnds() throws {
        let text = Self.header.split(separator: ",").joined(separator: ";") + "\r\n"
            + "Nguyễn Thị Hoa;0912 345 678;1980;Nữ;Bắc Sơn;1;Trần Văn Nam;Kinh;001 203 456 789\r\n"
            + "Lò Văn Páo;+84 987 654 321;;;Ấp Đông Hoà;;;Thái;\r\n"
        let preview = try preview(text, byteOrderMark: true)
        #expect(preview.rows.map(\.line) == [2, 3])
        #expect(preview.residents == [
            PersonDetails(phone: PhoneNumber("0912345678")!, fullName: "Nguyễn Thị Hoa", birthYear: 1980, sex: .female,
                             group: TargetGroup(number: 1), villageID: 1, householdHead: "Trần Văn Nam", ethnicity: "Kinh",
                             citizenID: CitizenID("001203456789")),
            PersonDetails(phone: PhoneNumber("0987654321")!, fullName: "Lò Văn Páo", villageID: 2, ethnicity: "Thái"),
        ])
        #expect(preview.isCommittable && preview.validCount == 2 && preview.errorCount == 0)
    }

    @Test(arguments: [
        "Họ và tên,Số điện thoại,Năm sinh,Giới tính,Thôn,Nhóm đối tượng,Chủ hộ,Dân tộc,Căn cước công dân",
        "HỌ TÊN,SĐT,NĂM SINH,GIỚI TÍNH,THÔN/ẤP,NHÓM,CHỦ HỘ,DÂN TỘC,SỐ CCCD",
        "Ho ten,Dien thoai,Nam sinh,Gioi tinh,Thon to,Nhom,Chu ho,Dan toc,CCCD",
        "ho_ten,so_dien_thoai,nam_sinh,gioi_tinh,thon,nhom,chu_ho,dan_toc,cccd",
        " họ  và  tên ,Sđt,Năm sinh,Giới tính,\"Thôn, tổ\",Nhóm,Chủ hộ,Dân tộc,CCCD",
    ])
    func findsColumnsHoweverTheHeaderIsSpelled(header: String) throws {
        let preview = try preview(header + "\nTrần Văn Bình,0912345678,1975,nam,bac son,2,Trần Văn Bình,Kinh,001203456789")
        #expect(preview.residents == [
            PersonDetails(phone: PhoneNumber("0912345678")!, fullName: "Trần Văn Bình", birthYear: 1975, sex: .male,
                             group: TargetGroup(number: 2), villageID: 1, householdHead: "Trần Văn Bình", ethnicity: "Kinh",
                             citizenID: CitizenID("001203456789")),
        ])
    }

    @Test func importsTheAppsOwnExport() throws {
        let bytes = CSVWriter.write(header: ["ho_ten", "so_dien_thoai", "nam_sinh", "gioi_tinh", "thon", "nhom", "dang_ky_giup"], rows: [
            ["Nguyễn Thị Hoa", "0912345678", "1980", "nu", "Thôn Bắc Sơn", "1", "co"],
            ["Phạm Văn Đức", "0935111222", "", "khac", "Ấp Đông Hoà", "", ""],
            ["Hà Văn Tú", "0977000111", "2001", "nam", "Thôn Bắc Sơn", "4", ""],
        ])
        let preview = try ResidentImport(CSVTable.parse(bytes), villages: Self.villages, existingPhones: [], thisYear: 2026)
        #expect(preview.isCommittable)
        #expect(preview.residents.map(\.sex) == [.female, .other, .male])
        #expect(preview.residents.map(\.villageID) == [1, 2, 1])
        #expect(preview.residents.map(\.group) == [TargetGroup(number: 1), nil, TargetGroup(number: 4)])
    }

    @Test func quotedFieldsKeepCommasAndLineBreaksBecomeSpaces() throws {
        let preview = try preview(Self.header + "\n"
            + "\"Lò, Văn Páo\",0912345678,,,Bắc Sơn,,\"Lò Văn\nSáng\",,\n"
            + "Giàng Thị Mỷ,0912345679,,,\"Đông Hoà\",,,,\n")
        #expect(preview.residents.map(\.fullName) == ["Lò, Văn Páo", "Giàng Thị Mỷ"])
        #expect(preview.residents.first?.householdHead == "Lò Văn Sáng")
        #expect(preview.rows.map(\.line) == [2, 4])
    }

    @Test func villagesMatchByNameDisplayNameOrFormerNameIgnoringDiacritics() throws {
        for written in ["Bắc Sơn", "bac son", "THÔN BẮC SƠN", "Thôn 3", "Đồng Chùa", "dong chua", "Thôn Đồng Chùa"] {
            #expect(try errors("An,0912345678,,,\(written),,,,") == [], "\(written)")
        }
        #expect(try errors("An,0912345678,,,Bắc Sơnn,,,,") == ["Không có thôn “Bắc Sơnn” trong danh sách thôn của xã."])
        #expect(try errors("An,0912345678,,,,,,,") == ["Thiếu thôn."])
        #expect(try errors("An,0912345678,,,,,,,", villages: []) == [])
        #expect(try errors("An,0912345678,,,Bắc Sơn,,,,", villages: []) == [
            "Không có thôn “Bắc Sơn” trong danh sách thôn của xã. Xã chưa có danh sách thôn: hãy thêm thôn trước, hoặc để trống cột này.",
        ])
    }

    @Test func aCurrentNameWinsOverAnotherVillagesFormerName() throws {
        let villages = [Village(id: 7, name: "Trung", kind: .thon, formerNames: ["Hạ"]),
                        Village(id: 8, name: "Hạ", kind: .thon, formerNames: [])]
        #expect(try preview("Họ tên,SĐT,Thôn\nAn,0912345678,Hạ", villages: villages).residents.first?.villageID == 8)
    }

    @Test func restoresTheLeadingZeroExcelDropsFromPhoneNumbers() throws {
        let preview = try preview("Họ tên,SĐT\nAn,912345678\nBình,2633822456", villages: [])
        #expect(preview.residents.map(\.phone.digits) == ["0912345678", "02633822456"])
    }

    @Test func findsTheHeaderBelowTitleLinesAndSkipsRowsWithOnlyANumber() throws {
        let text = """
            DANH SÁCH NGƯỜI DÂN THÔN BẮC SƠN;;;
            Năm 2026;;;
            STT;Họ và tên;Số điện thoại;Thôn
            1;Nguyễn Văn An;0912345678;Bắc Sơn
            2;;;
            3;;;
            """
        let preview = try preview(text)
        #expect(preview.rows.map(\.line) == [4])
        #expect(preview.isCommittable)
    }

    // MARK: Row errors

    @Test(arguments: [
        (",0912345678,,,Bắc Sơn,,,,", "Thiếu họ tên."),
        ("\(String(repeating: "A", count: 101)),0912345678,,,Bắc Sơn,,,,", "Họ tên dài quá 100 ký tự."),
        ("An,,,,Bắc Sơn,,,,", "Thiếu số điện thoại."),
        ("An,0912,,,Bắc Sơn,,,,",
         "Số điện thoại “0912” không hợp lệ: cần 10 chữ số, bắt đầu bằng 0 (số cố định: 11 chữ số, bắt đầu bằng 02)."),
        ("An,0912abc678,,,Bắc Sơn,,,,",
         "Số điện thoại “0912abc678” không hợp lệ: cần 10 chữ số, bắt đầu bằng 0 (số cố định: 11 chữ số, bắt đầu bằng 02)."),
        ("An,0912345678,85,,Bắc Sơn,,,,", "Năm sinh “85” không hợp lệ: cần năm có 4 chữ số, từ 1900 đến 2026."),
        ("An,0912345678,2030,,Bắc Sơn,,,,", "Năm sinh “2030” không hợp lệ: cần năm có 4 chữ số, từ 1900 đến 2026."),
        ("An,0912345678,,Bê đê,Bắc Sơn,,,,", "Giới tính “Bê đê” không hợp lệ: ghi Nam, Nữ hoặc Khác."),
        ("An,0912345678,,,Bắc Sơn,5,,,", "Nhóm đối tượng “5” không hợp lệ: ghi một số từ 1 đến 4."),
        ("An,0912345678,,,Bắc Sơn,một,,,", "Nhóm đối tượng “một” không hợp lệ: ghi một số từ 1 đến 4."),
        ("An,0912345678,,,Bắc Sơn,,\(String(repeating: "B", count: 101)),,", "Tên chủ hộ dài quá 100 ký tự."),
        ("An,0912345678,,,Bắc Sơn,,,\(String(repeating: "K", count: 51)),", "Dân tộc dài quá 50 ký tự."),
        ("An,0912345678,,,Bắc Sơn,,,,00120345678x", "Số CCCD “00120345678x” không hợp lệ: cần 12 chữ số."),
        ("An,0912345678,,,Bắc Sơn,,,,1203456789",
         "Số CCCD “1203456789” không hợp lệ: cần 12 chữ số. Có thể Excel đã đổi ô thành số: hãy định dạng cột là Văn bản (Text) và nhập lại số."),
        ("An,0912345678,,,Bắc Sơn,,,,\"1,20346E+11\"",
         "Số CCCD “1,20346E+11” không hợp lệ: cần 12 chữ số. Có thể Excel đã đổi ô thành số: hãy định dạng cột là Văn bản (Text) và nhập lại số."),
    ])
    func reportsEachRowError(row: String, message: String) throws {
        #expect(try errors(row) == [message])
    }

    @Test func reportsEveryErrorOfARowInColumnOrder() throws {
        let preview = try preview(Self.header + "\nAn,0912,1800,x,Nowhere,9,,,123\nBình,0912345678,,,Bắc Sơn,,,,")
        #expect(preview.rows[0].errors.count == 6)
        #expect(preview.rows[0].errors.first == "Số điện thoại “0912” không hợp lệ: cần 10 chữ số, bắt đầu bằng 0 (số cố định: 11 chữ số, bắt đầu bằng 02).")
        #expect(preview.rows[0].errors.last?.hasPrefix("Số CCCD “123”") == true)
        #expect(preview.validCount == 1 && preview.errorCount == 1 && !preview.isCommittable)
        #expect(preview.residents.map(\.fullName) == ["Bình"])
    }

    @Test func duplicatesInTheFileAreReportedOnTheLaterRows() throws {
        let preview = try preview("Họ tên;SĐT;Thôn\nAn;0912345678;Bắc Sơn\nBình;0987654321;Bắc Sơn\nCúc;0912 345 678;Bắc Sơn\nDũng;+84912345678;Bắc Sơn")
        #expect(preview.rows.map(\.errors) == [
            [], [], ["Số điện thoại 0912345678 trùng với dòng 2."], ["Số điện thoại 0912345678 trùng với dòng 2."],
        ])
        #expect(preview.validCount == 2 && !preview.isCommittable)
    }

    @Test func aPhoneWithAnAccountIsReportedNeverMerged() throws {
        let preview = try preview("Họ tên;SĐT;Thôn\nAn;0912345678;Bắc Sơn\nBình;0987654321;Bắc Sơn", existingPhones: ["0912345678"])
        #expect(preview.rows.map(\.errors) == [["Số điện thoại 0912345678 đã có tài khoản trên hệ thống."], []])
    }

    // MARK: Whole-file errors

    @Test func aMissingRequiredColumnNamesItAndTheColumnsFound() {
        #expect(throws: CSVError(line: nil, message: """
            Tệp thiếu cột “Số điện thoại”. Các cột có trong tệp: “STT”, “Họ và tên”, “Điện thoại di động”. \
            Bảng cần một dòng tiêu đề, ví dụ: Họ và tên; Số điện thoại; Năm sinh; Thôn.
            """)) {
            try preview("STT,Họ và tên,Điện thoại di động\n1,An,0912345678")
        }
        #expect {
            try preview("Tên,Ghi chú\nAn,x")
        } throws: { error in
            (error as? CSVError)?.message.hasPrefix("Tệp thiếu cột “Họ và tên” và “Số điện thoại”.") == true
        }
    }

    @Test func aColumnUnderTwoHeadersIsAmbiguous() {
        #expect {
            try preview("Họ tên,SĐT,Điện thoại\nAn,0912345678,0987654321")
        } throws: { error in
            (error as? CSVError)?.message == "Cột Số điện thoại xuất hiện hai lần trong dòng tiêu đề: “SĐT” và “Điện thoại”. Hãy xóa hoặc đổi tên một cột."
        }
    }

    @Test func aHeaderWithoutRowsCannotBeCommitted() throws {
        let preview = try preview(Self.header + "\n")
        #expect(preview.rows.isEmpty && !preview.isCommittable)
    }

    @Test(arguments: [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("xl/workbook.xml".utf8),
    ] as [[UInt8]])
    func aFileThatIsNotCSVIsRefused(bytes: [UInt8]) {
        #expect(throws: CSVError.notCSV) {
            try ResidentImport(CSVTable.parse(bytes), villages: Self.villages, existingPhones: [], thisYear: 2026)
        }
    }

    // MARK: Size

    @Test func checksTenThousandRows() throws {
        var text = "STT;Họ và tên;Số điện thoại;Năm sinh;Giới tính;Thôn;Nhóm\r\n"
        for number in 1...10_000 {
            text += "\(number);Nguyễn Văn \(number);09\(String(100_000_000 + number).dropFirst());\(1950 + number % 60);"
            text += "\(number % 2 == 0 ? "Nam" : "Nữ");\(number % 3 == 0 ? "Đông Hoà" : "Thôn Bắc Sơn");\(number % 4 + 1)\r\n"
        }
        let clock = ContinuousClock()
        var preview: ResidentImport?
        let elapsed = try clock.measure { preview = try self.preview(text, existingPhones: ["0800000000"], byteOrderMark: true) }
        let checked = try #require(preview)
        #expect(checked.rows.count == 10_000 && checked.validCount == 10_000 && checked.isCommittable)
        #expect(Set(checked.residents.map(\.phone)).count == 10_000)
        #expect(checked.rows.last?.line == 10_001)
        #expect(checked.residents.last?.fullName == "Nguyễn Văn 10000")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }
}
