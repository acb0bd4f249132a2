import Domain
import Testing

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("0912345678", "0912345678"), ("0912 345 678", "0912345678"), ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"), (" 091-234-5678 ", "0912345678"),
        ("02633 822 456", "02633822456"),
    ])
    func acceptsWhatPeopleType(text: String, digits: String) {
        #expect(PhoneNumber(text)?.digits == digits)
    }

    @Test(arguments: ["", "091234567", "09123456789", "1912345678", "0912a45678", "+84+912345678", "0912345678 ext 2", "０９１２３４５６７８"])
    func rejectsWhatCannotBeANumber(text: String) {
        #expect(PhoneNumber(text) == nil)
    }

    @Test func groupsDigitsForReading() {
        #expect(PhoneNumber("0912345678")?.description == "0912 345 678")
        #expect(PhoneNumber("02633822456")?.description == "026 338 22456")
    }
}

@Suite struct PasswordPolicyTests {
    @Test(arguments: ["ngày mai trời nắng", "Bắc Sơn 2026!", "correct horse"])
    func acceptsReasonablePasswords(password: String) {
        #expect(PasswordPolicy.problem(with: password, phone: PhoneNumber("0912345678")) == nil)
    }

    @Test(arguments: [
        ("ngắn", PasswordPolicy.Problem.tooShort), ("12345678", .tooEasy), ("matkhau123", .tooEasy),
        ("Mật khẩu123", .tooEasy), ("aaaaaaaaaa", .tooEasy), ("abababab", .tooEasy), ("87654321", .tooEasy),
        ("0912345678", .isPhoneNumber), ("toi0912345678", .isPhoneNumber), (String(repeating: "x1", count: 70), .tooLong),
    ])
    func rejectsWeakPasswords(password: String, reason: PasswordPolicy.Problem) {
        #expect(PasswordPolicy.problem(with: password, phone: PhoneNumber("0912345678")) == reason)
    }
}

@Suite struct CitizenIDAndRoleTests {
    @Test func citizenIDIsTwelveDigitsShownMasked() {
        #expect(CitizenID("001 203 456 789")?.masked == "*********789")
        #expect(CitizenID("12345678901") == nil)
        #expect(CitizenID("00120345678x") == nil)
    }

    @Test func rolesAreOrdered() {
        #expect(Role.resident < Role.instructor && Role.instructor < Role.staff && Role.staff < Role.admin)
        #expect(Role(rawValue: "staff") == .staff)
    }
}
