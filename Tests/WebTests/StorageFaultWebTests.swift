import Domain
import GRDB
import MicroHTTP
@testable import Storage
import Testing
import TestSupport

/// When the database cannot take writes (here: the server's own writer connection made
/// read-only with `PRAGMA query_only`, which fails writes with SQLITE_READONLY as a read-only
/// file would), a write gets a Vietnamese "not saved" page, reads keep working, the log says
/// why without a line per request, and writes work again as soon as the database does.
/// The full disk, on a real small file system, is `Tests/Benchmarks/disk_faults.py`.
@Suite struct StorageFaultWebTests {
    static func setReadOnly(_ database: AppDatabase, _ readOnly: Bool) throws {
        try database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = \(readOnly ? "ON" : "OFF")") }
    }

    @Test func aReadOnlyDatabaseRefusesWritesWithAPageKeepsServingReadsAndRecovers() throws {
        let log = CapturedLog()
        let app = try TestApp(log: log)
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let (id, _) = try ClassWebTests.openClass(app, staff: staff)
        let resident = try Visit.signedIn(as: .resident, in: app, phone: "0912000001", name: "Người Một")
        resident.get("/lop/\(id)")
        try Self.setReadOnly(app.database, true)

        let refused = resident.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        #expect(refused.status == 507)
        #expect(refused.header("Retry-After") == "60")
        #expect(refused.text.contains("<h1>Chưa lưu được dữ liệu</h1>"))
        #expect(refused.text.contains("những gì bạn vừa gửi chưa được lưu"))
        #expect(try app.database.enrolmentCounts(classID: id) == (0, 0))

        // One line names the cause; the next refusals within the minute are counted, not logged.
        staff.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        resident.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        var faultLines = log.messages.filter { $0.contains("không lưu được dữ liệu") }
        #expect(faultLines.count == 1)
        #expect(faultLines.first?.hasPrefix("critical ") == true)
        #expect(faultLines.first?.contains("SQLITE_READONLY") == true)
        #expect(faultLines.first?.contains("POST /lop/\(id)/dang-ky") == true)
        app.clock.advance(by: 61)
        resident.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        faultLines = log.messages.filter { $0.contains("không lưu được dữ liệu") }
        #expect(faultLines.count == 2)
        #expect(faultLines.last?.contains("+2 lần") == true)

        // Reads go on, for visitors and for a signed-in resident whose session is due for its
        // "last seen" update (a minute has passed), which is skipped rather than failing the page.
        #expect(Visit(app).get("/lop/\(id)").status == 200)
        #expect(Visit(app).get("/").status == 200)
        let own = resident.get("/ca-nhan")
        #expect(own.status == 200 && own.text.contains("Người Một"))
        #expect(log.messages.filter { $0.contains("không lưu được dữ liệu") }.count == 2)

        try Self.setReadOnly(app.database, false)
        let saved = resident.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        #expect(saved.status == 200 && saved.text.contains("Bạn đã có chỗ trong lớp này."))
        #expect(try app.database.enrolmentCounts(classID: id) == (1, 0))
    }

    @Test func theNotSavedPageIsInEnglishForEnglishReaders() throws {
        let app = try TestApp()
        let staff = try Visit.signedIn(as: .staff, in: app, phone: "0987000111")
        let (id, _) = try ClassWebTests.openClass(app, staff: staff)
        try Self.setReadOnly(app.database, true)
        #expect(staff.get("/ngon-ngu/en", query: "ve=%2F").status == 303)
        let refused = staff.post("/lop/\(id)/dang-ky", [("action", "enrol")])
        #expect(refused.status == 507)
        #expect(refused.text.contains("<h1>Not saved</h1>"))
        #expect(refused.text.contains("what you just sent was not saved"))
    }
}
