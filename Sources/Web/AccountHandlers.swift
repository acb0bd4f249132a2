import Credentials
import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/dang-ky`: the form, or a new account signed in at once.
    func register(_ exchange: Exchange) throws -> Response {
        let villages = try database.villages()
        guard exchange.request.method == "POST" else {
            return page(RegisterPage(villages: villages).render(exchange.context))
        }
        var (new, state) = try readRegistration(exchange, villages: villages, withPassword: true)
        guard let new else {
            return page(RegisterPage(villages: villages, form: state).render(exchange.context), status: 422)
        }
        do {
            let person = try database.createPerson(new, now: clock(), address: exchange.request.clientAddress ?? "-")
            return try signIn(person, next: exchange.visitor.cookies[Cookies.pendingCheckIn] == nil ? .profile : .checkInDone)
        } catch PeopleError.phoneTaken {
            state.errors["phone"] = exchange.context.strings.account.errorPhoneTaken
            return page(RegisterPage(villages: villages, form: state).render(exchange.context), status: 422)
        }
    }

    /// The registration form's fields, checked. A person to create, or the form with its errors.
    func readRegistration(_ exchange: Exchange, villages: [Village], withPassword: Bool) throws -> (NewPerson?, FormState) {
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        var state = FormState(values: fields.values(except: ["password", "csrf"]))
        let details = PersonDetails.read(fields, villages: villages, thisYear: DateText.year(unixSeconds: clock()),
                                         strings: strings, state: &state)
        if withPassword, let problem = PasswordPolicy.problem(with: fields["password"], phone: PhoneNumber(fields["phone"])) {
            state.errors["password"] = strings.account.passwordProblem(problem)
        }
        if fields["consent"] != "1" { state.errors["consent"] = strings.account.errorConsent }
        guard state.errors.isEmpty, let details else { return (nil, state) }
        return (NewPerson(details, passwordHash: withPassword ? try configuration.passwordHasher.hash(fields["password"]) : nil), state)
    }

    /// `/dang-nhap`: the form, or a new session for the right phone and password.
    func login(_ exchange: Exchange, next: String) throws -> Response {
        guard exchange.request.method == "POST" else {
            if exchange.visitor.person != nil { return Response(status: 303, headers: [("Location", next)]) }
            return page(LoginPage(next: next).render(exchange.context))
        }
        let fields = FormFields(exchange.form)
        let phone = PhoneNumber(fields["phone"])
        let strings = exchange.context.strings.account
        let phoneKey = phone?.digits ?? fields["phone"].trimmingSpaces
        let address = exchange.request.clientAddress ?? "-"
        let now = clock()
        if let refusal = try throttleRefusal(phoneKey: phoneKey, address: address, now: now, strings: strings) {
            logger.warning("login refused (throttled) for \(phoneKey) from \(address)")
            let state = FormState(values: ["phone": fields["phone"]], message: refusal)
            return page(LoginPage(next: next, form: state).render(exchange.context), status: 429)
        }
        let found = try phone.flatMap { try database.personForLogin(phone: $0) }
        // Unknown phones are checked against a stand-in hash too, so timing does not tell
        // which phone numbers have accounts.
        let hash = found?.passwordHash ?? Self.standInHash(configuration.passwordHasher)
        let matches = configuration.passwordHasher.verify(fields["password"], against: hash)
        guard matches, let person = found?.person else {
            try database.recordLoginFailure(phone: phoneKey, address: address, now: now)
            logger.notice("login failed for \(phoneKey) from \(address)")
            let state = FormState(values: ["phone": fields["phone"]], message: strings.errorCredentials)
            return page(LoginPage(next: next, form: state).render(exchange.context), status: 401)
        }
        try database.clearLoginFailures(phone: phoneKey)
        return try signIn(person, nextPath: next)
    }

    /// `/dang-xuat`: ends this session.
    func logout(_ exchange: Exchange) throws -> Response {
        if let digest = exchange.visitor.sessionDigest { try database.deleteSession(tokenDigest: digest) }
        var response = redirect(to: .home)
        response.headers.append(Cookies.set(Cookies.session, "", maxAge: 0, secure: configuration.secureCookies))
        return response
    }

    /// The message refusing an attempt while the phone or address is being throttled, or nil.
    func throttleRefusal(phoneKey: String, address: String, now: Int64, strings: AccountStrings) throws -> String? {
        let past = try database.loginFailures(phone: phoneKey, address: address, since: now - 2 * LoginThrottle.window)
        switch LoginThrottle.decision(phoneFailures: past.phone, addressFailures: past.address, now: now) {
        case .allowed: return nil
        case .wait(let seconds): return strings.errorWait(seconds)
        case .locked(let until): return strings.errorLocked(String(DateText.dayAndTime(unixSeconds: until).suffix(5)))
        }
    }

    func signIn(_ person: Person, next: Route) throws -> Response {
        try signIn(person, nextPath: next.link)
    }

    /// A fresh session (never reuse one from before sign-in) and its cookie.
    private func signIn(_ person: Person, nextPath: String) throws -> Response {
        let token = SecretToken.make()
        try database.createSession(tokenDigest: SecretToken.digest(token), personID: person.id, now: clock())
        return Response(status: 303, headers: [
            ("Location", nextPath),
            ("Cache-Control", "no-store"),
            Cookies.set(Cookies.session, token, maxAge: Int(SessionPolicy.absoluteLimit), secure: configuration.secureCookies),
        ])
    }

    private static func standInHash(_ hasher: PasswordHasher) -> String {
        (try? hasher.hash(SecretToken.make())) ?? ""
    }
}

/// Posted fields by name (the first value of a repeated name).
struct FormFields {
    private let fields: [(name: String, value: String)]

    init(_ fields: [(name: String, value: String)]) { self.fields = fields }

    subscript(_ name: String) -> String { fields.first { $0.name == name }?.value ?? "" }

    func values(except hidden: Set<String>) -> [String: String] {
        var values: [String: String] = [:]
        for field in fields where !hidden.contains(field.name) && values[field.name] == nil { values[field.name] = field.value }
        return values
    }
}
