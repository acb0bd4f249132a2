/// Whole numbers as people write them: Vietnamese groups thousands with "." (10.000),
/// English with "," (10,000).
public enum NumberText {
    public static func grouped(_ value: Int, separator: Character) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(separator) }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }
}
