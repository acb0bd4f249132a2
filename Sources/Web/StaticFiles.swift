import Foundation
import MicroHTTP

/// The files of `Public/`, read into memory at start-up with their content type and ETag.
///
/// Only files found by walking the folder can ever be served, so no request path can
/// reach outside it; symbolic links and hidden files are skipped.
struct StaticFiles: Sendable {
    struct File: Sendable {
        var bytes: [UInt8]
        var contentType: String
        var etag: String
    }

    private let files: [String: File]

    init(directory: String) throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [String: File] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys,
                                                           options: [.skipsHiddenFiles]) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory])
        }
        for case let url as URL in walker {
            let values = try url.resourceValues(forKeys: Set(keys))
            guard values.isRegularFile == true, values.isSymbolicLink != true else { continue }
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            let bytes = try [UInt8](Data(contentsOf: url))
            files[String(relative)] = File(bytes: bytes, contentType: StaticFiles.contentType(for: url.pathExtension),
                                           etag: StaticFiles.etag(of: bytes))
        }
        self.files = files
    }

    /// The file at a path relative to `Public/` (segments already checked by the route).
    func file(_ segments: [String]) -> File? {
        files[segments.joined(separator: "/")]
    }

    /// The response for a file, or 304 when the client's copy is current.
    func response(for file: File, request: Request) -> Response {
        let headers: [(name: String, value: String)] = [
            ("Content-Type", file.contentType),
            ("ETag", file.etag),
            ("Cache-Control", "public, max-age=3600"),
        ]
        if let match = request.header("if-none-match"),
           match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == file.etag || $0 == "*" }) {
            return Response(status: 304, headers: headers)
        }
        return Response(status: 200, headers: headers, body: file.bytes)
    }

    static func contentType(for pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "txt": "text/plain; charset=utf-8"
        case "json": "application/json"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }

    /// A strong ETag from the content (64-bit FNV-1a, quoted).
    static func etag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }
}
