import Domain
import Routes

/// `/khoa-hoc`: all courses grouped by field (a few per field), or one field's courses
/// page by page when a field is chosen.
public struct CataloguePage: Sendable {
    /// The courses by field, each list in catalogue order.
    public var byField: [Field: [Course]]
    public var field: Field?
    public var page: Int

    public static let perField = 6
    public static let perPage = 20

    public init(byField: [Field: [Course]], field: Field?, page: Int) {
        self.byField = byField
        self.field = field
        self.page = page
    }

    /// The number of pages when a field is chosen.
    public var pageCount: Int {
        guard let field else { return 1 }
        return max(1, ((byField[field]?.count ?? 0) + Self.perPage - 1) / Self.perPage)
    }

    public func render(_ context: PageContext) -> HTML {
        let strings = context.strings
        let present = Field.allCases.filter { byField[$0] != nil }
        let allChip: HTML = field == nil
            ? "<li><a aria-current=\"page\" href=\"\(Route.catalogue(field: nil, page: 1).link)\">\(strings.allFields)</a></li>"
            : "<li><a href=\"\(Route.catalogue(field: nil, page: 1).link)\">\(strings.allFields)</a></li>"
        let chips = [allChip] + present.map { item -> HTML in
            let current: HTML = item == field ? " aria-current=\"page\"" : ""
            return "<li><a\(current) href=\"\(Route.catalogue(field: item, page: 1).link)\">\(strings.fieldName(item)) <span class=\"count\">\(byField[item]!.count)</span></a></li>"
        }
        let content: HTML
        let title: String
        if let field {
            title = "\(strings.catalogueTitle): \(strings.fieldName(field))"
            let list = byField[field] ?? []
            let shown = list.dropFirst((page - 1) * Self.perPage).prefix(Self.perPage)
            content = """
            <p class="meta">\(strings.courseCount(list.count))</p>
            <ul class="cards">\(shown.map { Components.courseCard($0, strings: strings) })</ul>
            \(Components.pagination(page: page, pages: pageCount, strings: strings) { .catalogue(field: field, page: $0) })
            """
        } else {
            title = strings.catalogueTitle
            content = HTML.join(present.map { item -> HTML in
                let list = byField[item]!
                let more: HTML = list.count > Self.perField
                    ? "<p><a href=\"\(Route.catalogue(field: item, page: 1).link)\">\(strings.seeAllInField(list.count))</a></p>"
                    : ""
                return """
                <section class="field-group">
                <h2><a href="\(Route.catalogue(field: item, page: 1).link)">\(strings.fieldName(item))</a></h2>
                <ul class="cards">\(list.prefix(Self.perField).map { Components.courseCard($0, strings: strings) })</ul>
                \(more)
                </section>
                """
            })
        }
        let body: HTML = """
        <h1>\(title)</h1>
        <p class="lead">\(strings.catalogueLead)</p>
        <nav aria-label="\(strings.courseField)"><ul class="chips">\(chips)</ul></nav>
        \(content)
        """
        return Layout.render(Document(title: title, description: strings.catalogueLead, body: body), context: context)
    }
}
