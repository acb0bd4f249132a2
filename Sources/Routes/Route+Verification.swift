extension Route {
    /// What may stand in `/xac-minh/{code}`: 1 to 64 ASCII letters and digits. The codes made
    /// are 32 hex digits, but a code mistyped from paper should still reach the page that says
    /// it is not valid, rather than "no such page"; anything else is no route at all.
    static func isVerificationCode(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
