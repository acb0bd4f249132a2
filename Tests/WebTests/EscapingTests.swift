import Domain
import Testing
import TestSupport
import Routes
import Views

/// Text that a person typed or a content author wrote is never taken as markup.
@Suite struct EscapingTests {
    static let hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>"

    @Test func searchQueryIsEscapedInTitleFieldAndLinks() throws {
        let app = try TestApp(courses: [.make(), .make(slug: "b", title: "B")] + (1...25).map { .make(slug: "k\($0)", title: "script \($0)") })
        let response = app.get("/tim-kiem", query: "q=\(Route.encode(Self.hostile))")
        #expect(response.status == 200)
        #expect(!response.text.contains("<script>alert"))
        #expect(!response.text.contains("<img src=x"))
        #expect(response.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img"))
        #expect(response.text.contains("value=\"&lt;script&gt;"))
    }

    @Test func courseTextIsEscapedOnEveryPageThatShowsIt() throws {
        let app = try TestApp(courses: [
            .make(slug: "doc-hai", title: "Khóa \(Self.hostile)", summary: "Tóm tắt \(Self.hostile)",
                  lessons: [("Bài \(Self.hostile)", "Nội dung <script>alert(2)</script> script")]),
        ])
        for (path, query) in [("/", ""), ("/khoa-hoc", ""), ("/khoa-hoc", "linh-vuc=ky-nang-so"), ("/khoa-hoc/doc-hai", ""),
                              ("/khoa-hoc/doc-hai/bai/1", ""), ("/tim-kiem", "q=script")] {
            let text = app.get(path, query: query).text
            #expect(!text.contains("<script>"), "\(path)?\(query)")
            #expect(!text.contains("<img src=x"), "\(path)?\(query)")
            #expect(text.contains("&lt;script&gt;"), "\(path)?\(query)")
        }
    }
}

