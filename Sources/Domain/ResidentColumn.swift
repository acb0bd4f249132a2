/// A column of a resident list, found by its header however staff spelled it: case,
/// diacritics and punctuation are ignored, so "SĐT", "Số điện thoại" and the app's own
/// export header "so_dien_thoai" are the same column.
public enum ResidentColumn: CaseIterable, Sendable {
    case fullName, phone, birthYear, sex, village, group, householdHead, ethnicity, citizenID

    /// The header as messages name it.
    public var title: String {
        switch self {
        case .fullName: "Họ và tên"
        case .phone: "Số điện thoại"
        case .birthYear: "Năm sinh"
        case .sex: "Giới tính"
        case .village: "Thôn"
        case .group: "Nhóm đối tượng"
        case .householdHead: "Chủ hộ"
        case .ethnicity: "Dân tộc"
        case .citizenID: "Số CCCD"
        }
    }

    /// The headers accepted for the column, as `key(_:)` makes them.
    var keys: Set<String> {
        switch self {
        case .fullName: ["ho va ten", "ho ten"]
        case .phone: ["so dien thoai", "sdt", "dien thoai", "so dt"]
        case .birthYear: ["nam sinh"]
        case .sex: ["gioi tinh"]
        case .village: ["thon", "thon ap", "thon to", "thon ban", "ap", "ban", "to dan pho"]
        case .group: ["nhom", "nhom doi tuong"]
        case .householdHead: ["chu ho", "ten chu ho"]
        case .ethnicity: ["dan toc"]
        case .citizenID: ["cccd", "so cccd", "can cuoc cong dan", "so can cuoc cong dan", "can cuoc"]
        }
    }

    /// Without these a row cannot become an account.
    static let required: [ResidentColumn] = [.fullName, .phone]

    /// Folded text with every run of other characters than letters and digits as one space:
    /// "Thôn/ấp" → "thon ap", "so_dien_thoai" → "so dien thoai".
    static func key(_ text: String) -> String {
        var key = ""
        var pendingSpace = false
        for scalar in TextFolding.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !key.isEmpty { key.unicodeScalars.append(" ") }
                key.unicodeScalars.append(scalar)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// The position of each known column in `header`; columns the import does not know
    /// ("STT", "Ghi chú") are left out. Nil when a required column is missing.
    /// Throws when one column appears under two headers: which to read would be a guess.
    static func locate(in header: [String]) throws(CSVError) -> [ResidentColumn: Int]? {
        var positions: [ResidentColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = key(name)
            guard let column = allCases.first(where: { $0.keys.contains(key) }) else { continue }
            if let earlier = positions[column] {
                throw CSVError(line: nil, message: """
                    Cột \(column.title) xuất hiện hai lần trong dòng tiêu đề: “\(header[earlier])” và “\(name)”. \
                    Hãy xóa hoặc đổi tên một cột.
                    """)
            }
            positions[column] = index
        }
        return required.allSatisfy { positions[$0] != nil } ? positions : nil
    }

    /// The whole file's error when the header lacks a required column: names what is
    /// missing and what was found, since the usual cause is a header spelled another way.
    static func missingColumnsError(header: [String]) -> CSVError {
        let keys = Set(header.map(key))
        let missing = required.filter { $0.keys.isDisjoint(with: keys) }.map { "“\($0.title)”" }
        let found = header.filter { !$0.isEmpty }.map { "“\($0)”" }
        return CSVError(line: nil, message: """
            Tệp thiếu cột \(missing.joined(separator: " và ")). \
            Các cột có trong tệp: \(found.isEmpty ? "(không có)" : found.joined(separator: ", ")). \
            Bảng cần một dòng tiêu đề, ví dụ: Họ và tên; Số điện thoại; Năm sinh; Thôn.
            """)
    }
}
