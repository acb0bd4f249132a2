import Domain
import Storage
import Testing
import TestSupport

/// A Week's banner: uploaded by staff as a real multipart form, checked by its bytes, shown on
/// the programme and served with the type it was checked to be.
@Suite struct WeekBannerWebTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 200)

    @Test func staffUploadABannerAndTheProgrammeShowsIt() throws {
        let app = try WeekAnnouncementTests.demo()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        #expect(Visit(app).get("/tuan-le-hoc-tap/2026/anh-bia").status == 404)
        #expect(!Visit(app).get("/tuan-le-hoc-tap/2026").text.contains("week-banner"), "cached without a banner first")

        let saved = staff.upload("/quan-tri/tuan-le/2026", field: "banner", fileName: "bang-ron.png", content: Self.png,
                                 fields: [("action", "banner"), ("alt", "Băng rôn Tuần lễ 2026")], contentType: "image/png")
        #expect(saved.status == 200 && saved.text.contains("Đã lưu ảnh bìa."))
        let stored = try #require(try app.database.weekBannerSummary(year: 2026))
        let tag = "<img class=\"week-banner\" src=\"/tuan-le-hoc-tap/2026/anh-bia?v=\(stored.updatedAt)\" alt=\"Băng rôn Tuần lễ 2026\">"
        #expect(Visit(app).get("/tuan-le-hoc-tap/2026").text.contains(tag), "the cached programme was cleared")
        let image = Visit(app).get("/tuan-le-hoc-tap/2026/anh-bia", query: "v=\(stored.updatedAt)")
        #expect(image.status == 200 && image.header("Content-Type") == "image/png" && image.body == Self.png)
        #expect(try app.database.auditEntries(entity: "week").first?.action == "banner")

        #expect(staff.post("/quan-tri/tuan-le/2026", [("action", "remove-banner")]).text.contains("Đã bỏ ảnh bìa."))
        #expect(Visit(app).get("/tuan-le-hoc-tap/2026/anh-bia").status == 404)
    }

    /// Whatever the name and declared type, only real PNG, JPEG and WebP bytes are kept.
    @Test(arguments: [
        ("anh.png", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8), "Tệp này không phải ảnh PNG, JPEG hay WebP."),
        ("anh.jpg", Array("<!doctype html><script>alert(1)</script>".utf8), "Tệp này không phải ảnh PNG, JPEG hay WebP."),
        ("to.jpg", [0xFF, 0xD8, 0xFF] + Array(repeating: 0, count: 200 * 1024), "Ảnh lớn hơn 150 KB"),
        ("rong.png", [], "Hãy chọn một tệp ảnh."),
    ])
    func anythingButASmallImageIsRefused(name: String, bytes: [UInt8], message: String) throws {
        let app = try WeekAnnouncementTests.demo()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let refused = staff.upload("/quan-tri/tuan-le/2026", field: "banner", fileName: name, content: bytes,
                                   fields: [("action", "banner"), ("alt", "Ảnh")], contentType: "image/png")
        #expect(refused.status == 422 && refused.text.contains(message))
        #expect(try app.database.weekBanner(year: 2026) == nil)
    }

    @Test func aDescriptionIsRequiredAndResidentsCannotUpload() throws {
        let app = try WeekAnnouncementTests.demo()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let noAlt = staff.upload("/quan-tri/tuan-le/2026", field: "banner", fileName: "a.png", content: Self.png, fields: [("action", "banner")])
        #expect(noAlt.status == 422 && noAlt.text.contains("Hãy mô tả ngắn gọn ảnh"))
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        let forbidden = resident.upload("/quan-tri/tuan-le/2026", field: "banner", fileName: "a.png", content: Self.png,
                                        fields: [("action", "banner"), ("alt", "Ảnh")])
        #expect(try forbidden.status == 403 && app.database.weekBanner(year: 2026) == nil)
    }
}
