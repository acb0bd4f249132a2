import Domain
import Foundation
import MicroHTTP
@testable import Storage

extension Course {
    /// A course with sensible defaults; override what the test is about.
    public static func make(
        slug: String = "phong-chong-lua-dao",
        title: String = "Phòng chống lừa đảo trực tuyến",
        field: Field = .digitalSkills,
        summary: String = "Nhận biết chiêu lừa qua điện thoại và mạng xã hội.",
        hours: Double = 4,
        indicators: [Int] = [1, 5],
        groups: [Int] = [1, 2, 3, 4],
        introduction: String = "Khóa học dành cho mọi người dân.",
        lessons: [(title: String, body: String)] = [
            ("Nhận diện chiêu lừa", "Kẻ gian giả danh công an gọi điện."),
            ("Bảo vệ tài khoản", "Không bao giờ đọc mã OTP cho người khác."),
        ]
    ) -> Course {
        Course(
            slug: slug, title: title, field: field, summary: summary, hours: hours,
            indicators: indicators, groups: groups.compactMap(TargetGroup.init(number:)),
            introduction: MarkdownRenderer.render(introduction),
            lessons: lessons.enumerated().map { offset, lesson in
                Lesson(number: offset + 1, title: lesson.title, minutes: 30, content: MarkdownRenderer.render(lesson.body))
            })
    }
}

extension Request {
    /// A GET request for a path with an optional query string (`a=1&b=2`), as the server would decode it.
    public static func make(
        _ method: String = "GET", _ path: String = "/", query: String = "",
        headers: [String: String] = [:], body: String = ""
    ) -> Request {
        Request(method: method, path: path, query: FormDecoder.decode(Array(query.utf8)) ?? [],
                headers: Dictionary(uniqueKeysWithValues: headers.map { ($0.key.lowercased(), $0.value) }),
                body: Array(body.utf8), clientAddress: "127.0.0.1")
    }
}

/// A folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    // @unchecked: the path is immutable; the folder is used by one test at a time.
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "hoctap-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a UTF-8 file at a path relative to the folder, creating folders on the way.
    public func write(_ relative: String, _ text: String) {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }

    public func file(_ relative: String) -> String { path + "/" + relative }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension AppDatabase {
    /// A migrated database in a fresh file (real SQLite, WAL), with its folder.
    /// Drops the search index so that searching fails: lets tests see how a database fault
    /// reaches a resident (the 500 page).
    public func breakSearchIndexForTesting() throws {
        try writer.write { try $0.execute(sql: "DROP TABLE course_search") }
    }

    public static func temporary() throws -> (AppDatabase, TemporaryDirectory) {
        let directory = TemporaryDirectory()
        return (try AppDatabase.open(path: directory.file("test.sqlite")), directory)
    }
}

/// Paths of the repository, for tests that use the shipped `Course/` and `Public/`.
public enum Repository {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()
    public static var courses: String { root + "/Course" }
    public static var publicFiles: String { root + "/Public" }
}
