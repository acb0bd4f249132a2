import Domain
import Routes

/// `/quan-tri/cap-lai-mat-khau`: the phone number of the resident who forgot their password.
public struct PasswordResetPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) { self.form = form }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let body: HTML = """
        <section class="narrow">
        <h1>\(strings.resetTitle)</h1>
        <p class="lead">\(strings.resetLead)</p>
        <form action="\(Route.adminPasswordReset.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(Forms.field("phone", label: strings.phone, value: form["phone"], type: "tel", error: form.errors["phone"],
                      attributes: " inputmode=\"tel\" required"))
        <button type="submit">\(strings.resetSubmit)</button>
        </form>
        </section>
        """
        return Layout.render(Document(title: strings.resetTitle, description: strings.resetLead, body: body), context: context)
    }
}

/// The slip staff print and hand over: who, the one-time code, until when, where to use it.
public struct SetupSlipPage: Sendable {
    public var person: Person
    public var code: String
    public var expiresAt: Int64

    public init(person: Person, code: String, expiresAt: Int64) {
        self.person = person
        self.code = code
        self.expiresAt = expiresAt
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let address = (context.site.publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "") + Route.setPassword.link
        let grouped = String(code.prefix(4)) + " " + String(code.dropFirst(4))
        let body: HTML = """
        <section class="slip">
        <h1>\(strings.slipTitle)</h1>
        <p><strong>\(context.site.centreName)</strong> – \(context.site.communeName)</p>
        <table class="facts-table">
        <tr><th scope="row">\(strings.fullName)</th><td>\(person.fullName)</td></tr>
        <tr><th scope="row">\(strings.phone)</th><td>\(person.phone.description)</td></tr>
        <tr><th scope="row">\(strings.setupCode)</th><td class="code">\(grouped)</td></tr>
        <tr><th scope="row">\(strings.slipExpires)</th><td>\(context.strings.dateAndTime(expiresAt))</td></tr>
        </table>
        <p>\(strings.slipInstructions)</p>
        <p class="code">\(address)</p>
        </section>
        """
        return Layout.render(Document(title: strings.slipTitle, description: strings.slipInstructions, body: body), context: context)
    }
}

/// `/dat-mat-khau`: phone, one-time code, new password.
public struct SetPasswordPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) { self.form = form }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let body: HTML = """
        <section class="narrow">
        <h1>\(strings.setPassword)</h1>
        <p class="lead">\(strings.setPasswordLead)</p>
        \(Forms.summary(form.message))
        <form action="\(Route.setPassword.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(Forms.field("phone", label: strings.phone, value: form["phone"], type: "tel", attributes: " autocomplete=\"tel\" inputmode=\"tel\" required"))
        \(Forms.field("code", label: strings.setupCode, value: form["code"], attributes: " inputmode=\"numeric\" autocomplete=\"one-time-code\" required"))
        \(Forms.field("password", label: strings.password, type: "password", error: form.errors["password"],
                      hint: strings.passwordHint, attributes: " autocomplete=\"new-password\" required"))
        <button type="submit">\(strings.setPassword)</button>
        </form>
        </section>
        """
        return Layout.render(Document(title: strings.setPassword, description: strings.setPasswordLead, body: body), context: context)
    }
}
