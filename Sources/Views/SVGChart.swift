/// A small chart drawn on the server as inline SVG: no script, no image to fetch, sharp on
/// paper and in black and white. It scales to its box (`viewBox`, width 100%), writes every
/// value as text rather than leaving the reader to measure bars, and names itself for screen
/// readers (`role="img"`, `aria-label` and `<title>`). Pages print the same numbers in a table
/// beside it: the chart only has to show the shape.
public struct SVGChart: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A horizontal bar per point with its label above it, so long names (villages) stay whole.
        case bars
        /// A line through the points from left to right, for a series in time (months).
        case line
    }

    /// A labelled value; `text` is the value as the page prints it ("1.234").
    public struct Point: Sendable, Equatable {
        public var label: String
        public var value: Int
        public var text: String

        public init(label: String, value: Int, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// A value marked across the bars with its label above them: a target to compare against.
    public struct Reference: Sendable, Equatable {
        public var value: Int
        public var label: String

        public init(value: Int, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var kind: Kind
    /// What the chart shows, in the reader's language: its accessible name.
    public var title: String
    public var points: [Point]
    /// The value a full bar stands for (1000 for shares in thousandths), so that bars and a
    /// reference keep their meaning; nil to scale to the largest value.
    public var maximum: Int?
    public var reference: Reference?

    public init(kind: Kind, title: String, points: [Point], maximum: Int? = nil, reference: Reference? = nil) {
        self.kind = kind
        self.title = title
        self.points = points
        self.maximum = maximum
        self.reference = reference
    }

    /// The viewBox is 360 units wide, one per CSS pixel on a 360 px phone, so 13-unit text
    /// reads as 13 px there and grows on wider screens and paper.
    static let width = 360
    static let ink: HTML = "#0b6b3a"
    /// Dark amber: apart from the bars' green on screen and, dashed, in black and white.
    static let referenceInk: HTML = "#8a5a00"

    public func render() -> HTML {
        let (height, marks) = kind == .bars ? bars() : line()
        return """
        <svg class="chart" viewBox="0 0 \(Self.width) \(height)" width="100%" role="img" aria-label="\(title)">\
        <title>\(title)</title>
        \(marks)
        </svg>
        """
    }

    /// Bars scaled to `maximum` or the largest value, leaving room after it for its number;
    /// a reference is a dashed line over all the bars, below its label.
    private func bars() -> (height: Int, marks: HTML) {
        let rowHeight = 40, room = Self.width - 64, head = reference == nil ? 0 : 20
        let largest = max(1, maximum ?? points.map(\.value).max() ?? 0)
        let rows = points.enumerated().map { index, point -> HTML in
            let top = head + index * rowHeight
            let length = point.value == 0 ? 0 : max(1, point.value * room / largest)
            return """
            <text x="0" y="\(top + 14)" font-size="13">\(point.label)</text>\
            <rect x="0" y="\(top + 20)" width="\(length)" height="14" fill="\(Self.ink)"/>\
            <text x="\(length + 6)" y="\(top + 32)" font-size="13">\(point.text)</text>
            """
        }
        let height = head + max(1, points.count) * rowHeight
        guard let reference else { return (height, HTML.join(rows, separator: "\n")) }
        let x = min(reference.value, largest) * room / largest
        let mark: HTML = """
            <text x="\(x)" y="12" font-size="12" text-anchor="middle">\(reference.label)</text>\
            <line x1="\(x)" y1="16" x2="\(x)" y2="\(height)" stroke="\(Self.referenceInk)" stroke-width="1.5" stroke-dasharray="4 3"/>
            """
        return (height, HTML.join(rows + [mark], separator: "\n"))
    }

    /// A line over a baseline at zero, each point in the middle of its slot; at most twelve
    /// points carry their label and number, so that they do not overlap on a phone.
    private func line() -> (height: Int, marks: HTML) {
        let (left, right, top, bottom) = (8, Self.width - 8, 24, 160)
        let count = max(1, points.count)
        let highest = max(1, points.map(\.value).max() ?? 0)
        let step = (count + 11) / 12
        let places = points.enumerated().map { index, point in
            (x: left + (2 * index + 1) * (right - left) / (2 * count), y: bottom - point.value * (bottom - top) / highest)
        }
        let dots = zip(points, places).enumerated().map { index, pair -> HTML in
            let (point, place) = pair
            let dot: HTML = "<circle cx=\"\(place.x)\" cy=\"\(place.y)\" r=\"3.5\" fill=\"\(Self.ink)\"/>"
            guard index % step == 0 else { return dot }
            // A zero sits on the baseline, which already says so.
            let value: HTML = point.value == 0 ? ""
                : "<text x=\"\(place.x)\" y=\"\(place.y - 9)\" font-size=\"12\" text-anchor=\"middle\">\(point.text)</text>"
            return dot + value + "<text x=\"\(place.x)\" y=\"\(bottom + 20)\" font-size=\"12\" text-anchor=\"middle\">\(point.label)</text>"
        }
        let line = places.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let marks: HTML = """
        <line x1="\(left)" y1="\(bottom)" x2="\(right)" y2="\(bottom)" stroke="#4a5563"/>
        <polyline points="\(line)" fill="none" stroke="\(Self.ink)" stroke-width="2.5"/>
        \(HTML.join(dots, separator: "\n"))
        """
        return (bottom + 28, marks)
    }
}
