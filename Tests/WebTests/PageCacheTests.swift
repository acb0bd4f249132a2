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

/// The Week's and the classes' public pages are cached for anonymous visitors, yet never show
/// a seat count or a marker that is out of date.
@Suite struct DatabasePageCacheTests {
    @Test func anEnrolmentShowsAtOnceOnTheCachedEventPage() throws {
        let app = try WeekAnnouncementTests.demo()
        let talk = try #require(try app.database.events(year: 2026).first { $0.courseClass.title == "Tọa đàm: Đọc sách cùng con" })
        let path = "/su-kien/\(talk.courseClass.id)"
        #expect(Visit(app).get(path).text.contains("Còn 60/60 chỗ"))
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001")
        resident.post("/lop/\(talk.courseClass.id)/dang-ky", [("action", "enrol")])
        #expect(Visit(app).get(path).text.contains("Còn 59/60 chỗ"))
        resident.post("/lop/\(talk.courseClass.id)/dang-ky", [("action", "leave")])
        #expect(Visit(app).get("/lop/\(talk.courseClass.id)").text.contains("Còn 60/60 chỗ"))
    }

    @Test func theProgrammesMarkersFollowTheClock() throws {
        let app = try WeekAnnouncementTests.demo()
        let opening = try #require(try app.database.events(year: 2026).first).session
        app.clock.advance(by: opening.startsAt - 60 - app.clock.now)
        #expect(!Visit(app).get("/tuan-le-hoc-tap/2026").text.contains("Đang diễn ra"))
        app.clock.advance(by: 120)
        #expect(Visit(app).get("/tuan-le-hoc-tap/2026").text.contains("Đang diễn ra"), "a new minute, a new page")
    }
}
