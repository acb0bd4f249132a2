import Domain
import Routes

/// `/dang-nhap`: phone and password.
public struct LoginPage: Sendable {
    public var next: String
    public var form: FormState

    public init(next: String, form: FormState = FormState()) {
        self.next = next
        self.form = form
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let body: HTML = """
        <section class="narrow">
        <h1>\(strings.signIn)</h1>
        \(Forms.summary(form.message))
        <form action="\(Route.login(next: next).link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(Forms.field("phone", label: strings.phone, value: form["phone"], type: "tel", hint: strings.phoneHint,
                      attributes: " autocomplete=\"tel\" inputmode=\"tel\" required"))
        \(Forms.field("password", label: strings.password, type: "password", attributes: " autocomplete=\"current-password\" required"))
        <button type="submit">\(strings.submitSignIn)</button>
        </form>
        <p><a href="\(Route.register.link)">\(strings.noAccount)</a></p>
        <p><a href="\(Route.setPassword.link)">\(strings.setPassword)</a></p>
        </section>
        """
        return Layout.render(Document(title: strings.signIn, description: strings.registerLead, body: body), context: context)
    }
}

/// `/dang-ky`: a new account with the facts reports need, and explicit consent.
public struct RegisterPage: Sendable {
    public var villages: [Village]
    public var form: FormState
    /// Staff registering a resident on their behalf: no password (a one-time code is printed).
    public var assisted: Bool

    public init(villages: [Village], form: FormState = FormState(), assisted: Bool = false) {
        self.villages = villages
        self.form = form
        self.assisted = assisted
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let consentError: HTML = form.errors["consent"].map { "<p class=\"field-error\">\($0)</p>" } ?? ""
        let title = assisted ? strings.assistedTitle : strings.register
        let password: HTML = assisted ? "" : Forms.field(
            "password", label: strings.password, type: "password", error: form.errors["password"],
            hint: strings.passwordHint, attributes: " autocomplete=\"new-password\" required")
        let other: HTML = assisted ? "" : "<p><a href=\"\(Route.login(next: "/").link)\">\(strings.haveAccount)</a></p>"
        let body: HTML = """
        <section class="narrow">
        <h1>\(title)</h1>
        <p class="lead">\(assisted ? strings.assistedLead : strings.registerLead)</p>
        \(Forms.summary(form.errors.isEmpty ? form.message : strings.fixErrors))
        <form action="\((assisted ? Route.adminAssistedRegistration : Route.register).link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(PersonForm.phone(form, strings: strings))
        \(PersonForm.details(form, villages: villages, context: context))
        \(password)
        <div class="field consent">
        \(consentError)<label class="choice"><input type="checkbox" name="consent" value="1"\(form["consent"] == "1" ? " checked" : "" as HTML)> \(assisted ? strings.assistedConsent : strings.consent)</label>
        <p class="hint">\(strings.consentPurpose)</p>
        </div>
        <button type="submit">\(strings.submitRegister)</button>
        </form>
        \(other)
        </section>
        """
        return Layout.render(Document(title: title, description: strings.registerLead, body: body), context: context)
    }
}

/// `/quan-tri`: the admin section's front page.
public struct AdminDashboardPage: Sendable {
    public var people: [Role: Int]
    public var courseCount: Int

    public init(people: [Role: Int], courseCount: Int) {
        self.people = people
        self.courseCount = courseCount
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.account
        let rows = Role.allCases.map { role -> HTML in
            "<tr><th scope=\"row\">\(strings.roleName(role))</th><td>\(people[role] ?? 0)</td></tr>"
        }
        let body: HTML = """
        <h1>\(strings.admin)</h1>
        <p class="lead">\(strings.dashboardLead)</p>
        <h2>\(strings.dashboardPeople)</h2>
        <table class="facts-table">\(rows)</table>
        <h2>\(strings.dashboardCourses)</h2>
        <p><a href="\(Route.catalogue(field: nil, page: 1).link)">\(courseCount)</a></p>
        \(sections(context))
        """
        return Layout.render(Document(title: strings.admin, description: strings.dashboardLead, body: body), context: context)
    }

    /// Links to the admin pages the signed-in role may open.
    private func sections(_ context: PageContext) -> HTML {
        let role = context.account?.role ?? .resident
        var links: [HTML] = []
        if role >= .staff {
            links.append("<li><a href=\"\(Route.adminClasses.link)\">\(context.strings.classes.classes)</a></li>")
            links.append("<li><a href=\"\(Route.adminWeeks.link)\">\(context.strings.weekAdmin.title)</a></li>")
            links.append("<li><a href=\"\(Route.adminCommuneReport(ReportPeriodQuery(), format: .page).link)\">\(context.strings.communeReport.link)</a></li>")
            links.append("<li><a href=\"\(Route.adminResidents(ResidentQuery()).link)\">\(context.strings.admin.residents)</a></li>")
            links.append("<li><a href=\"\(Route.adminAssistedRegistration.link)\">\(context.strings.account.assistedTitle)</a></li>")
            links.append("<li><a href=\"\(Route.adminPasswordReset.link)\">\(context.strings.account.resetTitle)</a></li>")
            links.append("<li><a href=\"\(Route.adminImport.link)\">\(context.strings.residentImport.title)</a></li>")
            links.append("<li><a href=\"\(Route.adminVillages.link)\">\(context.strings.admin.villages)</a></li>")
            links.append("<li><a href=\"\(Route.adminHouseholds(villageID: nil, page: 1).link)\">\(context.strings.centre.households)</a></li>")
        }
        if role >= .admin {
            links.append("<li><a href=\"\(Route.adminAuditLog.link)\">\(context.strings.admin.auditLog)</a></li>")
            links.append("<li><a href=\"\(Route.adminPointsRule.link)\">\(context.strings.attendance.pointsRuleTitle)</a></li>")
            links.append("<li><a href=\"\(Route.adminCriteria.link)\">\(context.strings.criteria.adminTitle)</a></li>")
            links.append("<li><a href=\"\(Route.adminStaff.link)\">\(context.strings.centre.staff)</a></li>")
            links.append("<li><a href=\"\(Route.adminSettings.link)\">\(context.strings.centre.settings)</a></li>")
        }
        return links.isEmpty ? "" : "<ul class=\"admin-links\">\(links)</ul>"
    }
}
