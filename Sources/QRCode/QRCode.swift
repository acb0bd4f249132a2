import CQRencode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code symbol made by libqrencode, drawn as inline SVG: an image the page carries
/// itself (no extra request, no image file to cache), sharp at any size on a projector.
public struct QRCode: Sendable, Equatable {
    /// Modules per side without the quiet zone: 21 for version 1, four more per version.
    public let size: Int
    /// Row by row, true where a module is dark.
    private let modules: [Bool]

    /// The light margin scanners need around the symbol, in modules (the standard's minimum).
    public static let quietZone = 4

    /// The symbol for `text` (UTF-8), in the smallest version that holds it, with error
    /// correction M: about 15% of the symbol may be lost to glare or a smudged screen.
    public init(encoding text: String) throws(QRCodeError) {
        // A C string ends at the first NUL: refuse text that would be cut short silently.
        guard !text.isEmpty, !text.utf8.contains(0) else { throw QRCodeError(errno: EINVAL) }
        // The only C handle: copied into Swift values and freed before this initialiser returns.
        guard let symbol = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { throw QRCodeError(errno: errno) }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width)
        // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
        size = width
        modules = data.map { $0 & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` (from the top left, quiet zone excluded) is dark.
    public func isDark(x: Int, y: Int) -> Bool {
        precondition((0..<size).contains(x) && (0..<size).contains(y))
        return modules[y * size + x]
    }

    /// The symbol as an `<svg>` element: a white square (so it scans on any background) and one
    /// path of the dark modules, one rectangle per horizontal run, in module units; CSS sets the
    /// size. `label` is what screen readers say and is escaped for the attribute.
    public func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-label="\(Self.escaped(label))" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(pathData)"/></svg>
            """
    }

    /// `M{x} {y}h{run}v1h-{run}z` for every run of dark modules, offset by the quiet zone.
    var pathData: String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                path += "M\(start + Self.quietZone) \(y + Self.quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Why libqrencode made no symbol: `EINVAL` for empty or invalid input, `ERANGE` for text
/// longer than the largest symbol holds, `ENOMEM` when memory ran out.
public struct QRCodeError: Error, Equatable, CustomStringConvertible {
    public var errno: Int32

    public var description: String { "QR code encoding failed (errno \(errno))" }
}
