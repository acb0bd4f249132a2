import Credentials
import Testing

@Suite struct PasswordHasherTests {
    @Test func hashesWithArgon2idAndVerifies() throws {
        let hasher = PasswordHasher.minimal
        let hash = try hasher.hash("mật khẩu đủ dài 2026")
        #expect(hash.hasPrefix("$argon2id$"))
        #expect(hasher.verify("mật khẩu đủ dài 2026", against: hash))
        #expect(!hasher.verify("mat khau du dai 2026", against: hash))
        #expect(!hasher.verify("", against: hash))
        #expect(!hasher.verify("mật khẩu đủ dài 2026", against: "không phải hash"))
    }

    @Test func saltsEveryHash() throws {
        let hasher = PasswordHasher.minimal
        #expect(try hasher.hash("giống nhau") != hasher.hash("giống nhau"))
    }

    @Test func standardLimitsHashAndSayWhenOldHashesNeedUpgrading() throws {
        let old = try PasswordHasher.minimal.hash("nâng cấp")
        #expect(PasswordHasher.standard.needsRehash(old))
        let current = try PasswordHasher.standard.hash("nâng cấp")
        #expect(!PasswordHasher.standard.needsRehash(current))
        #expect(PasswordHasher.standard.verify("nâng cấp", against: current))
        #expect(current.contains("m=65536,t=3"))
    }
}

@Suite struct SecretTokenTests {
    @Test func tokensAreLongRandomHex() {
        let tokens = (0..<100).map { _ in SecretToken.make() }
        #expect(Set(tokens).count == 100)
        #expect(tokens.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func digestIsSHA256() {
        #expect(SecretToken.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func comparesInFull() {
        #expect(SecretToken.equal("abc", "abc"))
        #expect(!SecretToken.equal("abc", "abd"))
        #expect(!SecretToken.equal("abc", "abcd"))
        #expect(SecretToken.equal("", ""))
    }

    @Test func numbersStayBelowTheBound() {
        #expect((0..<1000).allSatisfy { _ in SecretToken.number(below: 10) < 10 })
    }
}
