import Domain
import Routes

/// `/ca-nhan`: what the centre holds about me, the history of changes to it, and signing out everywhere.
public struct ProfilePage: Sendable {
    public var person: Person
    public var village: Village?
    public var household: Household?
    public var history: [HistoryEntry]
    public var classes: [MyClass]
    public var nextSessions: [(session: ClassSession, courseClass: CourseClass)]
    public var points: PointsLedgerView?
    public var citizenYears: CitizenYears?
    public var notice: String?

    public init(person: Person, village: Village?, household: Household?, history: [HistoryEntry], classes: [MyClass] = [],
                nextSessions: [(session: ClassSession, courseClass: CourseClass)] = [], points: PointsLedgerView? = nil,
                citizenYears: CitizenYears? = nil, notice: String? = nil) {
        self.points = points
        self.citizenYears = citizenYears
        self.person = person
        self.classes = classes
        self.nextSessions = nextSessions
        self.village = village
        self.household = household
        self.history = history
        self.notice = notice
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let profile = context.strings.profile
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        let body: HTML = """
        <h1>\(person.fullName)</h1>
        \(noticeHTML)
        \(MyClass.render(classes, nextSessions: nextSessions, context: context))
        \(points?.render(context) ?? "")
        \(citizenYears?.render(context) ?? "")
        <p><a href="\(Route.learningRecord.link)">\(context.strings.record.profileLink)</a></p>
        <h2>\(strings.profile)</h2>
        \(PersonFacts.table(person, village: village, household: household.map { ($0, nil) }, context: context))
        <p class="actions"><a class="button" href="\(Route.editProfile.link)">\(profile.edit)</a> \
        <a class="button secondary" href="\(Route.changePassword.link)">\(profile.changePassword)</a></p>
        <p>\(strings.myData): <a href="\(Route.myData(.json).link)">JSON</a> · <a href="\(Route.myData(.csv).link)">CSV</a></p>
        <p><a href="\(Route.calendarFeedSettings.link)">\(context.strings.feeds.profileLink)</a></p>
        <form action="\(Route.profile.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        <input type="hidden" name="action" value="sign-out-everywhere">
        <button type="submit" class="secondary">\(strings.signOutEverywhere)</button>
        </form>
        <h2>\(profile.history)</h2>
        <p class="hint">\(profile.historyLead)</p>
        \(RecordHistory.render(history, context: context))
        """
        return Layout.render(Document(title: strings.profile, description: strings.profile, body: body), context: context)
    }
}

/// A person's record as a two-column table: the profile page and staff's resident page.
enum PersonFacts {
    /// `household` is the one staff linked, with a link to its page for staff.
    static func table(_ person: Person, village: Village?, household: (Household, Route?)?, context: PageContext) -> HTML {
        let strings = context.strings.account
        let profile = context.strings.profile
        func row(_ label: String, _ value: String?) -> HTML {
            "<tr><th scope=\"row\">\(label)</th><td>\(value ?? "—")</td></tr>"
        }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        let linked: HTML = household.map { household, route in
            route.map { "<a href=\"\($0.link)\">\(household.headName)</a>" } ?? "\(household.headName)"
        } ?? "—"
        return """
        <table class="facts-table">
        \(row(strings.phone, person.phone.description))
        \(row(strings.birthYear, person.birthYear.map(String.init)))
        \(row(strings.village, village?.displayName))
        \(row(strings.sex, person.sex.map(strings.sexName)))
        \(row(strings.group, person.group.map { "\($0.number). \(context.strings.groupName($0))" }))
        \(row(profile.householdHead, optional(person.householdHead)))
        <tr><th scope="row">\(profile.household)</th><td>\(linked)</td></tr>
        \(row(profile.ethnicity, optional(person.ethnicity)))
        \(row(profile.citizenID, person.citizenID?.masked))
        \(row(strings.role, strings.roleName(person.role)))
        \(row(strings.consentGiven, context.strings.dateAndTime(person.consentAt)))
        \(person.registeredBy == nil ? "" : row(strings.assisted, "✓"))
        </table>
        """
    }
}

/// `/ca-nhan/sua`: the resident corrects their own record.
public struct EditProfilePage: Sendable {
    public var villages: [Village]
    public var form: FormState

    /// The form filled with `person`'s record.
    public init(person: Person, villages: [Village]) {
        self.init(villages: villages, form: FormState(values: PersonForm.values(of: person)))
    }

    public init(villages: [Village], form: FormState) {
        self.villages = villages
        self.form = form
    }

    public func render(_ context: PageContext) -> HTML {
        let profile = context.strings.profile
        let body: HTML = """
        <section class="narrow">
        \(Components.breadcrumb([(context.strings.account.profile, .profile), (profile.editTitle, nil)], strings: context.strings))
        <h1>\(profile.editTitle)</h1>
        \(Forms.summary(form.errors.isEmpty ? form.message : context.strings.account.fixErrors))
        <form action="\(Route.editProfile.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(PersonForm.phone(form, strings: context.strings.account))
        \(PersonForm.details(form, villages: villages, context: context))
        <button type="submit">\(profile.save)</button>
        </form>
        </section>
        """
        return Layout.render(Document(title: profile.editTitle, description: profile.editTitle, body: body), context: context)
    }
}

/// `/ca-nhan/mat-khau`: the current password, then a new one.
public struct ChangePasswordPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) {
        self.form = form
    }

    public func render(_ context: PageContext) -> HTML {
        let profile = context.strings.profile
        let account = context.strings.account
        let body: HTML = """
        <section class="narrow">
        \(Components.breadcrumb([(account.profile, .profile), (profile.changePassword, nil)], strings: context.strings))
        <h1>\(profile.changePassword)</h1>
        \(Forms.summary(form.errors.isEmpty ? form.message : account.fixErrors))
        <form action="\(Route.changePassword.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(Forms.field("current-password", label: profile.currentPassword, type: "password", error: form.errors["current-password"],
                      attributes: " autocomplete=\"current-password\" required"))
        \(Forms.field("password", label: profile.newPassword, type: "password", error: form.errors["password"],
                      hint: account.passwordHint, attributes: " autocomplete=\"new-password\" required"))
        <button type="submit">\(profile.changePassword)</button>
        </form>
        </section>
        """
        return Layout.render(Document(title: profile.changePassword, description: profile.changePassword, body: body), context: context)
    }
}
