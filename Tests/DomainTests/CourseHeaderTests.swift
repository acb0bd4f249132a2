import Domain
import Testing

@Suite struct CourseHeaderTests {
    static let valid = """
        ---
        title: Phòng chống lừa đảo
        slug: phong-chong-lua-dao
        field: ky-nang-so
        summary: Nhận biết chiêu lừa.
        hours: 1.5
        indicators: 5, 1
        groups: 1, 2
        lessons:
          - 01-mot.md
          - 02-hai.md
        ---
        Giới thiệu.
        """

    @Test func readsEveryField() throws {
        let header = try CourseHeader(FrontMatter.parse(Self.valid))
        #expect(header.slug == "phong-chong-lua-dao")
        #expect(header.field == .digitalSkills)
        #expect(header.hours == 1.5)
        #expect(header.indicators == [1, 5])
        #expect(header.groups.map(\.number) == [1, 2])
        #expect(header.lessonFiles == ["01-mot.md", "02-hai.md"])
    }

    @Test(arguments: [
        ("slug: phong-chong-lua-dao", "slug: Phong_Chong", "a-z"),
        ("field: ky-nang-so", "field: tin-hoc", "lĩnh vực \"tin-hoc\""),
        ("hours: 1.5", "hours: 0", "lớn hơn 0"),
        ("hours: 1.5", "hours: nhiều", "lớn hơn 0"),
        ("indicators: 5, 1", "indicators: 5, 11", "chỉ số \"11\""),
        ("indicators: 5, 1", "indicators: 5, 5", "bị lặp"),
        ("groups: 1, 2", "groups: 0", "nhóm \"0\""),
        ("  - 02-hai.md", "  - 02 hai.md", "không hợp lệ"),
        ("  - 02-hai.md", "  - 01-mot.md", "hai lần"),
        ("title: Phòng chống lừa đảo\n", "", "thiếu khóa bắt buộc \"title\""),
        ("summary: Nhận biết chiêu lừa.", "summary: Nhận biết.\nauthor: Ai đó", "không được hỗ trợ"),
        ("hours: 1.5", "hours:\n  - 1", "một giá trị"),
    ])
    func rejectsBrokenHeaders(original: String, replacement: String, fragment: String) throws {
        let text = Self.valid.replacingFirst(original, with: replacement)
        #expect(text != Self.valid)
        let matter = try FrontMatter.parse(text)
        #expect {
            try CourseHeader(matter)
        } throws: { error in
            (error as? FrontMatter.Problem)?.message.contains(fragment) == true
        }
    }

    @Test func summaryHasALengthLimit() throws {
        let long = String(repeating: "a", count: CourseHeader.maxSummaryLength + 1)
        let matter = try FrontMatter.parse(Self.valid.replacingFirst("summary: Nhận biết chiêu lừa.", with: "summary: " + long))
        #expect(throws: FrontMatter.Problem.self) { try CourseHeader(matter) }
    }

    @Test func lessonMinutesMustBePositive() throws {
        #expect(try LessonHeader(FrontMatter.parse("---\ntitle: Bài\nminutes: 45\n---\nx")).minutes == 45)
        #expect(try LessonHeader(FrontMatter.parse("---\ntitle: Bài\n---\nx")).minutes == nil)
        #expect(throws: FrontMatter.Problem.self) { try LessonHeader(FrontMatter.parse("---\ntitle: Bài\nminutes: -3\n---\nx")) }
    }

    @Test(arguments: [
        ("ky-nang-so", true), ("a", true), ("bai-1", true), ("", false), ("-a", false), ("a-", false),
        ("a--b", false), ("Ky", false), ("kỹ-năng", false), ("a/b", false), ("..", false),
    ])
    func slugRule(text: String, valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

import Foundation
