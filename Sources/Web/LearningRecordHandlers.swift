import Credentials
import Domain
import Foundation
import MicroHTTP
import QRCode
import Routes
import Storage
import Views

extension WebApplication {
    /// `/ca-nhan/ho-so`: my record, printable. POST `issue` makes a verification code and puts
    /// its QR code on the paper this once; POST `revoke` withdraws one of my codes. Never kept
    /// by a browser or proxy: the page is personal and may hold a code.
    func learningRecord(_ exchange: Exchange) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        let strings = exchange.context.strings.record
        let now = clock()
        let record = try database.learningRecord(personID: person.id)
        var issued: LearningRecordPage.Issued?
        var notice: String?
        if exchange.request.method == "POST" {
            let fields = FormFields(exchange.form)
            switch fields["action"] {
            case "issue":
                // 128 bits: as unguessable as a session, and short enough for a small QR code.
                let code = SecretToken.make(bytes: 16)
                let summary = RecordSummary(holderName: person.fullName, centreName: exchange.site.centreName, years: record.years)
                try database.issueRecordVerification(personID: person.id, codeDigest: SecretToken.digest(code), summary: summary, now: now)
                // Absolute, so that a phone scanning the paper can open it.
                let address = siteAddress(exchange.request, site: exchange.site).url + Route.recordVerification(code: code).link
                issued = .init(address: address, qrSVG: try QRCode(encoding: address).svg(label: strings.qrLabel), issuedAt: now)
                notice = strings.issued
            case "revoke":
                guard let id = Int64(fields["id"]) else { throw PageFailure(status: 400) }
                // Only among my own codes: another person's id changes nothing.
                notice = try database.revokeRecordVerification(id: id, personID: person.id, by: try actor(exchange)) ? strings.revoked : nil
            default:
                throw PageFailure(status: 400)
            }
        }
        let view = LearningRecordPage(holderName: person.fullName, record: record, now: now,
                                      verifications: try database.recordVerifications(personID: person.id), issued: issued, notice: notice)
        return unstored(page(view.render(exchange.context)))
    }

    /// `/ca-nhan/ho-so.csv|json`: my record as data, with nothing about anyone else.
    func learningRecordData(_ exchange: Exchange, format: DataFormat) throws -> Response {
        guard let person = exchange.visitor.person else { throw PageFailure(status: 403) }
        let record = try database.learningRecord(personID: person.id)
        let disposition = ("Content-Disposition", "attachment; filename=\"ho-so-hoc-tap.\(format.rawValue)\"")
        switch format {
        case .csv:
            return Response(status: 200, headers: [("Content-Type", "text/csv; charset=utf-8"), disposition, ("Cache-Control", "no-store")],
                            body: RecordCSV.file(holderName: person.fullName, record: record, strings: exchange.context.strings))
        case .json:
            let object = Self.json(record, holderName: person.fullName, centreName: exchange.site.centreName)
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            return Response(status: 200, headers: [("Content-Type", "application/json; charset=utf-8"), disposition,
                                                   ("Cache-Control", "no-store")], body: [UInt8](data))
        }
    }

    /// `/xac-minh/{code}`: the public check of a printed record. Unknown codes get 404 with a
    /// page that says so. Neither kept by caches nor indexed by search engines: the address is
    /// a key to someone's figures.
    func recordVerification(_ exchange: Exchange, code: String) throws -> Response {
        let found = try database.recordVerification(codeDigest: SecretToken.digest(code))
        var response = unstored(page(RecordVerificationPage(found: found, now: clock()).render(exchange.context),
                                     status: found == nil ? 404 : 200))
        response.headers.append(("X-Robots-Tag", "noindex, nofollow"))
        return response
    }

    /// `/quan-tri/nguoi-dan/{id}/ho-so`: a resident's codes for staff; POST `revoke` withdraws
    /// one (audited). Staff may act for the same people whose record they may edit.
    func adminRecordVerifications(_ exchange: Exchange, personID: Int64) throws -> Response {
        guard let viewer = exchange.visitor.person, let person = try database.person(id: personID) else { throw PageFailure(status: 404) }
        guard viewer.role == .admin || person.role < viewer.role || person.id == viewer.id else { throw PageFailure(status: 403) }
        var notice: String?
        if exchange.request.method == "POST" {
            let fields = FormFields(exchange.form)
            guard fields["action"] == "revoke", let id = Int64(fields["id"]) else { throw PageFailure(status: 400) }
            let revoked = try database.revokeRecordVerification(id: id, personID: person.id, by: try actor(exchange))
            notice = revoked ? exchange.context.strings.record.revoked : nil
        }
        let view = AdminRecordVerificationsPage(person: person, verifications: try database.recordVerifications(personID: person.id),
                                                current: try database.learningRecord(personID: person.id).years, notice: notice)
        return page(view.render(exchange.context))
    }

    /// The record as JSON, with keys in Vietnamese without diacritics like the personal data export.
    private static func json(_ record: LearningRecord, holderName: String, centreName: String) -> [String: Any] {
        func sessions(_ list: [LearningRecord.Session]) -> [[String: Any]] {
            list.map {
                ["ten": $0.title, "linh_vuc": $0.field.code, "bat_dau": DateText.dayAndTime(unixSeconds: $0.attendance.startsAt),
                 "ket_thuc": DateText.dayAndTime(unixSeconds: $0.attendance.endsAt), "diem_danh": $0.attendance.status.rawValue,
                 "so_phut": $0.minutes, "diem": $0.points]
            }
        }
        return [
            "ho_ten": holderName,
            "trung_tam": centreName,
            "theo_nam": record.years.map { year in
                var line: [String: Any] = ["nam": year.year, "so_buoi_hoc": year.sessions, "so_phut": year.minutes,
                                           "so_su_kien": year.events, "diem": year.points]
                // Only for a year with a form, as on the paper.
                if let assessment = year.assessment {
                    line["tu_danh_gia"] = ["tong_diem": assessment.total, "dat": assessment.passed, "trang_thai": assessment.status.rawValue,
                                           "cong_nhan": assessment.recognised, "so_quyet_dinh": assessment.decisionNumber,
                                           "ngay_quyet_dinh": assessment.decisionOn?.description ?? ""]
                }
                return line
            },
            "lop_hoc": record.classes.map {
                ["ten": $0.title, "linh_vuc": $0.field.code,
                 "buoi_dau": $0.firstSession.map { DateText.day(unixSeconds: $0) } ?? "",
                 "buoi_cuoi": $0.lastSession.map { DateText.day(unixSeconds: $0) } ?? ""]
            },
            "buoi_hoc": sessions(record.sessions),
            "su_kien": sessions(record.events),
        ]
    }
}
