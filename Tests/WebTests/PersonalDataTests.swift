import Domain
import Foundation
import MicroHTTP
import Testing
import TestSupport

@Suite struct PersonalDataTests {
    @Test func exportHoldsExactlyMyOwnData() throws {
        let app = try TestApp()
        let me = Visit(app), other = Visit(app)
        me.register(AccountTests.form + [("household-head", "Trần Văn Bình"), ("ethnicity", "Mường"), ("citizen-id", "001 180 000 789")])
        other.register([("phone", "0987654321"), ("name", "Lê Văn Khác"), ("password", "một câu khác hẳn"), ("consent", "1")])

        let json = me.get("/ca-nhan/du-lieu.json")
        #expect(json.status == 200)
        #expect(json.header("Content-Disposition")?.contains("du-lieu-ca-nhan-0912345678.json") == true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any])
        #expect(object["ho_ten"] as? String == "Nguyễn Thị Hoa")
        #expect(object["so_dien_thoai"] as? String == "0912345678")
        #expect(object["nam_sinh"] as? String == "1980")
        #expect(object["chu_ho"] as? String == "Trần Văn Bình")
        #expect(object["dan_toc"] as? String == "Mường")
        #expect(object["cccd"] as? String == "001180000789", "the resident's own copy holds the CCCD in full")
        #expect((object["phien_dang_nhap"] as? [Any])?.count == 1)
        #expect(!json.text.contains("Khác") && !json.text.contains("0987654321"))
        #expect(!json.text.contains("argon2"), "no password hash in the export")

        let csv = me.get("/ca-nhan/du-lieu.csv")
        #expect(csv.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(Array(csv.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = try CSVTable.parse(csv.body)
        #expect(table.header == ["truong", "gia_tri"])
        #expect(table.rows.contains(["ho_ten", "Nguyễn Thị Hoa"]))
        #expect(!csv.text.contains("Lê Văn Khác"))
    }

    @Test func exportNeedsSigningIn() throws {
        let response = Visit(try TestApp()).get("/ca-nhan/du-lieu.csv")
        #expect(response.status == 303)
    }
}
