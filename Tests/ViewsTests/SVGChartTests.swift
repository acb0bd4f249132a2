import Testing
import Views

/// The charts as the page carries them, whole: every coordinate is a whole number, so the
/// text is stable and a change in the drawing shows in review.
@Suite struct SVGChartTests {
    static func points(_ values: [(String, Int)]) -> [SVGChart.Point] {
        values.map { SVGChart.Point(label: $0.0, value: $0.1, text: "\($0.1 >= 1000 ? "1.234" : String($0.1))") }
    }

    @Test func barsCarryTheirLabelAboveAndTheirNumberAfter() {
        let chart = SVGChart(kind: .bars, title: "Lượt người theo thôn <Đông & Tây>",
                             points: Self.points([("Bắc Sơn", 1234), ("Xóm \"Mới\"", 617), ("Tây", 0)]))
        #expect(chart.render().text == """
            <svg class="chart" viewBox="0 0 360 120" width="100%" role="img" aria-label="Lượt người theo thôn &lt;Đông &amp; Tây&gt;">\
            <title>Lượt người theo thôn &lt;Đông &amp; Tây&gt;</title>
            <text x="0" y="14" font-size="13">Bắc Sơn</text><rect x="0" y="20" width="296" height="14" fill="#0b6b3a"/><text x="302" y="32" font-size="13">1.234</text>
            <text x="0" y="54" font-size="13">Xóm &quot;Mới&quot;</text><rect x="0" y="60" width="148" height="14" fill="#0b6b3a"/><text x="154" y="72" font-size="13">617</text>
            <text x="0" y="94" font-size="13">Tây</text><rect x="0" y="100" width="0" height="14" fill="#0b6b3a"/><text x="6" y="112" font-size="13">0</text>
            </svg>
            """)
    }

    /// Shares against a target: bars scaled to the whole (1000‰), not to the largest share, so
    /// the dashed target line (46% of 296 units is 136) means what its label says.
    @Test func barsAgainstAReferenceKeepTheirScale() {
        let chart = SVGChart(kind: .bars, title: "Tỷ lệ theo thôn", points: [
            SVGChart.Point(label: "Bắc Sơn", value: 375, text: "37,5%"), SVGChart.Point(label: "Tây", value: 0, text: "—"),
        ], maximum: 1000, reference: SVGChart.Reference(value: 460, label: "Mục tiêu 46%"))
        #expect(chart.render().text == """
            <svg class="chart" viewBox="0 0 360 100" width="100%" role="img" aria-label="Tỷ lệ theo thôn"><title>Tỷ lệ theo thôn</title>
            <text x="0" y="34" font-size="13">Bắc Sơn</text><rect x="0" y="40" width="111" height="14" fill="#0b6b3a"/><text x="117" y="52" font-size="13">37,5%</text>
            <text x="0" y="74" font-size="13">Tây</text><rect x="0" y="80" width="0" height="14" fill="#0b6b3a"/><text x="6" y="92" font-size="13">—</text>
            <text x="136" y="12" font-size="12" text-anchor="middle">Mục tiêu 46%</text>\
            <line x1="136" y1="16" x2="136" y2="100" stroke="#8a5a00" stroke-width="1.5" stroke-dasharray="4 3"/>
            </svg>
            """)
    }

    @Test func aLineRunsOverItsBaselineWithEveryPointLabelled() {
        let chart = SVGChart(kind: .line, title: "Lượt người theo tháng", points: Self.points([("T1", 0), ("T2", 20), ("T3", 10)]))
        #expect(chart.render().text == """
            <svg class="chart" viewBox="0 0 360 188" width="100%" role="img" aria-label="Lượt người theo tháng"><title>Lượt người theo tháng</title>
            <line x1="8" y1="160" x2="352" y2="160" stroke="#4a5563"/>
            <polyline points="65,160 180,24 294,92" fill="none" stroke="#0b6b3a" stroke-width="2.5"/>
            <circle cx="65" cy="160" r="3.5" fill="#0b6b3a"/><text x="65" y="180" font-size="12" text-anchor="middle">T1</text>
            <circle cx="180" cy="24" r="3.5" fill="#0b6b3a"/><text x="180" y="15" font-size="12" text-anchor="middle">20</text>\
            <text x="180" y="180" font-size="12" text-anchor="middle">T2</text>
            <circle cx="294" cy="92" r="3.5" fill="#0b6b3a"/><text x="294" y="83" font-size="12" text-anchor="middle">10</text>\
            <text x="294" y="180" font-size="12" text-anchor="middle">T3</text>
            </svg>
            """)
    }

    /// Two years of months: every other point carries its label, so twelve fit on a phone.
    @Test func aLongLineLabelsAtMostTwelvePoints() {
        let chart = SVGChart(kind: .line, title: "24 tháng", points: Self.points((1...24).map { ("T\($0)", $0) }))
        let text = chart.render().text
        #expect(text.ranges(of: "<circle").count == 24)
        #expect(text.ranges(of: "y=\"180\"").count == 12)
        #expect(text.contains(">T1<") && text.contains(">T3<") && !text.contains(">T2<"))
    }

    @Test func nothingToDrawStillMakesAnImage() {
        let chart = SVGChart(kind: .bars, title: "Trống", points: [])
        #expect(chart.render().text.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 360 40\""))
    }
}
