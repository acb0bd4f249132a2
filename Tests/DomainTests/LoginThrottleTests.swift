import Domain
import Testing

@Suite struct LoginThrottleTests {
    static func failures(_ count: Int, lastAt: Int64, every step: Int64 = 1) -> [Int64] {
        (0..<count).map { lastAt - Int64(count - 1 - $0) * step }
    }

    @Test(arguments: [
        (0, 0, LoginThrottle.Decision.allowed),
        (2, 0, .allowed),
        (3, 0, .wait(seconds: 1)),
        (3, 1, .allowed),
        (4, 0, .wait(seconds: 2)),
        (5, 1, .wait(seconds: 3)),
        (9, 0, .wait(seconds: 64)),
        (10, 0, .locked(until: 1000 + 900)),
        (10, 899, .locked(until: 1000 + 900)),
        (10, 900, .allowed),
    ] as [(Int, Int64, LoginThrottle.Decision)])
    func phoneFailuresSlowThenLock(count: Int, secondsLater: Int64, expected: LoginThrottle.Decision) {
        let decision = LoginThrottle.decision(phoneFailures: Self.failures(count, lastAt: 1000), addressFailures: [],
                                              now: 1000 + secondsLater)
        #expect(decision == expected)
    }

    @Test func oldFailuresDoNotCount() {
        let old = Self.failures(12, lastAt: 1000)
        #expect(LoginThrottle.decision(phoneFailures: old, addressFailures: [], now: 1000 + 901) == .allowed)
    }

    @Test func oneAddressTryingManyPhonesIsSlowedAndLocked() {
        #expect(LoginThrottle.decision(phoneFailures: [], addressFailures: Self.failures(9, lastAt: 50), now: 50) == .allowed)
        #expect(LoginThrottle.decision(phoneFailures: [], addressFailures: Self.failures(10, lastAt: 50), now: 50) == .wait(seconds: 1))
        #expect(LoginThrottle.decision(phoneFailures: [], addressFailures: Self.failures(30, lastAt: 50), now: 51) == .locked(until: 950))
    }

    @Test func theStricterRuleWins() {
        let decision = LoginThrottle.decision(phoneFailures: Self.failures(4, lastAt: 100),
                                              addressFailures: Self.failures(30, lastAt: 90), now: 100)
        #expect(decision == .locked(until: 990))
    }
}
