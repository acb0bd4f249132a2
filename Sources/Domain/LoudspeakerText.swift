/// Free text typed by staff (event titles, venues, organisers, the centre's name) made ready to
/// be read aloud on the commune loudspeaker: abbreviations said in full and digits in words.
///
/// An announcer reading live cannot stop to decode "Hội trường UBND xã" or "VNeID mức 2", and
/// each would decode them differently; the text they are handed says exactly what to say.
public enum LoudspeakerText {
    /// The text with abbreviations expanded and every run of digits spelled out.
    public static func spoken(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                result.append(text[index])
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, isWordCharacter(text[end]) || isPointInNumber(at: end, in: text) { end = text.index(after: end) }
            let word = String(text[index..<end])
            let schoolLevel = result.hasSuffix("Trường ") ? schoolLevels[word] : nil
            result += abbreviations[word] ?? schoolLevel ?? spellingDigits(in: word)
            index = end
        }
        return result
    }

    /// "xã", "phường" or "thị trấn": what people call their commune in "bà con trong xã", read
    /// from the name staff entered ("Xã Đức Trọng", "Phường 3", "Thị trấn Liên Nghĩa").
    public static func unitWord(communeName: String) -> String {
        let lowered = communeName.lowercased()
        if lowered.hasPrefix("phường") { return "phường" }
        if lowered.hasPrefix("thị trấn") { return "thị trấn" }
        return "xã"
    }

    /// "từ ngày mồng một đến ngày mồng bảy tháng Mười năm hai nghìn không trăm hai mươi sáu": a
    /// span of days as it is said, the month and year said once when both days share them.
    public static func dateRange(from first: LocalDate, to last: LocalDate) -> String {
        let sameYear = first.year == last.year
        var start = dayAndMonth(first, withYear: !sameYear)
        if sameYear, first.month == last.month, let month = start.firstRange(of: " tháng ") {
            start = String(start[..<month.lowerBound])
        }
        return "từ \(start) đến \(dayAndMonth(last, withYear: true))"
    }

    /// `SpokenVietnamese.spokenDate` without its weekday: "ngày mồng một tháng Mười".
    private static func dayAndMonth(_ date: LocalDate, withYear: Bool) -> String {
        let said = SpokenVietnamese.spokenDate(date, withYear: withYear)
        return said.firstRange(of: ", ").map { String(said[$0.upperBound...]) } ?? said
    }

    /// Abbreviations common in the names of venues and organisers, matched as whole words and
    /// exactly as written (capitals), so "Ubnd" or a word that merely contains the letters is
    /// left alone.
    static let abbreviations: [String: String] = [
        "UBND": "Ủy ban nhân dân",
        "HĐND": "Hội đồng nhân dân",
        "MTTQ": "Mặt trận Tổ quốc",
        "TTHTCĐ": "Trung tâm học tập cộng đồng",
        "THCS": "Trung học cơ sở",
        "THPT": "Trung học phổ thông",
        "LHPN": "Liên hiệp Phụ nữ",
        "CCB": "Cựu chiến binh",
        "NHCSXH": "Ngân hàng Chính sách xã hội",
        "HTX": "Hợp tác xã",
        "CLB": "Câu lạc bộ",
        "NVH": "Nhà văn hóa",
    ]

    /// School levels abbreviated too briefly to be safe alone ("TH" is also "trường hợp",
    /// "tổng hợp"): expanded only right after "Trường", as in "Trường TH Kim Đồng".
    static let schoolLevels: [String: String] = [
        "TH": "Tiểu học",
        "MN": "Mầm non",
    ]

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isASCIIDigit
    }

    /// A "." or "," between two digits belongs to the number ("1.000", "4.0", "1,5").
    private static func isPointInNumber(at index: String.Index, in text: String) -> Bool {
        guard text[index] == "." || text[index] == ",", index > text.startIndex else { return false }
        let next = text.index(after: index)
        return next < text.endIndex && text[text.index(before: index)].isASCIIDigit && text[next].isASCIIDigit
    }

    /// Each number in a word said in words ("mức 2" → "mức hai"), set apart by spaces from
    /// letters it touches ("F0" → "F không"). Points and commas in a word are always inside a
    /// number (`isPointInNumber`).
    private static func spellingDigits(in word: String) -> String {
        var parts: [String] = []
        var current = ""
        var currentIsNumber = false
        for character in word {
            let isNumber = !character.isLetter
            if !current.isEmpty, isNumber != currentIsNumber {
                parts.append(currentIsNumber ? sayNumber(current) : current)
                current = ""
            }
            currentIsNumber = isNumber
            current.append(character)
        }
        if !current.isEmpty { parts.append(currentIsNumber ? sayNumber(current) : current) }
        return parts.joined(separator: " ")
    }

    /// A point before exactly three digits groups thousands, as Vietnamese writes them ("1.000"
    /// "một nghìn"); any other point is "chấm" ("4.0" "bốn chấm không") and a comma, the decimal
    /// sign, "phẩy" ("1,5" "một phẩy năm").
    private static func sayNumber(_ number: String) -> String {
        let groups = number.split(whereSeparator: { !$0.isASCIIDigit }).map(String.init)
        var words: [String] = []
        var current = groups[0]
        for (point, group) in zip(number.filter { !$0.isASCIIDigit }, groups.dropFirst()) {
            if point == ".", group.count == 3 {
                current += group
            } else {
                words += [sayDigits(current), point == "." ? "chấm" : "phẩy"]
                current = group
            }
        }
        return (words + [sayDigits(current)]).joined(separator: " ")
    }

    /// Digits that are codes rather than amounts, three or more with a leading zero ("0912…") or
    /// more than nine, are said one by one; "07" is just "bảy".
    private static func sayDigits(_ digits: String) -> String {
        if digits.count > 9 || (digits.count > 2 && digits.hasPrefix("0")) {
            return digits.map { SpokenVietnamese.number(Int(String($0)) ?? 0) }.joined(separator: " ")
        }
        return SpokenVietnamese.number(Int(digits) ?? 0)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
