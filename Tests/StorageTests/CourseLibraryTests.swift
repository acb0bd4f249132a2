import Domain
import Foundation
@testable import Storage
import Testing
import TestSupport

@Suite struct CourseLibraryTests {
    /// The shipped content is real: at least 8 courses of 2–5 lessons, all with text.
    @Test func shippedCoursesLoad() throws {
        let library = try CourseLibrary.load(from: Repository.courses)
        #expect(library.courses.count >= 8)
        for course in library.courses {
            #expect((2...5).contains(course.lessons.count), "\(course.slug)")
            #expect(!course.introduction.plainText.isEmpty, "\(course.slug)")
            for lesson in course.lessons {
                #expect(lesson.content.plainText.count > 800, "\(course.slug) bài \(lesson.number) looks too short")
                #expect(!lesson.content.html.contains("<script"), "\(course.slug)")
            }
        }
        #expect(Set(library.courses.map(\.field)).count >= 6)
    }

    @Test func loadsAFolderAndKeepsLessonOrder() throws {
        let folder = TemporaryDirectory()
        writeCourse(in: folder, slug: "nuoi-ga", lessons: ["02-sau.md", "01-truoc.md"])
        let library = try CourseLibrary.load(from: folder.path)
        let course = try #require(library.course(slug: "nuoi-ga"))
        #expect(course.lessons.map(\.title) == ["Bài 02-sau.md", "Bài 01-truoc.md"])
        #expect(course.lessons.map(\.number) == [1, 2])
        #expect(course.lesson(3) == nil)
    }

    @Test func storesTextInNFC() throws {
        let folder = TemporaryDirectory()
        writeCourse(in: folder, slug: "van-hoa", title: "Tua\u{0302}\u{0300}n le\u{0302}\u{0303}")
        let course = try #require(try CourseLibrary.load(from: folder.path).course(slug: "van-hoa"))
        #expect(Array(course.title.unicodeScalars) == Array("Tuần lễ".unicodeScalars))
    }

    @Test func markdownDropsRawHTMLAndRendersTables() {
        let rendered = MarkdownRenderer.render("""
            <script>alert(1)</script>

            [bấm](javascript:alert(1))

            | Tiếng Anh | Nghĩa |
            | --- | --- |
            | hello | xin chào |
            """)
        #expect(!rendered.html.contains("<script"))
        #expect(!rendered.html.contains("javascript:"))
        #expect(rendered.html.contains("<table>"))
        #expect(rendered.html.contains("<td>xin chào</td>"))
        #expect(!rendered.plainText.contains("|"))
    }

    @Test(arguments: [
        ("missing-lesson", "không có tệp bài học \"02-hai.md\"", "course.md"),
        ("slug-mismatch", "phải trùng tên thư mục", "course.md"),
        ("bad-field", "lĩnh vực \"tin-hoc\"", "course.md"),
        ("empty-body", "trống", "01-mot.md"),
        ("bad-lesson-header", "khóa \"author\" không được hỗ trợ", "01-mot.md"),
        ("not-utf8", "không phải UTF-8", "01-mot.md"),
    ])
    func brokenFilesStopTheLoadNamingFileAndProblem(kind: String, message: String, file: String) throws {
        let folder = TemporaryDirectory()
        writeCourse(in: folder, slug: "tot", lessons: ["01-mot.md"])
        let slug = "hong"
        switch kind {
        case "missing-lesson":
            writeCourse(in: folder, slug: slug, lessons: ["01-mot.md", "02-hai.md"])
            try FileManager.default.removeItem(atPath: folder.file("\(slug)/02-hai.md"))
        case "slug-mismatch":
            writeCourse(in: folder, slug: slug, declaredSlug: "khac")
        case "bad-field":
            writeCourse(in: folder, slug: slug, field: "tin-hoc")
        case "empty-body":
            writeCourse(in: folder, slug: slug)
            folder.write("\(slug)/01-mot.md", "---\ntitle: Một\n---\n \n")
        case "bad-lesson-header":
            writeCourse(in: folder, slug: slug)
            folder.write("\(slug)/01-mot.md", "---\ntitle: Một\nauthor: Tôi\n---\nNội dung\n")
        default:
            writeCourse(in: folder, slug: slug)
            try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder.file("\(slug)/01-mot.md")))
        }
        #expect {
            try CourseLibrary.load(from: folder.path)
        } throws: { error in
            guard let error = error as? CourseLibrary.LoadError else { return false }
            return error.file == folder.file("\(slug)/\(file)") && error.message.contains(message)
                && error.description.hasPrefix(folder.file("\(slug)/\(file)"))
        }
    }

    @Test func missingFolderIsReported() {
        #expect(throws: CourseLibrary.LoadError.self) { try CourseLibrary.load(from: "/khong/co/thu-muc") }
    }

    private func writeCourse(in folder: TemporaryDirectory, slug: String, declaredSlug: String? = nil,
                             title: String = "Khóa học", field: String = "ky-nang-so",
                             lessons: [String] = ["01-mot.md"]) {
        folder.write("\(slug)/course.md", """
            ---
            title: \(title)
            slug: \(declaredSlug ?? slug)
            field: \(field)
            summary: Tóm tắt.
            hours: 2
            indicators: 1, 5
            groups: 1
            lessons:
            \(lessons.map { "  - \($0)" }.joined(separator: "\n"))
            ---
            Giới thiệu khóa học.
            """)
        for lesson in lessons {
            folder.write("\(slug)/\(lesson)", "---\ntitle: Bài \(lesson)\nminutes: 30\n---\nNội dung bài \(lesson).\n")
        }
    }
}
