import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/quan-tri/nhap-nguoi-dan`: the upload form; POST keeps the file and shows its preview.
    /// A file that is not a readable CSV is refused at once, without being kept.
    func importUpload(_ exchange: Exchange) throws -> Response {
        let strings = exchange.context.strings.residentImport
        guard exchange.request.method == "POST" else { return page(ImportUploadPage().render(exchange.context)) }
        guard let file = exchange.uploads.first(where: { $0.name == "file" }), !file.body.isEmpty else {
            return page(ImportUploadPage(message: strings.errorNoFile).render(exchange.context), status: 422)
        }
        do {
            _ = try CSVTable.parse(file.body)
        } catch {
            return page(ImportUploadPage(message: strings.errorFile(error.description)).render(exchange.context), status: 422)
        }
        let id = try database.stageImport(fileName: Self.displayName(file.fileName), content: file.body, by: try actor(exchange))
        return redirect(to: .adminImportPreview(id: id))
    }

    /// `/quan-tri/nhap-nguoi-dan/{id}`: the preview, checked against today's accounts; POST
    /// saves every row or none. A second click finds the file gone and saves nothing twice.
    func importPreview(_ exchange: Exchange, id: Int64) throws -> Response {
        let strings = exchange.context.strings.residentImport
        guard let viewer = exchange.visitor.person, let pending = try database.pendingImport(id: id, personID: viewer.id) else {
            return page(ImportUploadPage(message: strings.gone).render(exchange.context), status: 404)
        }
        let villages = try database.villages()
        let preview: ResidentImport
        do {
            preview = try ResidentImport(try CSVTable.parse(pending.content), villages: villages,
                                         existingPhones: try database.existingPhones(), thisYear: DateText.year(unixSeconds: clock()))
        } catch let error as CSVError {
            return page(ImportUploadPage(message: strings.errorFile(error.description)).render(exchange.context), status: 422)
        }
        func show(message: String? = nil, status: Int = 200) -> Response {
            page(ImportPreviewPage(id: id, fileName: pending.fileName, preview: preview, villages: villages, message: message)
                .render(exchange.context), status: status)
        }
        guard exchange.request.method == "POST" else { return show() }
        guard preview.isCommittable else { return show(status: 422) }
        // Consent is recorded with each account, so staff confirm they hold the signed papers.
        guard FormFields(exchange.form)["consent"] == "1" else { return show(message: strings.errorConsent, status: 422) }
        do {
            let people = try database.importResidents(preview.residents, pendingID: id, by: try actor(exchange))
            logger.notice("imported \(people.count) residents from \(pending.fileName)")
            return page(ImportDonePage(count: people.count).render(exchange.context))
        } catch ImportError.phonesTaken(let phones) {
            return show(message: strings.phonesTaken(phones.joined(separator: ", ")), status: 409)
        } catch ImportError.pendingImportGone {
            return page(ImportUploadPage(message: strings.gone).render(exchange.context), status: 404)
        }
    }

    /// The file's name as the browser sent it, without any folders, for the preview's title.
    private static func displayName(_ fileName: String?) -> String {
        let base = (fileName ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return base.isEmpty ? "tep.csv" : String(base.prefix(120))
    }
}
