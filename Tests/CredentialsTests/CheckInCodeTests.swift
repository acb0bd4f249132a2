import Credentials
import Testing

@Suite struct CheckInCodeTests {
    static let secret = CheckInCode.Secret(hex: String(repeating: "0123456789abcdef", count: 4))
    /// 03/03/2026 19:00 in Vietnam, the start of a step (a multiple of 60).
    static let now: Int64 = 1_772_539_200

    @Test func codesAreSixCharactersFromTheUnambiguousAlphabet() throws {
        let secret = try #require(Self.secret)
        let codes = (0..<500).map { CheckInCode.code(secret: secret, sessionID: 42, step: Int64($0)) }
        #expect(codes.allSatisfy { $0.count == 6 })
        #expect(codes.allSatisfy { $0.allSatisfy(CheckInCode.alphabet.contains) })
        #expect(CheckInCode.alphabet.count == 31)
        #expect(!CheckInCode.alphabet.contains(where: "0O1IL".contains))
        #expect(CheckInCode.alphabet.allSatisfy { $0.isNumber || $0.isUppercase })
    }

    @Test func codesRotateWithTheStepAndAreStableWithin() throws {
        let secret = try #require(Self.secret)
        let codes = (0..<100).map { CheckInCode.code(secret: secret, sessionID: 42, step: Int64($0)) }
        #expect(Set(codes).count >= 98, "different steps give different codes, nearly always")
        #expect(CheckInCode.code(secret: secret, sessionID: 42, step: 7) == codes[7])
    }

    @Test(arguments: [
        (Int64(0), Int64(0)), (59, 0), (60, 1), (1_772_539_200, 29_542_320), (-1, -1), (-60, -1), (-61, -2),
    ])
    func stepsAreWholeMinutesSince1970(now: Int64, step: Int64) {
        #expect(CheckInCode.step(at: now) == step)
    }

    @Test func stepsFollowThePeriod() {
        #expect(CheckInCode.step(at: 299, period: 300) == 0)
        #expect(CheckInCode.step(at: 300, period: 300) == 1)
    }

    /// Seconds after the code was shown, and whether typing it then is accepted (grace 2 steps of 60 s).
    @Test(arguments: [
        (Int64(-1), false),   // the step before it: a future code is never accepted
        (0, true),
        (59, true),
        (60, true),           // one step later
        (179, true),          // last second of the second grace step
        (180, false),         // replayed after the grace
        (3600, false),
    ])
    func acceptsTheCurrentCodeAndTheGraceStepsOnly(secondsLater: Int64, accepted: Bool) throws {
        let secret = try #require(Self.secret)
        let shown = CheckInCode.code(secret: secret, sessionID: 42, step: CheckInCode.step(at: Self.now))
        #expect(CheckInCode.accepts(shown, secret: secret, sessionID: 42, now: Self.now + secondsLater) == accepted)
    }

    @Test func graceStepsCanBeChanged() throws {
        let secret = try #require(Self.secret)
        let shown = CheckInCode.code(secret: secret, sessionID: 42, step: CheckInCode.step(at: Self.now))
        #expect(CheckInCode.accepts(shown, secret: secret, sessionID: 42, now: Self.now + 59, graceSteps: 0))
        #expect(!CheckInCode.accepts(shown, secret: secret, sessionID: 42, now: Self.now + 60, graceSteps: 0))
        let fiveMinutes = CheckInCode.code(secret: secret, sessionID: 42, step: CheckInCode.step(at: Self.now, period: 300))
        #expect(CheckInCode.accepts(fiveMinutes, secret: secret, sessionID: 42, now: Self.now + 599, period: 300, graceSteps: 1))
        #expect(!CheckInCode.accepts(fiveMinutes, secret: secret, sessionID: 42, now: Self.now + 600, period: 300, graceSteps: 1))
    }

    @Test func refusesCodesOfAnotherSessionOrSecret() throws {
        let secret = try #require(Self.secret)
        let other = CheckInCode.Secret.make()
        let step = CheckInCode.step(at: Self.now)
        let shown = CheckInCode.code(secret: secret, sessionID: 42, step: step)
        #expect(CheckInCode.accepts(shown, secret: secret, sessionID: 42, now: Self.now))
        #expect(!CheckInCode.accepts(shown, secret: secret, sessionID: 43, now: Self.now))
        #expect(!CheckInCode.accepts(shown, secret: other, sessionID: 42, now: Self.now))
        #expect(CheckInCode.code(secret: other, sessionID: 42, step: step) != shown)
    }

    @Test(arguments: ["", "ABCDE", "ABCDEFG", "ÂBCDEF", "000000"])
    func refusesWhatCannotBeACode(typed: String) throws {
        let secret = try #require(Self.secret)
        #expect(!CheckInCode.accepts(typed, secret: secret, sessionID: 42, now: Self.now))
    }

    @Test func acceptsLowerCaseWithSpacesAndDashes() throws {
        let secret = try #require(Self.secret)
        let shown = CheckInCode.code(secret: secret, sessionID: 42, step: CheckInCode.step(at: Self.now))
        let lower = shown.lowercased()
        for typed in [lower, " \(lower) ", "\(lower.prefix(3)) \(lower.dropFirst(3))", "\(shown.prefix(3))-\(shown.dropFirst(3))\n"] {
            #expect(CheckInCode.accepts(typed, secret: secret, sessionID: 42, now: Self.now + 30), "\(typed)")
        }
    }

    @Test func secretsAreRandomAndRoundTripAsHex() throws {
        let secrets = (0..<50).map { _ in CheckInCode.Secret.make() }
        #expect(Set(secrets.map(\.hex)).count == 50)
        #expect(secrets.allSatisfy { $0.hex.count == 64 && CheckInCode.Secret(hex: $0.hex) == $0 })
        let upper = try #require(CheckInCode.Secret(hex: String(repeating: "AB", count: 32)))
        #expect(upper.hex == String(repeating: "ab", count: 32))
    }

    @Test(arguments: ["", "abc", String(repeating: "g", count: 64), String(repeating: "a", count: 63), String(repeating: "a", count: 66)])
    func refusesSecretsThatAreNot32HexBytes(hex: String) {
        #expect(CheckInCode.Secret(hex: hex) == nil)
    }
}
