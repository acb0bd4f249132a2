import CSodium

/// Unguessable random tokens (session cookies, CSRF tokens, one-time codes) and the
/// SHA-256 digests under which they are stored, so a copy of the database opens no session.
public enum SecretToken {
    /// 32 random bytes as 64 lower-case hex characters.
    public static func make(bytes count: Int = 32) -> String {
        precondition(Sodium.ready)
        var bytes = [UInt8](repeating: 0, count: count)
        randombytes_buf(&bytes, count)
        return hex(bytes)
    }

    /// A random number in `0..<upperBound`, uniformly distributed.
    public static func number(below upperBound: UInt32) -> UInt32 {
        precondition(Sodium.ready)
        return randombytes_uniform(upperBound)
    }

    /// The SHA-256 digest of `token`, hex-encoded: what the database keeps.
    public static func digest(_ token: String) -> String {
        precondition(Sodium.ready)
        var output = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        let input = Array(token.utf8)
        crypto_hash_sha256(&output, input, UInt64(input.count))
        return hex(output)
    }

    /// Compares two strings in time independent of where they differ (for CSRF tokens).
    public static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return left.isEmpty || sodium_memcmp(left, right, left.count) == 0
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
