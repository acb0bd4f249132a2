import Domain
import Routes

/// `/quan-tri/nhap-nguoi-dan`: the upload form, what the file must hold, and any error with the last file.
public struct ImportUploadPage: Sendable {
    public var message: String?

    public init(message: String? = nil) {
        self.message = message
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.residentImport
        let account = context.strings.account
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (context.strings.admin.residents, .adminResidents(ResidentQuery())),
                                 (strings.title, nil)], strings: context.strings))
        <h1>\(strings.title)</h1>
        <p class="lead">\(strings.lead)</p>
        <p>\(strings.columns)</p>
        <p class="notice">\(strings.consentReminder)</p>
        <section class="narrow">
        \(Forms.summary(message))
        <form action="\(Route.adminImport.link)" method="post" enctype="multipart/form-data">
        \(Forms.csrf(context.csrfToken))
        \(Forms.field("file", label: strings.file, type: "file", hint: strings.fileHint,
                      attributes: " accept=\".csv,text/csv,text/plain\" required"))
        <button type="submit">\(strings.upload)</button>
        </form>
        </section>
        """
        return Layout.render(Document(title: strings.title, description: strings.lead, body: body), context: context)
    }
}

/// `/quan-tri/nhap-nguoi-dan/{id}`: every row with an error, a sample of the valid rows,
/// and the confirmation button only when the whole file can be saved.
public struct ImportPreviewPage: Sendable {
    public var id: Int64
    public var fileName: String
    public var preview: ResidentImport
    public var villages: [Village]
    public var message: String?
    /// Enough to fix a file in one pass, without a page too big for a phone.
    static let maxErrorRows = 500
    static let sampleRows = 20

    public init(id: Int64, fileName: String, preview: ResidentImport, villages: [Village], message: String? = nil) {
        self.id = id
        self.fileName = fileName
        self.preview = preview
        self.villages = villages
        self.message = message
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.residentImport
        let account = context.strings.account
        let names = Dictionary(uniqueKeysWithValues: villages.map { ($0.id, $0.displayName) })
        let errorRows = preview.rows.filter { $0.resident == nil }
        let errorItems = errorRows.prefix(Self.maxErrorRows).map { row -> HTML in
            "<tr><td>\(row.line)</td><td><ul>\(row.errors.map { HTML("<li>\($0)</li>") })</ul></td></tr>"
        }
        let more: HTML = errorRows.count > Self.maxErrorRows ? "<p>\(strings.moreErrors(errorRows.count - Self.maxErrorRows))</p>" : ""
        let errors: HTML = errorRows.isEmpty ? "" : """
            <h2>\(strings.errorRowsHeading)</h2>
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(strings.line)</th><th scope="col">\(strings.problems)</th></tr></thead>
            <tbody>\(errorItems)</tbody></table></div>
            \(more)
            """
        let valid = preview.rows.filter { $0.resident != nil }
        let sampleItems = valid.prefix(Self.sampleRows).compactMap { row -> HTML? in
            guard let resident = row.resident else { return nil }
            return """
            <tr><td>\(row.line)</td><td>\(resident.fullName)</td><td>\(resident.phone.description)</td>\
            <td>\(resident.villageID.flatMap { names[$0] } ?? "—")</td><td>\(resident.birthYear.map(String.init) ?? "—")</td></tr>
            """
        }
        let sample: HTML = valid.isEmpty ? "" : """
            <h2>\(strings.sampleHeading(min(valid.count, Self.sampleRows), valid.count))</h2>
            <div class="table-scroll" tabindex="0"><table class="facts-table">
            <thead><tr><th scope="col">\(strings.line)</th><th scope="col">\(account.fullName)</th><th scope="col">\(account.phone)</th>\
            <th scope="col">\(account.village)</th><th scope="col">\(account.birthYear)</th></tr></thead>
            <tbody>\(sampleItems)</tbody></table></div>
            """
        let decision: HTML = preview.isCommittable ? """
            <p class="notice">\(strings.readyToCommit(preview.validCount))</p>
            <form action="\(Route.adminImportPreview(id: id).link)" method="post">
            \(Forms.csrf(context.csrfToken))
            <div class="field consent"><label class="choice"><input type="checkbox" name="consent" value="1" required> \
            \(strings.consentConfirm)</label></div>
            <button type="submit">\(strings.confirm)</button>
            </form>
            """ : """
            <p class="form-error" role="alert">\(strings.fixAndRetry)</p>
            <p><a class="button secondary" href="\(Route.adminImport.link)">\(strings.upload)</a></p>
            """
        let body: HTML = """
        \(Components.breadcrumb([(account.admin, .adminDashboard), (strings.title, .adminImport),
                                 (fileName, nil)], strings: context.strings))
        <h1>\(strings.previewTitle(fileName))</h1>
        \(Forms.summary(message))
        <p class="lead">\(strings.summary(preview.validCount, preview.errorCount))</p>
        \(decision)
        \(errors)
        \(sample)
        """
        return Layout.render(Document(title: strings.previewTitle(fileName), description: strings.lead, body: body), context: context)
    }
}

/// After a confirmed import: how many accounts were made and what to do next.
public struct ImportDonePage: Sendable {
    public var count: Int

    public init(count: Int) {
        self.count = count
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings.residentImport
        let body: HTML = """
        <h1>\(strings.title)</h1>
        <p class="notice" role="status">\(strings.done(count))</p>
        <p>\(strings.nextSteps)</p>
        <p class="actions"><a class="button" href="\(Route.adminResidents(ResidentQuery()).link)">\(context.strings.admin.residents)</a> \
        <a class="button secondary" href="\(Route.adminPasswordReset.link)">\(context.strings.profile.issueCode)</a></p>
        """
        return Layout.render(Document(title: strings.title, description: strings.done(count), body: body), context: context)
    }
}
