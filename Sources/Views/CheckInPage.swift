import Domain
import Routes

/// `/diem-danh/{code}` and `/diem-danh`: what a resident sees after scanning or typing a code,
/// in one sentence they can show the instructor; and the form to type a code.
public struct CheckInPage: Sendable {
    /// What happened to the attempt.
    public enum Outcome: Sendable, Equatable {
        case recorded(AttendanceStatus)
        case alreadyRecorded
        case invalidCode
        case tooEarly(opensAt: Int64)
        case closed
        /// The code is good; the visitor must sign in or register to finish.
        case signInNeeded
        /// A waiting check-in (cookie) that is forged, expired or for a session that is gone.
        case pendingRefused
        /// Nothing to finish: the form to type a code.
        case enterCode
    }

    public var outcome: Outcome
    /// The session the code belongs to and its class's title, when it named one.
    public var session: ClassSession?
    public var classTitle: String

    public init(outcome: Outcome, session: ClassSession? = nil, classTitle: String = "") {
        self.outcome = outcome
        self.session = session
        self.classTitle = classTitle
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.checkIn
        let time = session.map { context.strings.dateAndTime($0.startsAt) } ?? ""
        let classLink: HTML = session.map { "<p><a href=\"\(Route.courseClass(id: $0.classID).link)\">\(strings.seeClass)</a></p>" } ?? ""
        let body: HTML
        switch outcome {
        case .recorded(let status):
            body = "\(ok(strings.recorded(strings.status(status), classTitle, time)))\(classLink)"
        case .alreadyRecorded:
            body = "\(ok(strings.alreadyRecorded))<p>\(classTitle) – \(time)</p>\(classLink)"
        case .invalidCode:
            body = "\(refused(strings.invalidCode))<p>\(strings.invalidCodeHelp)</p>\(form(strings))"
        case .tooEarly(let opensAt):
            body = "\(refused(strings.tooEarly))<p>\(strings.opensAt(context.strings.dateAndTime(opensAt)))</p>\(classLink)"
        case .closed:
            body = "\(refused(strings.closed))<p>\(strings.closedHelp)</p>\(classLink)"
        case .signInNeeded:
            body = """
            <p class="lead">\(strings.signInLead(classTitle, time))</p>
            <p>\(strings.signInDeadline)</p>
            <p class="actions"><a class="button" href="\(Route.login(next: Route.checkInDone.link).link)">\(strings.signIn)</a> \
            <a class="button secondary" href="\(Route.register.link)">\(strings.register)</a></p>
            """
        case .pendingRefused:
            body = "\(refused(strings.pendingRefused))\(form(strings))"
        case .enterCode:
            body = "<p>\(strings.enterCodeLead)</p>\(form(strings))"
        }
        let title = outcome == .signInNeeded ? strings.signInTitle : outcome == .enterCode ? strings.enterCode : strings.title
        return Layout.render(Document(title: title, description: strings.scanHint, body: "<h1>\(title)</h1>\n\(body)"), context: context)
    }

    private func ok(_ message: String) -> HTML {
        "<p class=\"checkin-result checkin-ok\" role=\"status\">\(message)</p>"
    }

    private func refused(_ message: String) -> HTML {
        "<p class=\"checkin-result checkin-refused\" role=\"alert\">\(message)</p>"
    }

    /// A plain GET form: typing a code is the same request as scanning it, no token needed.
    private func form(_ strings: CheckInStrings) -> HTML {
        """
        <form class="checkin-form" action="\(Route.checkInDone.link)" method="get">
        <label for="ma">\(strings.codeLabel)</label>
        <div class="search-row">
        <input id="ma" name="ma" type="text" required maxlength="20" autocomplete="off" autocapitalize="characters" spellcheck="false">
        <button type="submit">\(strings.submit)</button>
        </div>
        </form>
        """
    }
}
