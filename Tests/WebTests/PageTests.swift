import Domain
import MicroHTTP
import Routes
import Testing
import TestSupport

@Suite struct PageTests {
    let app: TestApp

    init() throws {
        app = try TestApp(courses: [
            .make(),
            .make(slug: "nuoi-ga", title: "Nuôi gà thả vườn", field: .agriculture, summary: "Chuồng trại và vắc xin.",
                  lessons: [("Chọn giống", "Gà Ri lai."), ("Chuồng trại", "Vôi bột."), ("Bệnh", "Gà rù.")]),
        ])
    }

    @Test func homeShowsCentreFieldsAndCourses() {
        let response = app.get("/")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        #expect(response.text.contains("<html lang=\"vi\">"))
        #expect(response.text.contains("TTHTCĐ Thử Nghiệm"))
        #expect(response.text.contains("Xã Thử Nghiệm"))
        #expect(response.text.contains("href=\"/khoa-hoc?linh-vuc=nong-nghiep\""))
        #expect(response.text.contains("Nuôi gà thả vườn"))
        #expect(response.text.contains("action=\"/tim-kiem\""))
    }

    @Test func catalogueGroupsByFieldAndFilters() {
        let all = app.get("/khoa-hoc").text
        #expect(all.contains("Kỹ năng số"))
        #expect(all.contains("Nông nghiệp – khuyến nông"))
        let filtered = app.get("/khoa-hoc", query: "linh-vuc=nong-nghiep").text
        #expect(filtered.contains("Nuôi gà thả vườn"))
        #expect(!filtered.contains("Phòng chống lừa đảo trực tuyến</a>"))
        #expect(filtered.contains("aria-current=\"page\" href=\"/khoa-hoc?linh-vuc=nong-nghiep\""))
    }

    @Test func catalogueOfManyCoursesIsPaged() throws {
        let many = (1...45).map { Course.make(slug: "khoa-\($0)", title: "Khóa \($0)") }
        let app = try TestApp(courses: many)
        let overview = app.get("/khoa-hoc").text
        #expect(overview.contains("Xem tất cả 45 khóa học"))
        #expect(overview.components(separatedBy: "class=\"card\"").count - 1 == 6)
        let page3 = app.get("/khoa-hoc", query: "linh-vuc=ky-nang-so&trang=3")
        #expect(page3.status == 200)
        #expect(page3.text.contains("Trang 3/3"))
        #expect(page3.text.components(separatedBy: "class=\"card\"").count - 1 == 5)
        #expect(app.get("/khoa-hoc", query: "linh-vuc=ky-nang-so&trang=4").status == 404)
    }

    @Test func coursePageListsLessonsAndFacts() {
        let response = app.get("/khoa-hoc/nuoi-ga")
        #expect(response.status == 200)
        let text = response.text
        #expect(text.contains("<h1>Nuôi gà thả vườn</h1>"))
        #expect(text.contains("href=\"/khoa-hoc/nuoi-ga/bai/1\">Chọn giống</a>"))
        #expect(text.contains("href=\"/khoa-hoc/nuoi-ga/bai/3\">Bệnh</a>"))
        #expect(text.contains("Nông dân, lao động nông thôn"))
        #expect(text.contains("<meta property=\"og:title\" content=\"Nuôi gà thả vườn\">"))
        #expect(text.contains("<meta property=\"og:description\" content=\"Chuồng trại và vắc xin.\">"))
        #expect(text.contains("<meta property=\"og:type\" content=\"article\">"))
    }

    @Test func lessonPageLinksPreviousAndNext() {
        let first = app.get("/khoa-hoc/nuoi-ga/bai/1").text
        #expect(first.contains("Bài 1/3"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(first.contains("rel=\"next\" class=\"next\" href=\"/khoa-hoc/nuoi-ga/bai/2\""))
        let middle = app.get("/khoa-hoc/nuoi-ga/bai/2").text
        #expect(middle.contains("href=\"/khoa-hoc/nuoi-ga/bai/1\""))
        #expect(middle.contains("href=\"/khoa-hoc/nuoi-ga/bai/3\""))
        #expect(middle.contains("<p>Vôi bột.</p>"))
        let last = app.get("/khoa-hoc/nuoi-ga/bai/3").text
        #expect(!last.contains("rel=\"next\""))
    }

