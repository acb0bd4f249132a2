import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/nguoi-dan`: one page of the residents list.
    func residents(_ exchange: Exchange, query: ResidentQuery) throws -> Response {
        let filter = PeopleFilter(terms: SearchTerms.parse(query.text), villageID: query.villageID, group: query.group)
        let perPage = ResidentsPage.perPage
        var (people, total) = try database.residents(filter, limit: perPage, offset: (query.page - 1) * perPage)
        if people.isEmpty, total > 0 {
            // A page past the end (an old link): show the last one.
            let last = (total + perPage - 1) / perPage
            (people, total) = try database.residents(filter, limit: perPage, offset: (last - 1) * perPage)
        }
        return page(ResidentsPage(query: query, people: people, total: total, villages: try database.villages()).render(exchange.context))
    }

    /// `/quan-tri/nguoi-dan.csv`: every resident, UTF-8 with BOM so Excel shows Vietnamese; the export is
    /// logged. The CCCD stays masked: a list that leaves the centre must not carry identity numbers.
    func residentsCSV(_ exchange: Exchange) throws -> Response {
        let villages = Dictionary(uniqueKeysWithValues: try database.villages().map { ($0.id, $0.displayName) })
        let (people, _) = try database.residents(PeopleFilter(), limit: 1_000_000, offset: 0)
        let rows = people.map { person in
            [person.fullName, person.phone.digits, person.birthYear.map(String.init) ?? "", person.sex?.rawValue ?? "",
             person.villageID.flatMap { villages[$0] } ?? "", person.group.map { String($0.number) } ?? "",
             person.householdHead, person.ethnicity, person.citizenID?.masked ?? "", person.registeredBy == nil ? "" : "co"]
        }
        try database.recordExport(of: "person", rows: rows.count, by: try actor(exchange))
        let body = CSVWriter.write(header: ["ho_ten", "so_dien_thoai", "nam_sinh", "gioi_tinh", "thon", "nhom", "chu_ho", "dan_toc", "cccd",
                                              "dang_ky_giup"], rows: rows)
        return Response(status: 200, headers: [
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"nguoi-dan.csv\""),
            ("Cache-Control", "no-store"),
        ], body: body)
    }
}

extension WebApplication {
    /// `/quan-tri/nguoi-dan/{id}`: one resident's record; POST saves staff's corrections.
    /// Staff edit residents; only an administrator edits another staff member's record.
    func resident(_ exchange: Exchange, id: Int64) throws -> Response {
        guard let viewer = exchange.visitor.person, let person = try database.person(id: id) else { throw PageFailure(status: 404) }
        guard viewer.role == .admin || person.role < viewer.role || person.id == viewer.id else { throw PageFailure(status: 403) }
        let villages = try database.villages()
        let strings = exchange.context.strings
        func render(_ person: Person, form: FormState? = nil, notice: String? = nil, status: Int = 200) throws -> Response {
            let history = try history(of: person.id, readBy: viewer.id, strings: strings)
            let household = try person.householdID.flatMap { try database.household(id: $0) }
            let classes = try myClasses(personID: person.id)
            return page(AdminResidentPage(person: person, villages: villages, household: household, history: history,
                                          classes: classes, points: try pointsLedger(personID: person.id),
                                          citizenYears: try citizenYears(personID: person.id, forStaff: true), form: form, notice: notice)
                .render(exchange.context), status: status)
        }
        guard exchange.request.method == "POST" else { return try render(person) }
        let fields = FormFields(exchange.form)
        var state = FormState(values: fields.values(except: ["csrf"]))
        guard let details = PersonDetails.read(fields, villages: villages, thisYear: DateText.year(unixSeconds: clock()),
                                               strings: strings, state: &state) else {
            return try render(person, form: state, status: 422)
        }
        do {
            let saved = try database.updatePerson(details.applied(to: person), by: try actor(exchange))
            return try render(saved, notice: strings.profile.saved)
        } catch PeopleError.phoneTaken {
            state.errors["phone"] = strings.account.errorPhoneTaken
            return try render(person, form: state, status: 422)
        }
    }
}
