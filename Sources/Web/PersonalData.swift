import Domain
import Foundation
import MicroHTTP
import Routes
import Storage

extension WebApplication {
    /// `/ca-nhan/du-lieu.json|csv`: everything the centre holds about the signed-in person,
    /// and nothing about anyone else (Decree 13/2023: a person may see and take their data).
    func myData(_ exchange: Exchange, format: DataFormat) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        let sessions = try database.sessions(personID: person.id)
        let village = try person.villageID.flatMap { try database.village(id: $0) }
        let fields: [(String, String)] = [
            ("so_dien_thoai", person.phone.digits),
            ("ho_ten", person.fullName),
            ("nam_sinh", person.birthYear.map(String.init) ?? ""),
            ("gioi_tinh", person.sex?.rawValue ?? ""),
            ("nhom_doi_tuong", person.group.map { String($0.number) } ?? ""),
            ("thon", village?.displayName ?? ""),
            ("chu_ho", person.householdHead),
            ("dan_toc", person.ethnicity),
            // The person's own copy: the CCCD in full, as they gave it.
            ("cccd", person.citizenID?.digits ?? ""),
            ("vai_tro", person.role.rawValue),
            ("dong_y_xu_ly_du_lieu_luc", DateText.dayAndTime(unixSeconds: person.consentAt)),
            ("duoc_dang_ky_giup", person.registeredBy == nil ? "khong" : "co"),
        ]
        let name = "du-lieu-ca-nhan-\(person.phone.digits).\(format.rawValue)"
        let disposition = ("Content-Disposition", "attachment; filename=\"\(name)\"")
        switch format {
        case .json:
            var object: [String: Any] = Dictionary(uniqueKeysWithValues: fields.map { ($0.0, $0.1 as Any) })
            object["phien_dang_nhap"] = sessions.map {
                ["bat_dau": DateText.dayAndTime(unixSeconds: $0.createdAt), "lan_cuoi": DateText.dayAndTime(unixSeconds: $0.lastSeenAt)]
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            return Response(status: 200, headers: [("Content-Type", "application/json; charset=utf-8"), disposition,
                                                   ("Cache-Control", "no-store")], body: [UInt8](data))
        case .csv:
            let rows = fields.map { [$0.0, $0.1] } + sessions.map {
                ["phien_dang_nhap", DateText.dayAndTime(unixSeconds: $0.createdAt) + " – " + DateText.dayAndTime(unixSeconds: $0.lastSeenAt)]
            }
            return Response(status: 200, headers: [("Content-Type", "text/csv; charset=utf-8"), disposition,
                                                   ("Cache-Control", "no-store")],
                            body: CSVWriter.write(header: ["truong", "gia_tri"], rows: rows))
        }
    }
}
