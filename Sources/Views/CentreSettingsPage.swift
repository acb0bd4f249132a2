import Domain
import Routes

/// `/quan-tri/cai-dat`: the centre's names and contact details.
public struct CentreSettingsPage: Sendable {
    public var form: FormState
    public var notice: String?

    public init(form: FormState, notice: String? = nil) {
        self.form = form
        self.notice = notice
    }

    /// The form filled with what every page shows now.
    public init(site: SiteInfo, director: String, notice: String? = nil) {
        self.init(form: FormState(values: [
            "commune": site.communeName, "centre": site.centreName, "address": site.address,
            "phone": site.phone?.description ?? "", "director": director,
        ]), notice: notice)
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.centre
        let account = context.strings.account
        let limit: HTML = " maxlength=\"\(CentreSettings.maxLength)\""
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        func field(_ name: String, _ label: String, required: Bool = false) -> HTML {
            Forms.field(name, label: label, value: form[name], error: form.errors[name],
                        attributes: required ? limit + " required" : limit)
        }
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (strings.settings, nil)], strings: context.strings))
        <h1>\(strings.settings)</h1>
        <p class="lead">\(strings.settingsLead)</p>
        \(noticeHTML)\(Forms.summary(form.errors.isEmpty ? nil : account.fixErrors))
        <form class="narrow" action="\(Route.adminSettings.link)" method="post">
        \(Forms.csrf(context.csrfToken))
        \(field("commune", strings.communeName, required: true))
        \(field("centre", strings.centreName, required: true))
        \(field("address", strings.address))
        \(Forms.field("phone", label: strings.centrePhone, value: form["phone"], type: "tel", error: form.errors["phone"],
                      attributes: " inputmode=\"tel\" autocomplete=\"off\""))
        \(field("director", strings.director))
        <button type="submit">\(context.strings.admin.save)</button>
        </form>
        """
        return Layout.render(Document(title: strings.settings, description: strings.settingsLead, body: body), context: context)
    }
}
