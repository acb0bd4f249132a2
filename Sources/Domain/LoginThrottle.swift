/// Slows down password guessing: after a few failures each new try must wait longer,
/// then the phone number (or the client address) is locked for a while. Pure: the failure
/// times (unix seconds) and the present moment are passed in.
public enum LoginThrottle {
    /// The window in which failures count.
    public static let window: Int64 = 15 * 60

    /// What may happen with a new attempt.
    public enum Decision: Equatable, Sendable {
        case allowed
        /// Try again after this many seconds.
        case wait(seconds: Int64)
        /// Locked until this moment (unix seconds).
        case locked(until: Int64)
    }

    /// The rule: per phone, waits of 1, 2, 4 … 64 s from the 3rd failure, a lock at the 10th;
    /// per address (one person trying many phones), waits from the 10th, a lock at the 30th.
    public static func decision(phoneFailures: [Int64], addressFailures: [Int64], now: Int64) -> Decision {
        let perPhone = decision(phoneFailures, now: now, waitFrom: 3, lockAt: 10)
        let perAddress = decision(addressFailures, now: now, waitFrom: 10, lockAt: 30)
        return stricter(perPhone, perAddress)
    }

    private static func decision(_ failures: [Int64], now: Int64, waitFrom: Int, lockAt: Int) -> Decision {
        // Counted in the window that ends at the latest failure, so a lock lasts its full
        // window even as its first failures grow old.
        guard let last = failures.filter({ $0 <= now }).max(), now - last < window else { return .allowed }
        let recent = failures.filter { $0 <= last && last - $0 < window }
        guard recent.count >= waitFrom else { return .allowed }
        if recent.count >= lockAt {
            let until = last + window
            return now < until ? .locked(until: until) : .allowed
        }
        let wait = Int64(1) << min(recent.count - waitFrom, 6)
        return now - last < wait ? .wait(seconds: wait - (now - last)) : .allowed
    }

    private static func stricter(_ a: Decision, _ b: Decision) -> Decision {
        switch (a, b) {
        case (.locked(let x), .locked(let y)): .locked(until: max(x, y))
        case (.locked, _): a
        case (_, .locked): b
        case (.wait(let x), .wait(let y)): .wait(seconds: max(x, y))
        case (.wait, _): a
        case (_, .wait): b
        default: .allowed
        }
    }
}
