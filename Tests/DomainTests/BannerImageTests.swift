import Domain
import Testing

@Suite struct BannerImageTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]
    static let webp: [UInt8] = Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8)

    @Test func theKindComesFromTheBytes() {
        #expect(BannerImage.check(Self.png) == .success(.png))
        #expect(BannerImage.check(Self.jpeg) == .success(.jpeg))
        #expect(BannerImage.check(Self.webp) == .success(.webp))
        #expect(BannerImage.Kind.webp.contentType == "image/webp")
    }

    @Test(arguments: [
        Array("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8),
        Array("<!doctype html><script>alert(1)</script>".utf8),
        Array("GIF89a".utf8),
        Array("RIFF\0\0\0\0WAVEfmt ".utf8),
        [0x89, 0x50, 0x4E, 0x47],
    ])
    func anythingElseIsRefused(bytes: [UInt8]) {
        #expect(BannerImage.check(bytes) == .failure(.notAnImage))
    }

    @Test func emptyAndTooLargeFilesAreRefused() {
        #expect(BannerImage.check([]) == .failure(.empty))
        #expect(BannerImage.check(Self.jpeg + Array(repeating: 0, count: BannerImage.maxBytes)) == .failure(.tooLarge))
        #expect(BannerImage.check(Self.jpeg + Array(repeating: 0, count: BannerImage.maxBytes - Self.jpeg.count)) == .success(.jpeg))
    }
}
