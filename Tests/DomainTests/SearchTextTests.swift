import Domain
import Testing

@Suite struct SearchTextTests {
    @Test(arguments: [
        ("tuan le", ["tuan", "le"]),
        ("  Tuần   lễ!! ", ["tuan", "le"]),
        ("VNEID", ["vneid"]),
        ("đời đời", ["doi"]),
        ("\"OR\" NEAR(*)", ["or", "near"]),
        ("", []),
        ("!!!", []),
        ("a b c d e f g h i j", ["a", "b", "c", "d", "e", "f", "g", "h"]),
    ])
    func parsesTerms(query: String, terms: [String]) {
        #expect(SearchTerms.parse(query) == terms)
    }

    @Test func highlightsWholeWordsThatStartWithATerm() {
        let segments = Highlighter.segments(of: "Tuần lễ hưởng ứng học tập suốt đời", terms: ["tuan", "doi"])
        #expect(segments == [
            TextSegment("Tuần", isMatch: true),
            TextSegment(" lễ hưởng ứng học tập suốt ", isMatch: false),
            TextSegment("đời", isMatch: true),
        ])
    }

    @Test func doesNotHighlightInsideWords() {
        let segments = Highlighter.segments(of: "Chào bạn", terms: ["ao"])
        #expect(segments == [TextSegment("Chào bạn", isMatch: false)])
    }

    @Test func excerptCentresOnTheFirstMatchAndMarksCuts() {
        let text = String(repeating: "chữ đầu ", count: 60) + "lừa đảo qua mạng " + String(repeating: "chữ cuối ", count: 60)
        let excerpt = Highlighter.excerpt(of: text, terms: ["lua"], length: 120)
        #expect(excerpt.first?.text == "…")
        #expect(excerpt.last?.text == "…")
        #expect(excerpt.contains(TextSegment("lừa", isMatch: true)))
        #expect(excerpt.map(\.text).joined().count <= 124)
    }

    @Test func shortTextIsNotCut() {
        #expect(Highlighter.excerpt(of: "Ngắn gọn", terms: []) == [TextSegment("Ngắn gọn", isMatch: false)])
    }
}
