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

    /// `/quan-tri/nguoi-dan.csv`: every resident, UTF-8 with BOM so Excel shows Vietnamese; the export is logged.
    func residentsCSV(_ exchange: Exchange) throws -> Response {
        let villages = Dictionary(uniqueKeysWithValues: try database.villages().map { ($0.id, $0.displayName) })
        let (people, _) = try database.residents(PeopleFilter(), limit: 1_000_000, offset: 0)
        let rows = people.map { person in
            [person.fullName, person.phone.digits, person.birthYear.map(String.init) ?? "", person.sex?.rawValue ?? "",
             person.villageID.flatMap { villages[$0] } ?? "", person.group.map { String($0.number) } ?? "",
             person.registeredBy == nil ? "" : "co"]
        }
        try database.recordExport(of: "person", rows: rows.count, by: try actor(exchange))
        let body = CSVWriter.write(header: ["ho_ten", "so_dien_thoai", "nam_sinh", "gioi_tinh", "thon", "nhom", "dang_ky_giup"], rows: rows)
        return Response(status: 200, headers: [
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"nguoi-dan.csv\""),
            ("Cache-Control", "no-store"),
        ], body: body)
    }
}
