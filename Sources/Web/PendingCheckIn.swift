import Credentials
import Domain

extension Cookies {
    /// A check-in started before signing in (see `PendingCheckIn`).
    static let pendingCheckIn = "hoctap_diem_danh"
}

/// A check-in waiting for its resident to sign in or register, kept in a cookie as
/// `{sessionID}.{scannedAt}.{proof}`. The proof is keyed with the session's secret, so the
/// cookie can be made only by the server at the moment it accepted a code: nobody can write
/// one for a session they never had a code for, nor move its time. It expires on its own.
struct PendingCheckIn: Equatable {
    var sessionID: Int64
    /// When the code was accepted (unix seconds): the arrival time that decides present or late.
    var scannedAt: Int64
    var proof: String

    /// 15 minutes: enough to register on a slow phone in the hall, too short to finish from home
    /// after the cookie was copied off the phone.
    static let lifetime: Int64 = 15 * 60

    init(sessionID: Int64, scannedAt: Int64, secret: CheckInCode.Secret) {
        self.sessionID = sessionID
        self.scannedAt = scannedAt
        proof = CheckInCode.proof(secret: secret, sessionID: sessionID, scannedAt: scannedAt)
    }

    /// Nil unless the value has the cookie's shape; the proof is checked by `isValid`.
    init?(cookie: String) {
        let parts = cookie.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count <= 12, parts[1].utf8.count <= 12,
              let sessionID = Int64(parts[0]), sessionID > 0, let scannedAt = Int64(parts[1]), parts[2].utf8.count == 32 else {
            return nil
        }
        self.sessionID = sessionID
        self.scannedAt = scannedAt
        proof = String(parts[2])
    }

    var cookieValue: String { "\(sessionID).\(scannedAt).\(proof)" }

    /// Genuine for this session's secret, and made in the last `lifetime` seconds (never in the future).
    func isValid(secret: CheckInCode.Secret, now: Int64) -> Bool {
        (0..<Self.lifetime).contains(now - scannedAt)
            && CheckInCode.acceptsProof(proof, secret: secret, sessionID: sessionID, scannedAt: scannedAt)
    }
}
