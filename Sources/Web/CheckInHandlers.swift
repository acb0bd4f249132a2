import Credentials
import Domain
import MicroHTTP
import QRCode
import Routes
import Storage
import Views

extension WebApplication {
    /// A code stays accepted for two minutes after it leaves the screen: a slow phone still gets
    /// in, a photo forwarded to someone at home has expired by the time they try it.
    static let checkInGraceSteps: Int64 = 2

    /// `/quan-tri/buoi/{id}/ma-diem-danh`: the instructor's screen with the current code.
    /// Never stored by a browser or proxy: yesterday's copy would show a dead code.
    func checkInDisplay(_ exchange: Exchange, sessionID: Int64) throws -> Response {
        guard let session = try database.session(id: sessionID), let courseClass = try database.courseClass(id: session.classID) else {
            throw PageFailure(status: 404)
        }
        let now = clock()
        let state: CheckInDisplayPage.State
        switch (session.cancelled, try database.checkInWindow().decide(startsAt: session.startsAt, endsAt: session.endsAt, now: now)) {
        case (true, _):
            state = .cancelled
        case (false, .tooEarly(let opensAt)):
            state = .notYet(opensAt: opensAt)
        case (false, .closed):
            state = .closed
        case (false, .accepted):
            let secret = try database.checkInSecret(sessionID: sessionID)
            let code = CheckInCode.code(secret: secret, sessionID: sessionID, step: CheckInCode.step(at: now))
            let base = siteAddress(exchange.request, site: exchange.site)
            let qr = try QRCode(encoding: base.url + Route.checkIn(code: code).link)
            state = .open(code: code, qrSVG: qr.svg(label: exchange.context.strings.checkIn.qrLabel(code)),
                          typeAddress: base.host + Route.checkInDone.link)
        }
        let view = CheckInDisplayPage(session: session, classTitle: courseClass.title, state: state,
                                      arrivals: try database.arrivals(sessionID: sessionID))
        return unstored(page(view.render(exchange.context)))
    }

    /// `/diem-danh/{code}`: the QR code's target, so a GET. It records attendance only for a
    /// signed-in person holding a code that is current for an open session, which is the point
    /// of scanning. This is no CSRF hole: the code is the secret, and another site can only
    /// make a visitor's browser send a code it already knows, which checks in nobody who was
    /// not shown it in the room. Not signed in: the code is checked first, then a signed proof
    /// waits in a cookie while the visitor signs in or registers (see `PendingCheckIn`).
    func checkIn(_ exchange: Exchange, code: String) throws -> Response {
        let now = clock()
        guard let found = try sessionAccepting(code, now: now), let courseClass = try database.courseClass(id: found.session.classID) else {
            return checkInPage(exchange, CheckInPage(outcome: .invalidCode), status: 410)
        }
        let (session, secret) = found
        switch try database.checkInWindow().decide(startsAt: session.startsAt, endsAt: session.endsAt, now: now) {
        case .tooEarly(let opensAt):
            return checkInPage(exchange, CheckInPage(outcome: .tooEarly(opensAt: opensAt), session: session, classTitle: courseClass.title))
        case .closed:
            return checkInPage(exchange, CheckInPage(outcome: .closed, session: session, classTitle: courseClass.title))
        case .accepted(let status):
            guard exchange.visitor.person != nil else {
                let pending = PendingCheckIn(sessionID: session.id, scannedAt: now, secret: secret)
                var response = checkInPage(exchange, CheckInPage(outcome: .signInNeeded, session: session, classTitle: courseClass.title))
                response.headers.append(Cookies.set(Cookies.pendingCheckIn, pending.cookieValue, maxAge: Int(PendingCheckIn.lifetime),
                                                    secure: configuration.secureCookies))
                return response
            }
            return try record(status, session: session, classTitle: courseClass.title, exchange)
        }
    }