    @Test(arguments: ["/khoa-hoc/khong-co", "/khoa-hoc/nuoi-ga/bai/4", "/trang-la", "/khoa-hoc/nuoi-ga/bai/0"])
    func missingPagesGetTheVietnamese404(path: String) {
        let response = app.get(path)
        #expect(response.status == 404)
        #expect(response.text.contains("Không tìm thấy trang"))
        #expect(response.text.contains("<html lang=\"vi\">"))
    }

    @Test func plainPagesSetNoCookieFormPagesDo() {
        #expect(app.get("/khoa-hoc").header("Set-Cookie") == nil)
        #expect(app.get("/static/style.css").header("Set-Cookie") == nil)
        #expect(app.get("/dang-nhap").header("Set-Cookie")?.hasPrefix("hoctap_csrf=") == true)
    }

    @Test func otherMethodsGet405() {
        let response = app.respond(.make("POST", "/khoa-hoc"))
        #expect(response.status == 405)
        #expect(response.header("Allow") == "GET, HEAD")
    }

    @Test func failuresBecomeThe500PageWithoutDetails() throws {
        try app.database.breakSearchIndexForTesting()
        let response = app.get("/tim-kiem", query: "q=lua")
        #expect(response.status == 500)
        #expect(response.text.contains("Đã có lỗi xảy ra"))
        #expect(!response.text.contains("course_search"))
        #expect(!response.text.contains("SQLite"))
    }

    @Test func everyResponseCarriesTheSecurityHeaders() {
        for path in ["/", "/khoa-hoc", "/khong-co", "/static/style.css", "/tim-kiem"] {
            let response = app.get(path)
            #expect(response.header("Content-Security-Policy")?.contains("default-src 'self'") == true, "\(path)")
            #expect(response.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
            #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
            #expect(response.header("Referrer-Policy") != nil, "\(path)")
        }
    }

    @Test(arguments: [
        ("en-US,en;q=0.9", nil, "en"), ("vi-VN,vi;q=0.9,en;q=0.8", nil, "vi"), ("fr-FR,fr;q=0.9", nil, "vi"),
        ("fr;q=0.9,en;q=0.5,vi;q=0.7", nil, "vi"), ("en-GB", "vi", "vi"), ("vi", "en", "en"), ("", nil, "vi"),
    ] as [(String, String?, String)])
    func languageFollowsTheSwitchThenTheBrowser(accept: String, cookie: String?, expected: String) {
        var headers = ["Accept-Language": accept]
        if let cookie { headers["Cookie"] = "hoctap_lang=\(cookie)" }
        #expect(app.get("/khoa-hoc", headers: headers).text.contains("<html lang=\"\(expected)\">"))
    }

    @Test func languageSwitchRemembersEnglishAndComesBack() {
        let switched = app.get("/ngon-ngu/en", query: "ve=%2Fkhoa-hoc%2Fnuoi-ga")
        #expect(switched.status == 303)
        #expect(switched.header("Location") == "/khoa-hoc/nuoi-ga")
        let cookie = switched.header("Set-Cookie") ?? ""
        #expect(cookie.hasPrefix("hoctap_lang=en;"))
        #expect(cookie.contains("HttpOnly"))
        let english = app.get("/khoa-hoc/nuoi-ga", headers: ["Cookie": "a=b; hoctap_lang=en"]).text
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("Start learning"))
        #expect(english.contains("href=\"/ngon-ngu/vi?ve=%2Fkhoa-hoc%2Fnuoi-ga\""))
    }
}
