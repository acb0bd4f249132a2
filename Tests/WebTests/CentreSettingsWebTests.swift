import Domain
import Logging
import MicroHTTP
import Routes
import Storage
import Testing
import TestSupport
import Views
@testable import Web

@Suite struct CentreSettingsWebTests {
    static let form = [("commune", "Xã Tân Hà"), ("centre", "Trung tâm học tập số Tân Hà"), ("address", "Thôn Bắc Sơn, xã Tân Hà"),
                       ("phone", "0263 3822 456"), ("director", "Nguyễn Văn Đức")]

    @Test func savedNamesShowAtOnceEvenOnCachedPages() throws {
        let app = try TestApp()
        let cachedBefore = Visit(app).get("/khoa-hoc").text
        #expect(cachedBefore.contains("TTHTCĐ Thử Nghiệm") && !cachedBefore.contains("Điện thoại"))
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let dashboard = admin.get("/quan-tri").text
        #expect(dashboard.contains("<a href=\"/quan-tri/cai-dat\">Cài đặt trung tâm</a>"))
        #expect(dashboard.contains("<a href=\"/quan-tri/can-bo\">Tài khoản cán bộ</a>"))
        let form = admin.get("/quan-tri/cai-dat").text
        #expect(form.contains("value=\"TTHTCĐ Thử Nghiệm\"") && form.contains("value=\"Xã Thử Nghiệm\""), "prefilled with what pages show")

        let saved = admin.post("/quan-tri/cai-dat", Self.form)
        #expect(saved.status == 200)
        #expect(saved.text.contains("Đã lưu. Mọi trang hiện thông tin mới ngay từ bây giờ."))
        #expect(saved.text.contains("<strong>Trung tâm học tập số Tân Hà</strong><small>Xã Tân Hà</small>"))
        let cached = Visit(app).get("/khoa-hoc").text
        #expect(cached.contains("<title>Khóa học – Trung tâm học tập số Tân Hà</title>"))
        #expect(!cached.contains("Thử Nghiệm"))
        #expect(cached.contains("Địa chỉ: Thôn Bắc Sơn, xã Tân Hà · Điện thoại: <a class=\"tel\" href=\"tel:02633822456\">026 338 22456</a>"))
        #expect(Visit(app).get("/khong-co").text.contains("Trung tâm học tập số Tân Hà"), "error pages too")
        #expect(app.errorResponse(413).text.contains("Trung tâm học tập số Tân Hà"), "and the server's own error pages")
        #expect(admin.get("/quan-tri/cai-dat").text.contains("value=\"Nguyễn Văn Đức\""))

        let entry = try #require(try app.database.auditEntries(entity: "centre").first)
        #expect(entry.action == "update" && entry.before == nil)
        #expect(entry.after?["ten_trung_tam"] == "Trung tâm học tập số Tân Hà" && entry.after?["dien_thoai"] == "02633822456")
    }

    @Test func refusedSettingsSayWhyInVietnameseAndSaveNothing() throws {
        let app = try TestApp()
        let admin = try Visit.signedIn(as: .admin, in: app, phone: "0900000009")
        let refused = admin.post("/quan-tri/cai-dat", [("commune", "Xã Tân Hà"), ("centre", "  "), ("address", ""),
                                                      ("phone", "12345"), ("director", String(repeating: "a", count: 121))])
        #expect(refused.status == 422)
        #expect(refused.text.contains("Hãy sửa các mục được đánh dấu bên dưới."))
        #expect(refused.text.contains("Không được để trống (tối đa 120 ký tự)."))
        #expect(refused.text.contains("Số điện thoại chưa đúng"))
        #expect(refused.text.contains("Tối đa 120 ký tự."))
        #expect(refused.text.contains("value=\"Xã Tân Hà\""), "what was typed stays")
        #expect(try app.database.centreSettings() == nil)
        #expect(try app.database.auditEntries(entity: "centre").isEmpty)
        #expect(Visit(app).get("/").text.contains("TTHTCĐ Thử Nghiệm"))
    }

    @Test func aRestartedServerShowsTheSavedSettings() throws {
        let app = try TestApp()
        try app.database.saveCentreSettings(CentreSettings(communeName: "Xã Tân Hà", centreName: "TT Tân Hà"), by: .system(now: 0))
        let configuration = WebConfiguration(site: SiteInfo(centreName: "Cấu hình", communeName: "Xã cấu hình"),
                                             publicDirectory: Repository.publicFiles, passwordHasher: .minimal)
        let respond = try makeResponder(configuration: configuration, database: app.database, library: app.library, logger: Logger(label: "test"))
        let home = respond(.make("GET", "/")).text
        #expect(home.contains("<strong>TT Tân Hà</strong><small>Xã Tân Hà</small>") && !home.contains("Cấu hình"))
    }

    @Test func aPageRenderedWhileTheCacheIsClearedIsNotKept() {
        let cache = PageCache()
        let stale = cache.response(for: .home, language: .vietnamese) {
            cache.removeAll()
            return Response(status: 200, contentType: "text/plain", text: "cũ")
        }
        #expect(stale.text == "cũ")
        let fresh = cache.response(for: .home, language: .vietnamese) { Response(status: 200, contentType: "text/plain", text: "mới") }
        #expect(fresh.text == "mới")
    }
}

/// The centre's forms refuse posts without the visitor's token, and change nothing.