    /// `/diem-danh`: finishes a check-in started before signing in, even if the code has rotated
    /// since (the proof was made while it was valid); present or late as at the scan, as long as
    /// check-in is still open. With `?ma=` it takes a typed code; otherwise it offers the form.
    func checkInDone(_ exchange: Exchange) throws -> Response {
        let typed = (exchange.request.queryValue("ma") ?? "").filter { !$0.isWhitespace }
        if !typed.isEmpty {
            guard Route.isCheckInCode(typed) else { return checkInPage(exchange, CheckInPage(outcome: .invalidCode), status: 410) }
            return try checkIn(exchange, code: typed)
        }
        guard let cookie = exchange.visitor.cookies[Cookies.pendingCheckIn] else {
            return checkInPage(exchange, CheckInPage(outcome: .enterCode))
        }
        let now = clock()
        guard let pending = PendingCheckIn(cookie: cookie), let session = try database.session(id: pending.sessionID), !session.cancelled,
              let courseClass = try database.courseClass(id: session.classID),
              pending.isValid(secret: try database.checkInSecret(sessionID: session.id), now: now),
              case .accepted(let status) = try database.checkInWindow().decide(startsAt: session.startsAt, endsAt: session.endsAt, now: pending.scannedAt)
        else {
            return clearingPending(checkInPage(exchange, CheckInPage(outcome: .pendingRefused), status: 410))
        }
        guard exchange.visitor.person != nil else {
            return checkInPage(exchange, CheckInPage(outcome: .signInNeeded, session: session, classTitle: courseClass.title))
        }
        if case .closed = try database.checkInWindow().decide(startsAt: session.startsAt, endsAt: session.endsAt, now: now) {
            return clearingPending(checkInPage(exchange, CheckInPage(outcome: .closed, session: session, classTitle: courseClass.title)))
        }
        return clearingPending(try record(status, session: session, classTitle: courseClass.title, exchange))
    }

    /// Records the signed-in visitor. A check-in never overwrites what is recorded (the roll
    /// call, an earlier scan): then it says the visitor is already checked in.
    private func record(_ status: AttendanceStatus, session: ClassSession, classTitle: String, _ exchange: Exchange) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        let outcome = try database.recordAttendance(sessionID: session.id, personID: person.id, status: status, source: .checkIn,
                                                    overwrite: false, by: try actor(exchange))
        let shown: CheckInPage.Outcome = switch outcome {
        case .recorded, .changed: .recorded(status)
        case .unchanged, .kept: .alreadyRecorded
        }
        return checkInPage(exchange, CheckInPage(outcome: shown, session: session, classTitle: classTitle))
    }

    /// The open session whose current code (or one of the last `checkInGraceSteps`) is `code`.
    /// Sessions are searched a little past their window, by the grace, so a code read just
    /// before closing hears "closed" rather than "wrong code".
    private func sessionAccepting(_ code: String, now: Int64) throws -> (session: ClassSession, secret: CheckInCode.Secret)? {
        var lookup = try database.checkInWindow()
        lookup.minutesAfterEnd += Int(Self.checkInGraceSteps) + 1
        for session in try database.sessionsOpenForCheckIn(now: now, window: lookup) {
            let secret = try database.checkInSecret(sessionID: session.id)
            if CheckInCode.accepts(code, secret: secret, sessionID: session.id, now: now, graceSteps: Self.checkInGraceSteps) {
                return (session, secret)
            }
        }
        return nil
    }

    /// Check-in pages name `/diem-danh` as their place, so signing in or switching language from
    /// the header comes back to the waiting check-in, never to a code that has rotated meanwhile.
    private func checkInPage(_ exchange: Exchange, _ view: CheckInPage, status: Int = 200) -> Response {
        var context = exchange.context
        context.route = .checkInDone
        return unstored(page(view.render(context), status: status))
    }

    private func clearingPending(_ response: Response) -> Response {
        var response = response
        response.headers.append(Cookies.set(Cookies.pendingCheckIn, "", maxAge: 0, secure: configuration.secureCookies))
        return response
    }

    /// The response marked for no browser or proxy to keep.
    func unstored(_ response: Response) -> Response {
        var response = response
        response.headers.removeAll { $0.name == "Cache-Control" }
        response.headers.append(("Cache-Control", "no-store"))
        return response
    }

    /// Where phones reach this server: the configured public address, else the scheme and
    /// `Host` the instructor's own browser used (a LAN address at a village hall). The host is
    /// kept only if it looks like one, so a strange header cannot put markup into the QR code.
    func siteAddress(_ request: Request, site: SiteInfo) -> (url: String, host: String) {
        if let configured = site.publicURL, configured.hasPrefix("http://") || configured.hasPrefix("https://") {
            let url = configured.hasSuffix("/") ? String(configured.dropLast()) : configured
            return (url, String(url.drop { $0 != "/" }.dropFirst(2)))
        }
        let given = request.header("host") ?? ""
        let allowed = !given.isEmpty && given.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
        let host = allowed ? given : "localhost"
        return ((configuration.secureCookies ? "https://" : "http://") + host, host)
    }
}
