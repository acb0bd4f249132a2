/// What makes a password acceptable: long enough, not one everyone tries first.
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let maximumLength = 128

    /// What is wrong with a password (the UI catalogues say it in words).
    public enum Problem: Sendable, Equatable {
        case tooShort, tooLong, tooEasy, isPhoneNumber
    }

    /// Nil when acceptable, else the reason.
    public static func problem(with password: String, phone: PhoneNumber?) -> Problem? {
        if password.count < minimumLength { return .tooShort }
        if password.count > maximumLength { return .tooLong }
        // Compared without case, diacritics or spaces: "Mật khẩu123" is "matkhau123".
        let folded = TextFolding.fold(password).filter { $0 != " " }
        if Set(folded).count <= 2 || common.contains(folded) || isSequence(folded) {
            return .tooEasy
        }
        if let phone, folded.contains(phone.digits) || phone.digits.contains(folded) {
            return .isPhoneNumber
        }
        return nil
    }

    /// Runs like 12345678 or 87654321 (also inside longer digit strings).
    private static func isSequence(_ text: String) -> Bool {
        let values = text.unicodeScalars.map { Int($0.value) }
        guard values.count >= 2 else { return false }
        let steps = Set(zip(values, values.dropFirst()).map { $1 - $0 })
        return steps == [1] || steps == [-1]
    }

    /// The most used passwords in leaked lists, and the ones Vietnamese users favour
    /// (folded, as they are compared after folding).
    static let common: Set<String> = [
        "password", "password1", "password123", "passw0rd", "12345678", "123456789", "1234567890",
        "qwerty123", "qwertyuiop", "11111111", "88888888", "66666666", "99999999", "00000000",
        "abc12345", "abcd1234", "iloveyou", "anhyeuem", "emyeuanh", "matkhau", "matkhau123",
        "matkhau1", "123456abc", "12345678a", "a12345678", "admin123", "administrator",
        "vietnam1", "vietnam123", "hoctap123", "hoctapsuotdoi", "khuyenhoc", "congdanhoctap",
        "zxcvbnm1", "asdfghjk", "1q2w3e4r", "1qaz2wsx", "qazwsxedc", "987654321", "147258369",
        "123123123", "123321123", "112233445566", "159753159", "00001111", "12341234",
    ]
}
