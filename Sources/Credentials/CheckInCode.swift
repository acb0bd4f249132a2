import CSodium

/// Short rotating codes for self check-in. The instructor's screen shows a code (and a QR code
/// of it) that changes every minute, so a code forwarded on Zalo to someone at home stops
/// working within minutes, while a resident on a slow phone still has time to type it.
public enum CheckInCode {
    /// A session's check-in secret: 32 random bytes, stored as 64 hex characters.
    public struct Secret: Sendable, Equatable {
        let bytes: [UInt8]

        /// Nil unless `hex` is exactly 64 hex digits (either case).
        public init?(hex: String) {
            let digits = Array(hex.utf8)
            guard digits.count == 64 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(32)
            for index in stride(from: 0, to: digits.count, by: 2) {
                guard let high = Secret.value(of: digits[index]), let low = Secret.value(of: digits[index + 1]) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            }
            self.bytes = bytes
        }

        private init(bytes: [UInt8]) { self.bytes = bytes }

        /// A fresh secret from libsodium's random generator.
        public static func make() -> Secret {
            precondition(Sodium.ready)
            var bytes = [UInt8](repeating: 0, count: 32)
            randombytes_buf(&bytes, bytes.count)
            return Secret(bytes: bytes)
        }

        /// 64 lower-case hex characters, what the database keeps.
        public var hex: String {
            let digits = Array("0123456789abcdef")
            return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
        }

        private static func value(of digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }

    /// Characters per code: 31⁶ ≈ 887 million codes, against a handful of guesses a minute.
    public static let length = 6

    /// Upper-case letters and digits nobody confuses when copying from a projected screen:
    /// no 0/O and no 1/I/L.
    public static let alphabet: [Character] = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    /// The code of `sessionID` during `step`: a BLAKE2b hash (`crypto_generichash`) keyed with
    /// the session's secret, so knowing one session's codes tells nothing about another's.
    public static func code(secret: Secret, sessionID: Int64, step: Int64) -> String {
        precondition(Sodium.ready)
        // A label, so that these hashes can never be mistaken for another use of the same key.
        var message = Array("hoctap check-in".utf8)
        for value in [sessionID, step] {
            message += (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        }
        var digest = [UInt8](repeating: 0, count: Int(crypto_generichash_BYTES_MIN))
        crypto_generichash(&digest, digest.count, message, UInt64(message.count), secret.bytes, secret.bytes.count)
        // 64 bits spread over six base-31 digits: the bias of the remainder is below 10⁻¹⁰.
        var value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let base = UInt64(alphabet.count)
        var code = ""
        for _ in 0..<length {
            code.append(alphabet[Int(value % base)])
            value /= base
        }
        return code
    }

    /// The number of whole periods since 1970 at `now` (unix seconds): codes change at each step.
    public static func step(at now: Int64, period: Int64 = 60) -> Int64 {
        precondition(period > 0)
        return now >= 0 ? now / period : (now - period + 1) / period
    }

    /// True when `typed` is the code of the current step or of one of the `graceSteps` before
    /// it; with the defaults a code works for two to three minutes after it appeared, time for
    /// a slow page to load. Future steps are never accepted, so a leaked secret's later codes
    /// cannot be used ahead of time. Case, spaces and dashes are ignored ("abc def" is
    /// "ABCDEF"); every candidate is compared in constant time, without stopping at a match.
    public static func accepts(_ typed: String, secret: Secret, sessionID: Int64, now: Int64,
                               period: Int64 = 60, graceSteps: Int64 = 2) -> Bool {
        let normalized = typed.filter { !$0.isWhitespace && $0 != "-" }.uppercased()
        let current = step(at: now, period: period)
        var matched = false
        for back in 0...max(graceSteps, 0) {
            let candidate = code(secret: secret, sessionID: sessionID, step: current - back)
            matched = SecretToken.equal(normalized, candidate) || matched
        }
        return matched
    }
}
