import ArgumentParser
import Foundation
import Logging
import MicroHTTP
import Storage
import Web
#if canImport(Glibc)
import Glibc
#endif

/// Start-up and shutdown of the server process.
enum Application {
    static func run(_ configuration: Configuration) throws {
        let logger = Logger(label: "hoctap")
        let started = ContinuousClock.now

        // Block the stop signals before any thread starts, so that every thread inherits the
        // mask and only sigwait below receives them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)

        let library: CourseLibrary
        do {
            library = try CourseLibrary.load(from: configuration.coursesDirectory)
        } catch {
            logger.critical("không khởi động được: lỗi nội dung khóa học — \(error.description)")
            throw ExitCode.failure
        }
        let database = try AppDatabase.openForServing(path: configuration.databasePath)
        if database.isReadOnly {
            // Better to serve the schedule and courses than to be down: writes get a "not
            // saved" page until the file can be written, then the server switches back by itself.
            logger.critical("""
                cơ sở dữ liệu \(configuration.databasePath) chỉ cho đọc: vẫn phục vụ các trang, từ chối ghi; \
                tìm kiếm dùng mục lục khóa học đã lưu — the database is read-only: serving pages, refusing writes
                """)
        } else {
            try database.replaceCourseIndex(with: library.courses)
            if configuration.demo, try database.loadDemoData(now: Int64(Date().timeIntervalSince1970)) {
                logger.notice("chế độ trình diễn: đã thêm các thôn mẫu (demo villages added)")
            }
        }
        let responder = try makeResponder(configuration: configuration.web, database: database, library: library)
        let server = try HTTPServer(configuration: configuration.server, logger: Logger(label: "hoctap.http"),
                                    errorResponse: makeErrorResponder(configuration: configuration.web, database: database),
                                    responder: responder)
        let elapsed = ContinuousClock.now - started
        logger.notice("""
            HocTap đang chạy tại http://\(configuration.server.host):\(server.port)/ — \
            \(library.courses.count) khóa học, cơ sở dữ liệu \(configuration.databasePath)\
            \(configuration.demo ? ", chế độ trình diễn" : ""), khởi động \(elapsed.formatted(.units(allowed: [.milliseconds])))
            """)

        var received: Int32 = 0
        sigwait(&signals, &received)
        logger.notice("nhận tín hiệu \(received == SIGINT ? "SIGINT" : "SIGTERM"), đang dừng… (stopping)")
        server.stop()
        logger.notice("đã dừng (stopped)")
    }
}
