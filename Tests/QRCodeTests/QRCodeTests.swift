import Testing
@testable import QRCode

/// No QR decoder is installed here (no zbarimg, no pyzbar), so these tests check the symbol's
/// size and fixed patterns, and that the SVG draws exactly the modules libqrencode made.
@Suite struct QRCodeTests {
    /// Versions by capacity at level M in byte mode: 14 bytes fit version 1, 26 fit version 2.
    @Test(arguments: [("ABCDEF", 21), ("https://hoc.vn/diem-danh/ABCDEF", 29), ("https://hoc.vn/dd/ABC", 25)])
    func smallestVersionHoldsTheText(text: String, size: Int) throws {
        let code = try QRCode(encoding: text)
        #expect(code.size == size)
        #expect(code.svg(label: "x").contains("viewBox=\"0 0 \(size + 8) \(size + 8)\""))
    }

    /// The three finder patterns (7×7 rings with a 3×3 centre) sit in the corners, with a light separator.
    @Test func finderPatternsAreInTheCorners() throws {
        let code = try QRCode(encoding: "https://hoc.vn/diem-danh/ABCDEF")
        for (left, top) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            for y in 0..<7 {
                for x in 0..<7 {
                    let ring = x == 0 || x == 6 || y == 0 || y == 6
                    let centre = (2...4).contains(x) && (2...4).contains(y)
                    #expect(code.isDark(x: left + x, y: top + y) == (ring || centre))
                }
            }
        }
        #expect(!code.isDark(x: 7, y: 0) && !code.isDark(x: 0, y: 7))
    }

    /// Redrawing the path's rectangles on a blank grid gives back every module, quiet zone light.
    @Test func svgPathDrawsExactlyTheDarkModules() throws {
        let code = try QRCode(encoding: "ABCDEF")
        let side = code.size + 2 * QRCode.quietZone
        var grid = [[Bool]](repeating: [Bool](repeating: false, count: side), count: side)
        let svg = code.svg(label: "Mã điểm danh")
        #expect(svg.ranges(of: "<path").count == 1)
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-label=\"Mã điểm danh\""))
        for piece in code.pathData.split(separator: "z") {
            // "M{x} {y}h{run}v1h-{run}"
            let numbers = piece.dropFirst().split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let (x, y, run) = (numbers[0], numbers[1], numbers[2])
            #expect(piece == "M\(x) \(y)h\(run)v1h-\(run)")
            for column in x..<(x + run) { grid[y][column] = true }
        }
        for y in 0..<side {
            for x in 0..<side {
                let inside = (QRCode.quietZone..<(side - QRCode.quietZone))
                let expected = inside.contains(x) && inside.contains(y)
                    && code.isDark(x: x - QRCode.quietZone, y: y - QRCode.quietZone)
                #expect(grid[y][x] == expected)
            }
        }
        #expect(grid.joined().filter { $0 }.count > 100)
    }

    @Test func labelIsEscapedForTheAttribute() throws {
        let svg = try QRCode(encoding: "ABCDEF").svg(label: "Lớp \"A\" <b> & 'B'")
        #expect(svg.contains("aria-label=\"Lớp &quot;A&quot; &lt;b&gt; &amp; &#39;B&#39;\""))
    }

    @Test func textThatCannotBeEncodedThrows() {
        #expect(throws: QRCodeError.self) { try QRCode(encoding: "") }
        #expect(throws: QRCodeError.self) { try QRCode(encoding: String(repeating: "x", count: 3000)) }
    }
}
