import Domain
import MicroHTTP
import Routes
import Testing
import TestSupport
@testable import Web

@Suite struct PageCacheTests {
    @Test func keepsOneCopyPerRouteAndLanguage() {
        let cache = PageCache()
        var renders = 0
        func fetch(_ route: Route, _ language: Language) -> String {
            cache.response(for: route, language: language) {
                renders += 1
                return Response(status: 200, contentType: "text/plain", text: "\(language.code) \(route.link) \(renders)")
            }.text
        }
        #expect(fetch(.home, .vietnamese) == "vi / 1")
        #expect(fetch(.home, .vietnamese) == "vi / 1")
        #expect(fetch(.home, .english) == "en / 2")
        #expect(fetch(.course(slug: "a"), .vietnamese) == "vi /khoa-hoc/a 3")
        #expect(renders == 3)
    }

    @Test func startsOverWhenFullAndNeverCachesFailures() {
        let cache = PageCache(capacityBytes: 10)
        var renders = 0
        let render = { () -> Response in
            renders += 1
            return Response(status: 200, contentType: "text/plain", text: "123456")
        }
        _ = cache.response(for: .home, language: .vietnamese, render: render)
        _ = cache.response(for: .favicon, language: .vietnamese, render: render)
        _ = cache.response(for: .home, language: .vietnamese, render: render)
        #expect(renders == 3)
        #expect(throws: PageFailure.self) {
            try cache.response(for: .course(slug: "x"), language: .vietnamese) { throw PageFailure(status: 404) }
        }
    }

    @Test func cachedPagesStillFollowTheVisitorsLanguage() throws {
        let app = try TestApp()
        #expect(app.get("/khoa-hoc").text.contains("<html lang=\"vi\">"))
        #expect(app.get("/khoa-hoc", headers: ["Cookie": "hoctap_lang=en"]).text.contains("<html lang=\"en\">"))
        #expect(app.get("/khoa-hoc").text.contains("<html lang=\"vi\">"))
        #expect(app.get("/khoa-hoc/khong-co").status == 404)
        #expect(app.get("/khoa-hoc/khong-co").status == 404)
    }
}
