import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/cai-dat`: the form; POST saves the settings and every page shows them at once.
    func centreSettings(_ exchange: Exchange) throws -> Response {
        guard exchange.request.method == "POST" else {
            let director = try database.centreSettings()?.director ?? ""
            return page(CentreSettingsPage(site: exchange.site, director: director).render(exchange.context))
        }
        let strings = exchange.context.strings
        let fields = FormFields(exchange.form)
        let checked = CentreSettings.validate(
            communeName: fields.text(CentreSettings.Field.communeName.formName), centreName: fields.text(CentreSettings.Field.centreName.formName),
            address: fields.text(CentreSettings.Field.address.formName), phone: fields.text(CentreSettings.Field.phone.formName),
            director: fields.text(CentreSettings.Field.director.formName))
        switch checked {
        case .failure(let problems):
            var state = FormState(values: fields.values(except: ["csrf"]))
            for (field, problem) in problems.byField {
                state.errors[field.formName] = switch problem {
                case .required: strings.centre.errorRequired
                case .tooLong: strings.centre.errorTooLong
                case .invalidPhone: strings.account.errorPhone
                }
            }
            return page(CentreSettingsPage(form: state).render(exchange.context), status: 422)
        case .success(let settings):
            try database.saveCentreSettings(settings, by: try actor(exchange))
            // The new names first, then the cache: a page rendered in between is not kept.
            site.apply(settings)
            pageCache.removeAll()
            return page(CentreSettingsPage(site: exchange.site, director: settings.director,
                                           notice: strings.centre.settingsSaved).render(exchange.context))
        }
    }
}

extension CentreSettings.Field {
    /// The field's name in the settings form (`CentreSettingsPage`).
    fileprivate var formName: String {
        switch self {
        case .communeName: "commune"
        case .centreName: "centre"
        case .address: "address"
        case .phone: "phone"
        case .director: "director"
        }
    }
}
