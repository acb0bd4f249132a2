import Domain
import Routes
import Testing
@testable import Views

@Suite struct HTMLTests {
    @Test func interpolationEscapesAndRawStandsOut() {
        let value = "a & b < c > d \" e ' f"
        let html: HTML = "<p title=\"\(value)\">\(value)</p>\(HTML.raw("<br>"))"
        #expect(html.text == "<p title=\"a &amp; b &lt; c &gt; d &quot; e &#39; f\">a &amp; b &lt; c &gt; d &quot; e &#39; f</p><br>")
    }

    @Test func escapingKeepsVietnameseIntact() {
        let html: HTML = "\("Tuần lễ <học tập> suốt đời")"
        #expect(html.text == "Tuần lễ &lt;học tập&gt; suốt đời")
    }

    @Test func joinsWithSeparator() {
        #expect(HTML.join(["<a>", "<b>"], separator: ", ").text == "<a>, <b>")
    }

    @Test(arguments: [
        (4.0, Language.vietnamese, "4"), (1.5, .vietnamese, "1,5"), (1.5, .english, "1.5"),
        (2.25, .vietnamese, "2,3"), (0.5, .english, "0.5"), (12, .english, "12"),
    ])
    func hoursAreWrittenAsPeopleWriteThem(value: Double, language: Language, text: String) {
        #expect(Components.hours(value, language) == text)
    }

    @Test func highlightedTextIsEscaped() {
        let html = Components.highlighted([TextSegment("<b>", isMatch: false), TextSegment("lừa", isMatch: true)])
        #expect(html.text == "&lt;b&gt;<mark>lừa</mark>")
    }

    @Test func paginationOnlyWhenThereIsMoreThanOnePage() {
        #expect(Components.pagination(page: 1, pages: 1, strings: .vietnamese) { .search(query: "a", page: $0) }.text.isEmpty)
        let middle = Components.pagination(page: 2, pages: 3, strings: .vietnamese) { .search(query: "a", page: $0) }.text
        #expect(middle.contains("href=\"/tim-kiem?q=a\""))
        #expect(middle.contains("href=\"/tim-kiem?q=a&trang=3\"") == false)
        #expect(middle.contains("href=\"/tim-kiem?q=a&amp;trang=3\""))
        #expect(middle.contains("Trang 2/3"))
    }
}

@Suite struct LayoutTests {
    static func render(site: SiteInfo, language: Language = .vietnamese) -> String {
        let context = PageContext(site: site, strings: .forLanguage(language), route: .course(slug: "vneid"))
        return Layout.render(Document(title: "VNeID", description: "Mô tả", body: "<p>thân</p>"), context: context).text
    }

    @Test func absoluteOpenGraphLinksNeedThePublicURL() {
        let without = Self.render(site: SiteInfo(centreName: "TT", communeName: "Xã A"))
        #expect(!without.contains("og:url"))
        #expect(!without.contains("og:image"))
        let with = Self.render(site: SiteInfo(centreName: "TT", communeName: "Xã A", publicURL: "https://hoctap.example.vn/"))
        #expect(with.contains("<meta property=\"og:url\" content=\"https://hoctap.example.vn/khoa-hoc/vneid\">"))
        #expect(with.contains("<meta property=\"og:image\" content=\"https://hoctap.example.vn/static/og-image.png\">"))
    }

    @Test func demoModeIsSaidOnEveryPage() {
        #expect(Self.render(site: SiteInfo(centreName: "TT", communeName: "Xã A", isDemo: true)).contains("Bản trình diễn"))
        #expect(!Self.render(site: SiteInfo(centreName: "TT", communeName: "Xã A")).contains("Bản trình diễn"))
    }

    @Test func everyStringCatalogueIsComplete() {
        for strings in [Strings.vietnamese, Strings.english] {
            for status in [400, 404, 405, 413, 500] {
                #expect(!strings.errorTitle(status).isEmpty)
                #expect(!strings.errorMessage(status).isEmpty)
            }
            for field in Field.allCases { #expect(!strings.fieldName(field).isEmpty) }
        }
        #expect(Strings.vietnamese.errorTitle(404) != Strings.english.errorTitle(404))
    }

    @Test func datesAreWrittenWithTheWeekday() {
        #expect(Strings.vietnamese.date(1_790_787_600) == "Thứ Năm, 01/10/2026")
        #expect(Strings.vietnamese.dateAndTime(1_790_787_600 + 7 * 3600 + 1800) == "Thứ Năm, 01/10/2026 07:30")
        #expect(Strings.english.date(1_790_787_600) == "Thursday, 01/10/2026")
    }

    @Test func vietnameseStringsAreNFC() {
        let sample = [Strings.vietnamese.homeLead, Strings.vietnamese.searchHint, Strings.vietnamese.errorMessage(500)]
        for text in sample {
            #expect(text.unicodeScalars.allSatisfy { !(0x300...0x36F).contains($0.value) }, "\(text)")
        }
    }
}
