/// Reads and checks the cells of one row of a resident list. Rules match registration
/// (name up to 100 characters, birth year from 1900, a village once the commune lists
/// villages); every message is a Vietnamese sentence for staff.
struct ResidentRowReader {
    let columns: [ResidentColumn: Int]
    let villages: VillageLookup
    let thisYear: Int

    static let maxNameLength = 100

    /// Whether any known column has text (see `ResidentImport.init`).
    func hasContent(_ cells: [String]) -> Bool {
        columns.values.contains { !Self.clean(cells[$0]).isEmpty }
    }

    /// The resident whenever the phone could be read (even with other errors, so that
    /// duplicates are still found), and the row's errors.
    func read(_ cells: [String]) -> (resident: PersonDetails?, errors: [String]) {
        var errors: [String] = []
        let fullName = text(.fullName, cells)
        if fullName.isEmpty {
            errors.append("Thiếu họ tên.")
        } else if fullName.count > Self.maxNameLength {
            errors.append("Họ tên dài quá \(Self.maxNameLength) ký tự.")
        }
        let phone = phone(cells, errors: &errors)
        let birthYear = birthYear(cells, errors: &errors)
        let sex = sex(cells, errors: &errors)
        let villageID = village(cells, errors: &errors)
        let group = group(cells, errors: &errors)
        let householdHead = text(.householdHead, cells)
        if householdHead.count > Self.maxNameLength {
            errors.append("Tên chủ hộ dài quá \(Self.maxNameLength) ký tự.")
        }
        let ethnicity = text(.ethnicity, cells)
        if ethnicity.count > 50 { errors.append("Dân tộc dài quá 50 ký tự.") }
        let citizenID = citizenID(cells, errors: &errors)
        let resident = phone.map {
            PersonDetails(phone: $0, fullName: fullName, birthYear: birthYear, sex: sex, group: group, villageID: villageID,
                             householdHead: householdHead, ethnicity: ethnicity, citizenID: citizenID)
        }
        return (resident, errors)
    }

    /// The cell of `column`, with runs of spaces, line breaks and Excel's non-breaking spaces as one space.
    private func text(_ column: ResidentColumn, _ cells: [String]) -> String {
        columns[column].map { Self.clean(cells[$0]) } ?? ""
    }

    static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func phone(_ cells: [String], errors: inout [String]) -> PhoneNumber? {
        let text = text(.phone, cells)
        guard !text.isEmpty else {
            errors.append("Thiếu số điện thoại.")
            return nil
        }
        if let phone = PhoneNumber(text) { return phone }
        // Excel keeps a column of numbers as numbers and drops the leading 0 ("912345678").
        // A Vietnamese number written at home always starts with 0, so adding it back is no guess.
        if let first = text.first, first != "0", text.allSatisfy({ $0.isASCII && $0.isNumber }),
           let phone = PhoneNumber("0" + text) {
            return phone
        }
        errors.append("Số điện thoại “\(text)” không hợp lệ: cần 10 chữ số, bắt đầu bằng 0 (số cố định: 11 chữ số, bắt đầu bằng 02).")
        return nil
    }

    private func birthYear(_ cells: [String], errors: inout [String]) -> Int? {
        let text = text(.birthYear, cells)
        guard !text.isEmpty else { return nil }
        if let year = Int(text), (1900...thisYear).contains(year) { return year }
        errors.append("Năm sinh “\(text)” không hợp lệ: cần năm có 4 chữ số, từ 1900 đến \(thisYear).")
        return nil
    }

    private func sex(_ cells: [String], errors: inout [String]) -> Sex? {
        let text = text(.sex, cells)
        guard !text.isEmpty else { return nil }
        // The raw values are the folded Vietnamese words: "Nữ", "NU" and the export's "nu" all match.
        if let sex = Sex(rawValue: ResidentColumn.key(text)) { return sex }
        errors.append("Giới tính “\(text)” không hợp lệ: ghi Nam, Nữ hoặc Khác.")
        return nil
    }

    private func village(_ cells: [String], errors: inout [String]) -> Int64? {
        let text = text(.village, cells)
        guard !text.isEmpty else {
            if !villages.isEmpty { errors.append("Thiếu thôn.") }
            return nil
        }
        if let id = villages.id(named: text) { return id }
        errors.append("Không có thôn “\(text)” trong danh sách thôn của xã."
            + (villages.isEmpty ? " Xã chưa có danh sách thôn: hãy thêm thôn trước, hoặc để trống cột này." : ""))
        return nil
    }

    private func group(_ cells: [String], errors: inout [String]) -> TargetGroup? {
        let text = text(.group, cells)
        guard !text.isEmpty else { return nil }
        if let group = Int(text).flatMap(TargetGroup.init(number:)) { return group }
        errors.append("Nhóm đối tượng “\(text)” không hợp lệ: ghi một số từ 1 đến \(TargetGroup.all.count).")
        return nil
    }

    private func citizenID(_ cells: [String], errors: inout [String]) -> CitizenID? {
        let text = text(.citizenID, cells)
        guard !text.isEmpty else { return nil }
        if let citizenID = CitizenID(text) { return citizenID }
        // Every CCCD starts with 0 (the province code), which Excel drops from numbers; past
        // 11 digits it writes them as "1,20346E+11". Either way the digits are lost, so no fix is tried.
        let damagedByExcel = text.uppercased().contains("E+") || (text.count < 12 && text.allSatisfy { $0.isASCII && $0.isNumber })
        errors.append("Số CCCD “\(text)” không hợp lệ: cần 12 chữ số."
            + (damagedByExcel ? " Có thể Excel đã đổi ô thành số: hãy định dạng cột là Văn bản (Text) và nhập lại số." : ""))
        return nil
    }
}

/// Finds a village by what staff wrote: its name, its display name ("Thôn Bắc Sơn") or a
/// name it had before a merger or renaming, ignoring case, diacritics and punctuation.
struct VillageLookup {
    private var ids: [String: Int64] = [:]

    init(_ villages: [Village]) {
        // Former names first, so that a current name wins when a merger passed one village's
        // old name to another.
        for village in villages {
            for former in village.formerNames {
                ids[ResidentColumn.key(former)] = village.id
                ids[ResidentColumn.key(village.kind.title + " " + former)] = village.id
            }
        }
        for village in villages {
            ids[ResidentColumn.key(village.name)] = village.id
            ids[ResidentColumn.key(village.displayName)] = village.id
        }
    }

    var isEmpty: Bool { ids.isEmpty }

    func id(named text: String) -> Int64? { ids[ResidentColumn.key(text)] }
}
