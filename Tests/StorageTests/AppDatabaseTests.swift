import Domain
import Foundation
@testable import Storage
import Testing
import TestSupport

@Suite struct AppDatabaseTests {
    @Test func opensAFileInWALModeAndMigratesOnce() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("du-lieu/hoctap.sqlite")
        let database = try AppDatabase.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try database.journalMode() == "wal")
        #expect(try database.integrityCheck() == "ok")
        #expect(try database.migrate().isEmpty)
        let reopened = try AppDatabase.openUnmigrated(path: path)
        #expect(try reopened.migrate().isEmpty)
    }

    @Test func migrateReportsWhatItApplied() throws {
        let folder = TemporaryDirectory()
        let database = try AppDatabase.openUnmigrated(path: folder.file("a.sqlite"))
        #expect(try database.migrate() == AppDatabase.migrationNames)
    }

    static let courses: [Course] = [
        .make(slug: "tuan-le", title: "Tuần lễ hưởng ứng học tập suốt đời", field: .culture,
              summary: "Chương trình của xã.", lessons: [("Khai mạc", "Lễ khai mạc ngày 1 tháng 10.")]),
        .make(slug: "doc-sach", title: "Văn hóa đọc", field: .culture, summary: "Đọc sách mỗi ngày.",
              lessons: [("Thói quen", "Đọc sách giúp học tập suốt đời; mỗi ngày 15 phút.")]),
        .make(slug: "vneid", title: "Dùng VNeID", summary: "Tài khoản định danh điện tử.",
              lessons: [("Kích hoạt", "Đến công an xã để kích hoạt VNeID mức 2.")]),
    ]

    func index() throws -> (AppDatabase, TemporaryDirectory) {
        let (database, folder) = try AppDatabase.temporary()
        try database.replaceCourseIndex(with: Self.courses)
        return (database, folder)
    }

    @Test func findsWithoutDiacriticsAndWithDStroke() throws {
        let (database, _) = try index()
        let hits = try database.searchCourses(terms: SearchTerms.parse("tuan le"))
        #expect(hits.first == SearchHit(courseSlug: "tuan-le", lessonNumber: nil))
        let doi = try database.searchCourses(terms: SearchTerms.parse("doi"))
        #expect(Set(doi.map(\.courseSlug)) == ["tuan-le", "doc-sach"])
        #expect(try database.searchCourses(terms: SearchTerms.parse("VNEID")).first?.courseSlug == "vneid")
    }

    @Test func titleMatchesRankAboveBodyMatches() throws {
        let (database, _) = try index()
        // "suốt đời" is in the title of tuan-le but only in a lesson body of doc-sach.
        let hits = try database.searchCourses(terms: SearchTerms.parse("suot doi"))
        #expect(hits.map(\.courseSlug) == ["tuan-le", "doc-sach"])
        #expect(hits.last?.lessonNumber == 1)
    }

    @Test func lastTermMatchesAsAPrefix() throws {
        let (database, _) = try index()
        #expect(try database.searchCourses(terms: ["kich"]).first == SearchHit(courseSlug: "vneid", lessonNumber: 1))
        #expect(try database.searchCourses(terms: ["kich", "vne"]).isEmpty == false)
        #expect(try database.searchCourses(terms: ["kich", "zzz"]).isEmpty)
    }

    @Test func searchSyntaxIsNeverInterpreted() throws {
        let (database, _) = try index()
        for query in ["\"", "NEAR(a b)", "a OR", "*", "sach\"*", "-doc", "title:doc"] {
            _ = try database.searchCourses(terms: SearchTerms.parse(query))
        }
        #expect(AppDatabase.matchExpression(["a\"b", "c"]) == "\"a\"\"b\" \"c\"*")
        #expect(AppDatabase.matchExpression([]) == nil)
    }

    @Test func replacingTheIndexDropsOldCourses() throws {
        let (database, _) = try index()
        try database.replaceCourseIndex(with: [.make(slug: "moi", title: "Khóa mới")])
        #expect(try database.searchCourses(terms: ["tuan"]).isEmpty)
        #expect(try database.searchCourses(terms: ["moi"]).first?.courseSlug == "moi")
    }
}
