import Credentials
import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// How long a printed one-time code stays valid.
    static let setupCodeLifetime: Int64 = 7 * 24 * 3600

    /// `/quan-tri/dang-ky-ho`: staff register a resident; the answer is the slip to print.
    func assistedRegistration(_ exchange: Exchange) throws -> Response {
        let villages = try database.villages()
        guard exchange.request.method == "POST" else {
            return page(RegisterPage(villages: villages, assisted: true).render(exchange.context))
        }
        var (new, state) = try readRegistration(exchange, villages: villages, withPassword: false)
        guard let new else {
            return page(RegisterPage(villages: villages, form: state, assisted: true).render(exchange.context), status: 422)
        }
        let code = Self.makeSetupCode()
        let actor = try actor(exchange)
        do {
            let person = try database.registerAssisted(new, codeDigest: SecretToken.digest(code),
                                                       expiresAt: actor.now + Self.setupCodeLifetime, by: actor)
            return page(SetupSlipPage(person: person, code: code, expiresAt: actor.now + Self.setupCodeLifetime).render(exchange.context))
        } catch PeopleError.phoneTaken {
            state.errors["phone"] = exchange.context.strings.account.errorPhoneTaken
            return page(RegisterPage(villages: villages, form: state, assisted: true).render(exchange.context), status: 422)
        }
    }

    /// `/quan-tri/cap-lai-mat-khau`: a new one-time code for a resident who forgot their password.
    func passwordReset(_ exchange: Exchange) throws -> Response {
        guard exchange.request.method == "POST" else {
            return page(PasswordResetPage().render(exchange.context))
        }
        let strings = exchange.context.strings.account
        let typed = FormFields(exchange.form)["phone"]
        guard let phone = PhoneNumber(typed), let found = try database.personForLogin(phone: phone) else {
            let state = FormState(values: ["phone": typed], errors: ["phone": PhoneNumber(typed) == nil ? strings.errorPhone : strings.errorUnknownPhone])
            return page(PasswordResetPage(form: state).render(exchange.context), status: 422)
        }
        // Administrators' passwords are reset only by another administrator.
        guard found.person.role < .admin || exchange.visitor.person?.role == .admin else { throw PageFailure(status: 403) }
        let code = Self.makeSetupCode()
        let actor = try actor(exchange)
        try database.issueSetupCode(personID: found.person.id, codeDigest: SecretToken.digest(code),
                                    expiresAt: actor.now + Self.setupCodeLifetime, by: actor)
        return page(SetupSlipPage(person: found.person, code: code, expiresAt: actor.now + Self.setupCodeLifetime).render(exchange.context))
    }

    /// `/dat-mat-khau`: the resident's own step, throttled like signing in.
    func setPassword(_ exchange: Exchange) throws -> Response {
        guard exchange.request.method == "POST" else {
            return page(SetPasswordPage().render(exchange.context))
        }
        let strings = exchange.context.strings.account
        let fields = FormFields(exchange.form)
        var state = FormState(values: ["phone": fields["phone"], "code": fields["code"]])
        let phone = PhoneNumber(fields["phone"])
        let phoneKey = phone?.digits ?? fields["phone"].trimmingSpaces
        let address = exchange.request.clientAddress ?? "-"
        let now = clock()
        if let refusal = try throttleRefusal(phoneKey: phoneKey, address: address, now: now, strings: strings) {
            state.message = refusal
            return page(SetPasswordPage(form: state).render(exchange.context), status: 429)
        }
        if let problem = PasswordPolicy.problem(with: fields["password"], phone: phone) {
            state.errors["password"] = strings.passwordProblem(problem)
            return page(SetPasswordPage(form: state).render(exchange.context), status: 422)
        }
        let code = fields["code"].filter(\.isNumber)
        guard let phone, let person = try database.redeemSetupCode(
            phone: phone, codeDigest: SecretToken.digest(code),
            passwordHash: try configuration.passwordHasher.hash(fields["password"]), now: now) else {
            try database.recordLoginFailure(phone: phoneKey, address: address, now: now)
            logger.notice("setup code refused for \(phoneKey) from \(address)")
            state.message = strings.errorSetupCode
            return page(SetPasswordPage(form: state).render(exchange.context), status: 401)
        }
        try database.clearLoginFailures(phone: phone.digits)
        return try signIn(person, next: .profile)
    }

    /// Eight digits: easy to read out and type on a feature phone's keypad; guessing is
    /// stopped by the same throttle as passwords.
    static func makeSetupCode() -> String {
        let number = SecretToken.number(below: 100_000_000)
        let digits = String(number)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
