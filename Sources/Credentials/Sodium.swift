import CSodium

/// libsodium must be initialised once before use; every entry point here calls this first.
enum Sodium {
    static let ready: Bool = sodium_init() >= 0
}

/// Something libsodium could not do (out of memory for argon2id, no randomness).
public struct CredentialsError: Error, CustomStringConvertible {
    public var description: String
}
