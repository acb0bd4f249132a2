import Domain
import MicroHTTP
import Storage
import Testing
import TestSupport

@Suite struct ResidentImportWebTests {
    /// As Excel in Vietnamese saves "CSV UTF-8": a BOM, semicolons and CRLF.
    static let goodFile = Array("\u{FEFF}Họ và tên;Số điện thoại;Năm sinh;Giới tính;Thôn\r\nNguyễn Văn An;0912 000 001;1970;Nam;Bắc Sơn\r\nLò Thị Bình;0912000002;1985;Nữ;Thôn Bắc Sơn\r\n".utf8)

    static func staffWithVillage() throws -> (Visit, TestApp) {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111", name: "Phạm Cán Bộ")
        try app.database.createVillage(name: "Bắc Sơn", kind: .thon, by: .system(now: 0))
        return (staff, app)
    }

    @Test func uploadPreviewConfirmCreatesEveryRowOnce() throws {
        let (staff, app) = try Self.staffWithVillage()
        let form = staff.get("/quan-tri/nhap-nguoi-dan")
        #expect(form.status == 200 && form.text.contains("enctype=\"multipart/form-data\""))
        let uploaded = staff.upload("/quan-tri/nhap-nguoi-dan", field: "file", fileName: "C:\\Users\\ttht\\thon-bac-son.csv", content: Self.goodFile)
        #expect(uploaded.status == 303)
        let previewPath = try #require(uploaded.header("Location"))
        let preview = staff.get(previewPath)
        #expect(preview.status == 200)
        #expect(preview.text.contains("Xem trước: thon-bac-son.csv"))
        #expect(preview.text.contains("2 dòng hợp lệ, 0 dòng có lỗi."))
        #expect(preview.text.contains("Lò Thị Bình"))
        #expect(try app.database.countPeople()[.resident] == nil, "nothing is saved by the preview")

        let unconfirmed = staff.post(previewPath, [])
        #expect(unconfirmed.status == 422 && unconfirmed.text.contains("đã ký đồng ý"))
        #expect(try app.database.residents(PeopleFilter(), limit: 10, offset: 0).total == 0)
        let done = staff.post(previewPath, [("consent", "1")])
        #expect(done.status == 200 && done.text.contains("Đã tạo 2 tài khoản người dân."))
        let (people, total) = try app.database.residents(PeopleFilter(), limit: 10, offset: 0)
        #expect(total == 2)
        #expect(people.allSatisfy { $0.villageID != nil && $0.registeredBy != nil })
        #expect(try app.database.auditEntries(entity: "person").filter { $0.action == "import" }.count == 2)

        let twice = staff.post(previewPath, [("consent", "1")])
        #expect(twice.status == 404 && twice.text.contains("đã được nhập"), "a second click saves nothing twice")
        #expect(try app.database.residents(PeopleFilter(), limit: 10, offset: 0).total == 2)
    }

    @Test func aFileWithErrorsShowsThemAndCannotBeConfirmed() throws {
        let (staff, app) = try Self.staffWithVillage()
        _ = try app.database.createPerson(NewPerson(phone: PhoneNumber("0912000009")!, fullName: "Đã Có", passwordHash: nil), now: 0)
        let file = Array("""
            ho_ten,so_dien_thoai,thon
            ,0912000001,Bắc Sơn
            Trần Văn C,12345,Bắc Sơn
            Trần Văn D,0912000003,Nam Sơn
            Trần Văn E,0912000009,Bắc Sơn
            Trần Văn F,0912000004,Bắc Sơn
            Trần Văn G,0912000004,Bắc Sơn
            """.utf8)
        let uploaded = staff.upload("/quan-tri/nhap-nguoi-dan", field: "file", fileName: "loi.csv", content: file)
        let previewPath = try #require(uploaded.header("Location"))
        let preview = staff.get(previewPath).text
        #expect(preview.contains("1 dòng hợp lệ, 5 dòng có lỗi."))
        #expect(preview.contains("Thiếu họ tên."))
        #expect(preview.contains("12345"))
        #expect(preview.contains("Không có thôn “Nam Sơn”"))
        #expect(preview.contains("đã có tài khoản"))
        #expect(preview.contains("trùng với dòng 6"))
        #expect(!preview.contains("Xác nhận nhập"))
        let before = try app.database.countPeople()
        #expect(staff.post(previewPath, [("consent", "1")]).status == 422)
        #expect(try app.database.countPeople() == before, "all or nothing: nothing")
    }

    @Test(arguments: [
        ([UInt8](), "Hãy chọn một tệp CSV."),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "Không đọc được tệp"),
        (Array("tên,tuổi\nAn,30\n".utf8), "Không đọc được tệp"),
    ])
    func unreadableFilesAreRefusedAtOnceAndNotKept(content: [UInt8], message: String) throws {
        let (staff, _) = try Self.staffWithVillage()
        let response = staff.upload("/quan-tri/nhap-nguoi-dan", field: "file", fileName: "x.csv", content: content)
        if content.isEmpty || content.first == 0x89 {
            #expect(response.status == 422)
            #expect(response.text.contains(message))
        } else {
            // Readable as CSV but without the required columns: refused on the preview.
            let preview = staff.get(try #require(response.header("Location")))
            #expect(preview.status == 422 && preview.text.contains(message))
        }
    }

    @Test func onlyTheUploaderSeesTheFileAndEveryPostNeedsTheToken() throws {
        let (staff, app) = try Self.staffWithVillage()
        let uploaded = staff.upload("/quan-tri/nhap-nguoi-dan", field: "file", fileName: "a.csv", content: Self.goodFile)
        let previewPath = try #require(uploaded.header("Location"))
        let colleague = try Visit.signedIn(as: .staff, in: app, phone: "0987000333")
        #expect(colleague.get(previewPath).status == 404)
        #expect(colleague.post(previewPath, [("consent", "1")]).status == 404)
        #expect(staff.upload("/quan-tri/nhap-nguoi-dan", field: "file", fileName: "a.csv", content: Self.goodFile, csrf: "").status == 403)
        #expect(staff.post(previewPath, [("consent", "1")], csrf: "sai").status == 403)
        #expect(try app.database.residents(PeopleFilter(), limit: 10, offset: 0).total == 0)
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000099")
        #expect(resident.upload("/quan-tri/nhap-nguoi-dan", field: "file", fileName: "a.csv", content: Self.goodFile).status == 403)
    }
}
