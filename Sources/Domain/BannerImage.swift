/// A picture staff upload for a year's Week (the poster's banner), checked by its bytes: only
/// PNG, JPEG and WebP are kept, whatever the file's name or the browser says, so an SVG or a
/// page disguised as an image can never be served back from the site. The size limit keeps
/// the programme page light on a phone with little data.
public enum BannerImage {
    public enum Kind: String, Sendable, CaseIterable {
        case png, jpeg, webp

        public var contentType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .webp: "image/webp"
            }
        }
    }

    public enum Problem: Error, Sendable, Equatable {
        case empty
        case tooLarge
        case notAnImage
    }

    /// 150 KB: a 1200 × 400 JPEG of a poster fits; a photo straight from a phone does not.
    public static let maxBytes = 150 * 1024

    /// The kind of image `bytes` hold, or why they cannot be a banner.
    public static func check(_ bytes: [UInt8]) -> Result<Kind, Problem> {
        guard !bytes.isEmpty else { return .failure(.empty) }
        guard bytes.count <= maxBytes else { return .failure(.tooLarge) }
        guard let kind = kind(of: bytes) else { return .failure(.notAnImage) }
        return .success(kind)
    }

    static func kind(of bytes: [UInt8]) -> Kind? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        return nil
    }
}
