import Credentials
import Testing

@Suite struct CheckInProofTests {
    @Test func proofIsBoundToSecretSessionAndTime() throws {
        let secret = try #require(CheckInCode.Secret(hex: String(repeating: "0123456789abcdef", count: 4)))
        let other = CheckInCode.Secret.make()
        let tag = CheckInCode.proof(secret: secret, sessionID: 7, scannedAt: 1_772_539_230)
        #expect(tag.count == 32 && tag.allSatisfy(\.isHexDigit))
        #expect(tag == CheckInCode.proof(secret: secret, sessionID: 7, scannedAt: 1_772_539_230))
        #expect(CheckInCode.acceptsProof(tag, secret: secret, sessionID: 7, scannedAt: 1_772_539_230))
        #expect(!CheckInCode.acceptsProof(tag, secret: secret, sessionID: 8, scannedAt: 1_772_539_230))
        #expect(!CheckInCode.acceptsProof(tag, secret: secret, sessionID: 7, scannedAt: 1_772_539_231))
        #expect(!CheckInCode.acceptsProof(tag, secret: other, sessionID: 7, scannedAt: 1_772_539_230))
        let altered = String(tag.dropLast()) + (tag.last == "0" ? "1" : "0")
        #expect(!CheckInCode.acceptsProof(altered, secret: secret, sessionID: 7, scannedAt: 1_772_539_230))
    }
}
