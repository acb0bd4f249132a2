import CSodium

/// Hashes and checks passwords with argon2id (libsodium `crypto_pwhash_str`).
///
/// The hash string carries its own parameters, so stronger limits later still verify
/// old hashes (and `needsRehash` says when to upgrade one at the next login).
public struct PasswordHasher: Sendable {
    /// Passes over memory and memory in bytes.
    public var operations: Int
    public var memoryBytes: Int

    /// Production limits: 3 passes over 64 MiB (about 0.15 s here). libsodium's MODERATE
    /// (256 MiB) would let a handful of simultaneous logins exhaust a commune's small machine.
    public static let standard = PasswordHasher(operations: 3, memoryBytes: 64 << 20)
    /// The smallest limits libsodium accepts: real argon2id, fast enough for test suites.
    public static let minimal = PasswordHasher(
        operations: Int(crypto_pwhash_OPSLIMIT_MIN), memoryBytes: Int(crypto_pwhash_MEMLIMIT_MIN))

    public init(operations: Int, memoryBytes: Int) {
        self.operations = operations
        self.memoryBytes = memoryBytes
    }

    /// The argon2id hash string (`$argon2id$v=19$m=…`) of `password`.
    public func hash(_ password: String) throws -> String {
        precondition(Sodium.ready)
        var output = [CChar](repeating: 0, count: Int(crypto_pwhash_STRBYTES))
        let result = password.withCString { input in
            crypto_pwhash_str(&output, input, UInt64(password.utf8.count), UInt64(operations), memoryBytes)
        }
        guard result == 0 else { throw CredentialsError(description: "argon2id failed (out of memory?)") }
        let length = output.firstIndex(of: 0) ?? output.count
        return String(decoding: output[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// True when `password` matches `hash` (timing-safe inside libsodium).
    public func verify(_ password: String, against hash: String) -> Bool {
        precondition(Sodium.ready)
        return hash.withCString { stored in
            password.withCString { input in
                crypto_pwhash_str_verify(stored, input, UInt64(password.utf8.count)) == 0
            }
        }
    }

    /// True when `hash` was made with other limits than these (then hash again at login).
    public func needsRehash(_ hash: String) -> Bool {
        precondition(Sodium.ready)
        return hash.withCString { crypto_pwhash_str_needs_rehash($0, UInt64(operations), memoryBytes) } != 0
    }
}
