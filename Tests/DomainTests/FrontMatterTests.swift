import Domain
import Testing

@Suite struct FrontMatterTests {
    @Test func parsesTextListsAndBody() throws {
        let matter = try FrontMatter.parse("""
            ---
            title: Học: cách dùng VNeID
            lessons:
              - 01-a.md
              - 02-b.md
            ---
            Nội dung **đầu tiên**.
            """)
        #expect(matter.values["title"] == .text("Học: cách dùng VNeID"))
        #expect(matter.values["lessons"] == .list(["01-a.md", "02-b.md"]))
        #expect(matter.body == "Nội dung **đầu tiên**.")
        #expect(matter.lines["lessons"] == 3)
        #expect(matter.bodyLine == 7)
    }

    @Test func acceptsByteOrderMarkAndWindowsLineEnds() throws {
        let matter = try FrontMatter.parse("\u{FEFF}---\r\ntitle: Bài một\r\n---\r\nThân bài\r\n")
        #expect(matter.values["title"] == .text("Bài một"))
        #expect(matter.body.hasPrefix("Thân bài"))
    }

    @Test(arguments: [
        ("title: x\n---\nbody", 1, "bắt đầu"),
        ("---\ntitle: x\n", 3, "đóng"),
        ("---\ntitle: a\ntitle: b\n---\nx", 3, "bị lặp"),
        ("---\nchỉ là chữ\n---\nx", 2, "khóa: giá trị"),
        ("---\n  - lạc\n---\nx", 2, "không thuộc khóa"),
        ("---\nlessons:\n---\nx", 2, "không có giá trị"),
        ("---\nlessons:\nhours: 3\n---\nx", 2, "không có giá trị"),
        ("---\ntên khóa: x\n---\nx", 2, "không hợp lệ"),
        ("---\nlessons:\n  -\n---\nx", 3, "trống"),
    ])
    func reportsProblemsWithTheirLine(text: String, line: Int, fragment: String) {
        #expect {
            try FrontMatter.parse(text)
        } throws: { error in
            guard let problem = error as? FrontMatter.Problem else { return false }
            return problem.line == line && problem.message.contains(fragment)
        }
    }
}
