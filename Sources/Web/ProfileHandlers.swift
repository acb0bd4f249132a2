import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/ca-nhan`: my record and its history; POST signs out every other session.
    func profile(_ exchange: Exchange, notice: String? = nil) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        var notice = notice
        if exchange.request.method == "POST", exchange.route == .profile,
           FormFields(exchange.form)["action"] == "sign-out-everywhere" {
            let ended = try database.deleteSessions(personID: person.id, keeping: exchange.visitor.sessionDigest)
            notice = exchange.context.strings.account.signedOutEverywhere(ended)
        }
        // Read again: after an edit the visitor's copy from the start of the request is stale.
        let current = try database.person(id: person.id) ?? person
        let village = try current.villageID.flatMap { try database.village(id: $0) }
        let history = try history(of: current.id, readBy: current.id, strings: exchange.context.strings)
        let household = try current.householdID.flatMap { try database.household(id: $0) }
        let classes = try myClasses(personID: current.id)
        let now = clock()
        let next = try database.seatedSchedule(personID: current.id, from: now, to: now + 28 * 86_400).prefix(5)
        return page(ProfilePage(person: current, village: village, household: household, history: history, classes: classes,
                                nextSessions: Array(next), points: try pointsLedger(personID: current.id),
                                citizenYears: try citizenYears(personID: current.id, forStaff: false), notice: notice)
            .render(exchange.context))
    }

    /// `/ca-nhan/sua`: the form with my record; POST saves it (audited, so I see it in my history).
    func editProfile(_ exchange: Exchange) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        let villages = try database.villages()
        guard exchange.request.method == "POST" else {
            return page(EditProfilePage(person: person, villages: villages).render(exchange.context))
        }
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        var state = FormState(values: fields.values(except: ["csrf"]))
        guard let details = PersonDetails.read(fields, villages: villages, thisYear: DateText.year(unixSeconds: clock()),
                                               strings: strings, state: &state) else {
            return page(EditProfilePage(villages: villages, form: state).render(exchange.context), status: 422)
        }
        do {
            try database.updatePerson(details.applied(to: person), by: try actor(exchange))
        } catch PeopleError.phoneTaken {
            state.errors["phone"] = strings.account.errorPhoneTaken
            return page(EditProfilePage(villages: villages, form: state).render(exchange.context), status: 422)
        }
        return try profile(exchange, notice: strings.profile.saved)
    }

    /// `/ca-nhan/mat-khau`: a new password, once the current one is confirmed. Wrong guesses
    /// count towards the same throttle as sign-in, so a borrowed phone cannot be used to guess.
    func changePassword(_ exchange: Exchange) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        guard exchange.request.method == "POST" else { return page(ChangePasswordPage().render(exchange.context)) }
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        let address = exchange.request.clientAddress ?? "-"
        let now = clock()
        if let refusal = try throttleRefusal(phoneKey: person.phone.digits, address: address, now: now, strings: strings.account) {
            return page(ChangePasswordPage(form: FormState(message: refusal)).render(exchange.context), status: 429)
        }
        let hash = try database.passwordHash(personID: person.id) ?? ""
        guard configuration.passwordHasher.verify(fields["current-password"], against: hash) else {
            try database.recordLoginFailure(phone: person.phone.digits, address: address, now: now)
            let state = FormState(errors: ["current-password": strings.profile.errorCurrentPassword])
            return page(ChangePasswordPage(form: state).render(exchange.context), status: 401)
        }
        if let problem = PasswordPolicy.problem(with: fields["password"], phone: person.phone) {
            let state = FormState(errors: ["password": strings.account.passwordProblem(problem)])
            return page(ChangePasswordPage(form: state).render(exchange.context), status: 422)
        }
        try database.changePassword(personID: person.id, passwordHash: try configuration.passwordHasher.hash(fields["password"]),
                                    keepingSession: exchange.visitor.sessionDigest, by: try actor(exchange))
        return try profile(exchange, notice: strings.profile.passwordChanged)
    }

    /// The changes to a person's record, worded for `reader`: "you" for their own changes.
    func history(of personID: Int64, readBy reader: Int64, strings: Strings) throws -> [HistoryEntry] {
        try database.auditEntries(entity: "person", id: personID).map { entry in
            let who = entry.actorID == reader ? strings.profile.historyYou : entry.actorName ?? strings.profile.historySystem
            let keys = Set((entry.before ?? [:]).keys).union((entry.after ?? [:]).keys).sorted()
            let changes = keys.map { key in (field: key, before: entry.before?[key] ?? "", after: entry.after?[key] ?? "") }
            return HistoryEntry(at: entry.at, who: who, action: entry.action, changes: changes)
        }
    }
}
