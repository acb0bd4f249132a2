import Credentials
import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/buoi/{id}/diem-danh`: the roll call. A tap posts one status and comes back
    /// to the same person on the page (post, redirect, get: the back button never re-posts).
    func rollCall(_ exchange: Exchange, sessionID: Int64) throws -> Response {
        guard let session = try database.session(id: sessionID), let courseClass = try database.courseClass(id: session.classID) else {
            throw PageFailure(status: 404)
        }
        let fields = FormFields(exchange.form)
        var notice: String?
        var state = FormState()
        var status = 200
        if exchange.request.method == "POST" {
            switch fields["action"] {
            case "mark":
                guard let personID = Int64(fields["person"]), let mark = AttendanceStatus(rawValue: fields["status"]),
                      try database.person(id: personID) != nil else { throw PageFailure(status: 400) }
                try database.recordAttendance(sessionID: sessionID, personID: personID, status: mark, source: .rollCall,
                                              overwrite: true, by: try actor(exchange))
                return Response(status: 303, headers: [("Location", Route.rollCall(sessionID: sessionID).link + "#nguoi-\(personID)"),
                                                       ("Cache-Control", "no-store")])
            case "new-walk-in":
                (notice, state, status) = try newWalkIn(fields, sessionID: sessionID, exchange: exchange)
            default:
                throw PageFailure(status: 400)
            }
        }
        let query = exchange.request.queryValue("q") ?? ""
        let found = query.isEmpty ? nil : try database.residents(PeopleFilter(terms: SearchTerms.parse(query)), limit: 10, offset: 0).people
        let view = RollCallPage(session: session, courseClass: courseClass, roster: try roster(of: session), villages: try database.villages(),
                                found: found, query: query, notice: notice, form: state)
        var response = page(view.render(exchange.context), status: status)
        response.headers.append(("Cache-Control", "no-store"))
        return response
    }

    /// The seated learners in list order, then the walk-ins, with what is recorded for each.
    func roster(of session: ClassSession) throws -> [(person: Person, status: AttendanceStatus?, walkIn: Bool)] {
        let recorded = try database.attendance(sessionID: session.id)
        let seated = try database.enrolments(classID: session.classID).filter { $0.enrolment.status == .enrolled }.map(\.person)
            .sorted { PersonName.precedes($0.fullName, $1.fullName) }
        return seated.map { ($0, recorded[$0.id]?.status, false) }
            + (try database.walkIns(sessionID: session.id)).map { ($0, recorded[$0.id]?.status, true) }
    }

    /// A walk-in without an account: registered on the spot (assisted, with a code to set a
    /// password later) and marked present, in that order.
    private func newWalkIn(_ fields: FormFields, sessionID: Int64, exchange: Exchange) throws -> (String?, FormState, Int) {
        let strings = exchange.context.strings
        var state = FormState(values: fields.values(except: ["csrf"]))
        let name = fields.text("name")
        if name.isEmpty || name.count > 100 { state.errors["name"] = strings.account.errorName }
        let phone = PhoneNumber(fields["phone"])
        if phone == nil { state.errors["phone"] = strings.account.errorPhone }
        guard state.errors.isEmpty, let phone else { return (nil, state, 422) }
        let villageID = try database.villages().first { String($0.id) == fields["village"] }?.id
        let code = Self.makeSetupCode()
        let actor = try actor(exchange)
        do {
            let person = try database.registerAssisted(NewPerson(phone: phone, fullName: name, villageID: villageID, passwordHash: nil),
                                                       codeDigest: SecretToken.digest(code), expiresAt: actor.now + Self.setupCodeLifetime,
                                                       by: actor)
            try database.recordAttendance(sessionID: sessionID, personID: person.id, status: .present, source: .rollCall,
                                          overwrite: true, by: actor)
            return (strings.attendance.walkInCreated(person.fullName, code), FormState(), 200)
        } catch PeopleError.phoneTaken {
            state.errors["phone"] = strings.account.errorPhoneTaken
            return (nil, state, 422)
        }
    }
}
