import Domain
import Testing
import TestSupport

@Suite struct SearchPageTests {
    let app: TestApp

    init() throws {
        app = try TestApp(courses: [
            .make(slug: "tuan-le", title: "Tuần lễ hưởng ứng học tập suốt đời", field: .culture,
                  summary: "Chương trình hằng năm.", lessons: [("Khai mạc", "Lễ khai mạc đầu tháng Mười.")]),
            .make(slug: "doc-sach", title: "Văn hóa đọc", field: .culture, summary: "Đọc sách mỗi ngày.",
                  lessons: [("Thói quen", "Đọc sách giúp học tập suốt đời.")]),
            .make(slug: "vneid", title: "Dùng ứng dụng VNeID", summary: "Tài khoản định danh.",
                  lessons: [("Kích hoạt", "Đến công an xã.")]),
        ])
    }

    @Test func findsWithoutDiacriticsRankedAndHighlighted() {
        let text = app.get("/tim-kiem", query: "q=suot+doi").text
        #expect(text.contains("Kết quả tìm kiếm cho “suot doi”"))
        #expect(text.contains("Tìm thấy 2 kết quả"))
        let course = text.range(of: "href=\"/khoa-hoc/tuan-le\"")
        let lesson = text.range(of: "href=\"/khoa-hoc/doc-sach/bai/1\"")
        #expect(course != nil && lesson != nil)
        if let course, let lesson { #expect(course.lowerBound < lesson.lowerBound) }
        #expect(text.contains("<mark>suốt</mark> <mark>đời</mark>"))
    }

    @Test func matchesVNeIDInAnyCase() {
        let text = app.get("/tim-kiem", query: "q=VNEID").text
        #expect(text.contains("Dùng ứng dụng <mark>VNeID</mark>"))
    }

    @Test func saysSoWhenNothingIsFound() {
        let text = app.get("/tim-kiem", query: "q=xyzxyz").text
        #expect(text.contains("Không tìm thấy kết quả nào"))
    }

    @Test func emptyQueryShowsTheForm() {
        let response = app.get("/tim-kiem")
        #expect(response.status == 200)
        #expect(response.text.contains("Nhập từ cần tìm"))
        #expect(response.text.contains(" autofocus"))
    }

    @Test func fts5SyntaxInTheQueryIsHarmless() {
        for query in ["%22", "NEAR(a+b)", "*", "a+OR+b", "%22%22%22", "-x", "title%3Ax"] {
            #expect(app.get("/tim-kiem", query: "q=\(query)").status == 200, "\(query)")
        }
    }
}
