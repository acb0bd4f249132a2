extension Route {
    /// The token of a personal feed's last segment, `{token}.ics`: exactly 64 lower-case hex
    /// digits, as `SecretToken.make()` writes them. Anything else is no page, so a mistyped
    /// address never reaches the database.
    static func feedToken(_ segment: String) -> String? {
        guard segment.hasSuffix(".ics") else { return nil }
        let token = segment.dropLast(4)
        let isHex = token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
        return token.utf8.count == 64 && isHex ? String(token) : nil
    }

    /// A request target as the access log may show it: the token of a private calendar feed
    /// is a password to someone's timetable, and a record's verification code opens its
    /// holder's figures to whoever reads it, so neither ever reaches a log file.
    public static func loggedTarget(_ target: String) -> String {
        let lowered = target.lowercased()
        for secret in ["/lich/rieng/", "/xac-minh/"] where lowered.hasPrefix(secret) { return secret + "…" }
        return target
    }
}
