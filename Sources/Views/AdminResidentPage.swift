import Domain
import Routes

/// `/quan-tri/nguoi-dan/{id}`: a resident's record for staff: the facts, the edit form and
/// the history of changes, and their classes and points: what the resident sees on their profile.
public struct AdminResidentPage: Sendable {
    public var person: Person
    public var villages: [Village]
    public var household: Household?
    public var history: [HistoryEntry]
    public var classes: [MyClass]
    public var points: PointsLedgerView?
    public var citizenYears: CitizenYears?
    public var form: FormState
    public var notice: String?

    public init(person: Person, villages: [Village], household: Household?, history: [HistoryEntry], classes: [MyClass] = [],
                points: PointsLedgerView? = nil, citizenYears: CitizenYears? = nil, form: FormState? = nil, notice: String? = nil) {
        self.classes = classes
        self.citizenYears = citizenYears
        self.points = points
        self.person = person
        self.villages = villages
        self.household = household
        self.history = history
        self.form = form ?? FormState(values: PersonForm.values(of: person))
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let profile = context.strings.profile
        let account = context.strings.account
        let admin = context.strings.admin
        let village = villages.first { $0.id == person.villageID }
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (admin.residents, .adminResidents(ResidentQuery())),
                                 (person.fullName, nil)], strings: context.strings))
        <h1>\(person.fullName)</h1>
        <p class="lead">\(profile.editResidentLead)</p>
        \(noticeHTML)
        \(PersonFacts.table(person, village: village,
                           household: household.map { ($0, Route.adminHousehold(id: $0.id)) }, context: context))
        <p class="actions"><a class="button secondary" href="\(Route.adminPasswordReset.link)">\(profile.issueCode)</a> \
        <a class="button secondary" href="\(Route.adminRecordVerifications(personID: person.id).link)">\(context.strings.record.staffLink)</a></p>
        <h2>\(profile.edit)</h2>
        <section class="narrow">
        \(Forms.summary(form.errors.isEmpty ? form.message : account.fixErrors))
        <form action="\(Route.adminResident(id: person.id).link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(PersonForm.phone(form, strings: account))
        \(PersonForm.details(form, villages: villages, context: context))
        <button type="submit">\(profile.save)</button>
        </form>
        </section>
        \(MyClass.render(classes, nextSessions: [], context: context))
        \(points?.render(context) ?? "")
        \(citizenYears?.render(context) ?? "")
        <h2>\(profile.history)</h2>
        \(RecordHistory.render(history, context: context))
        """
        return Layout.render(Document(title: person.fullName, description: profile.editResident, body: body), context: context)
    }
}
