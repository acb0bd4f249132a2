import Domain
import Routes

/// `/quan-tri/buoi/{id}/ma-diem-danh`: what the instructor projects or holds up in the hall:
/// the QR code, the same code in letters big enough to copy from the back row, and who has
/// arrived. A page of its own, without the site's header and footer, so it fills the screen.
public struct CheckInDisplayPage: Sendable {
    /// Whether residents can check in now, and with what.
    public enum State: Sendable, Equatable {
        /// The current code, its QR code as SVG, and the address people type it at.
        case open(code: String, qrSVG: String, typeAddress: String)
        case notYet(opensAt: Int64)
        case closed
        case cancelled
    }

    public var session: ClassSession
    public var classTitle: String
    public var state: State
    /// Present or late, the latest first.
    public var arrivals: [(name: String, status: AttendanceStatus, recordedAt: Int64)]

    /// Reloads without JavaScript. Codes rotate every 60 s and stay accepted for two more
    /// minutes, so a 15 s refresh always shows a live code, and the count and names keep up
    /// with the room at the cost of one small request per quarter minute.
    static let refreshSeconds = 15

    public init(session: ClassSession, classTitle: String, state: State,
                arrivals: [(name: String, status: AttendanceStatus, recordedAt: Int64)]) {
        self.session = session
        self.classTitle = classTitle
        self.state = state
        self.arrivals = arrivals
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.checkIn
        let time = context.strings.dateAndTime(session.startsAt) + "–" + String(DateText.dayAndTime(unixSeconds: session.endsAt).suffix(5))
        let names = HTML.join(arrivals.map { arrival -> HTML in
            let late: HTML = arrival.status == .late ? " <span class=\"tag\">\(strings.status(.late))</span>" : ""
            return "<li>\(arrival.name)\(late) <span class=\"meta\">\(String(DateText.dayAndTime(unixSeconds: arrival.recordedAt).suffix(5)))</span></li>"
        })
        let list: HTML = arrivals.isEmpty ? "<p class=\"meta\">\(strings.nobodyYet)</p>" : "<ol class=\"checkin-names\" reversed>\(names)</ol>"
        return """
        <!doctype html>
        <html lang="\(context.strings.language.code)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="\(Self.refreshSeconds)">
        <title>\(strings.title) – \(classTitle)</title>
        <link rel="stylesheet" href="\(Route.asset(path: ["style.css"]).link)">
        </head>
        <body class="checkin-display">
        <main>
        <h1>\(classTitle)</h1>
        <p class="lead">\(time)</p>
        \(codeSection(context))
        <section class="checkin-arrivals">
        <h2>\(strings.count(arrivals.count))</h2>
        \(list)
        </section>
        <p class="meta">\(strings.refreshNote) <a href="\(Route.rollCall(sessionID: session.id).link)">\(strings.rollCallLink)</a></p>
        </main>
        </body>
        </html>

        """
    }

    private func codeSection(_ context: PageContext) -> HTML {
        let strings = context.strings.checkIn
        switch state {
        case .open(let code, let qrSVG, let typeAddress):
            // The SVG is made by QRCode from our own link, with its label escaped there: markup, not input.
            return """
            <section class="checkin-code-box">
            <div class="checkin-qr">\(HTML.raw(qrSVG))</div>
            <div>
            <p>\(strings.scanHint)</p>
            <p>\(strings.typeHint(typeAddress))</p>
            <p class="checkin-code">\(Self.grouped(code))</p>
            </div>
            </section>
            """
        case .notYet(let opensAt):
            return "<p class=\"checkin-state\">\(strings.opensAt(context.strings.dateAndTime(opensAt)))</p>"
        case .closed:
            return "<p class=\"checkin-state\">\(strings.closedForStaff)</p>"
        case .cancelled:
            return "<p class=\"checkin-state\">\(strings.cancelled)</p>"
        }
    }

    /// "ABC DEF": groups of three are easier to read out and to copy.
    static func grouped(_ code: String) -> String {
        var result = ""
        for (index, character) in code.enumerated() {
            if index > 0, index % 3 == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }
}
