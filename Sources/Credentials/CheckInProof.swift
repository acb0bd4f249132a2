import CSodium

extension CheckInCode {
    /// A tag proving that the server accepted a code of `sessionID` at `scannedAt` (unix seconds):
    /// BLAKE2b keyed with the session's secret, 32 hex characters. A resident who scans before
    /// signing in carries it in a cookie, so the check-in completes after sign-in even once the
    /// code has rotated; without the secret nobody can make one for a session or a time.
    public static func proof(secret: Secret, sessionID: Int64, scannedAt: Int64) -> String {
        precondition(Sodium.ready)
        // A label of its own, so a proof can never equal a code's hash or any other use of the key.
        var message = Array("hoctap check-in pending".utf8)
        for value in [sessionID, scannedAt] {
            message += (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        }
        var digest = [UInt8](repeating: 0, count: 16)
        crypto_generichash(&digest, digest.count, message, UInt64(message.count), secret.bytes, secret.bytes.count)
        let digits = Array("0123456789abcdef")
        return String(digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// True when `tag` is the proof for this session and time, compared in constant time.
    public static func acceptsProof(_ tag: String, secret: Secret, sessionID: Int64, scannedAt: Int64) -> Bool {
        SecretToken.equal(tag, proof(secret: secret, sessionID: sessionID, scannedAt: scannedAt))
    }
}
