import Domain
import GRDB
@testable import Storage
import Testing
import TestSupport

/// A full disk, simulated on a real database file with SQLite's own size limit
/// (`PRAGMA max_page_count` on the writer connection, which fails a growing write with
/// SQLITE_FULL exactly as a full file system does). The real full file system is
/// `Tests/Benchmarks/disk_faults.py`.
@Suite struct StorageFaultTests {
    static func limitGrowth(_ database: AppDatabase, extraPages: Int) throws {
        try database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + extraPages)")
        }
    }

    @Test func aFullDiskIsNamedRollsTheWriteBackAndPassesWhenSpaceReturns() throws {
        let (database, _) = try AppDatabase.temporary()
        let staff = try database.createPerson(NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Cán Bộ", role: .staff,
                                                        passwordHash: "x"), now: 0)
        let actor = Actor(personID: staff.id, address: "10.0.0.7", now: 10_000)
        let upload = [UInt8](repeating: 0x41, count: 400_000)
        try Self.limitGrowth(database, extraPages: 2)

        #expect(throws: (any Error).self) { try database.stageImport(fileName: "lớn.csv", content: upload, by: actor) }
        do {
            _ = try database.stageImport(fileName: "lớn.csv", content: upload, by: actor)
        } catch {
            #expect(StorageFault(error) == .diskFull)
        }
        #expect(try database.pendingImport(id: 1, personID: staff.id) == nil)
        #expect(try database.integrityCheck() == "ok")
        #expect(try database.countPeople().values.reduce(0, +) == 1)

        try Self.limitGrowth(database, extraPages: 1_000)
        let id = try database.stageImport(fileName: "lớn.csv", content: upload, by: actor)
        #expect(try database.pendingImport(id: id, personID: staff.id)?.content.count == upload.count)
    }

    @Test func otherErrorsAreNotStorageFaults() throws {
        let (database, _) = try AppDatabase.temporary()
        do {
            try database.writer.write { try $0.execute(sql: "INSERT INTO no_such_table VALUES (1)") }
            Issue.record("the insert should have failed")
        } catch {
            #expect(StorageFault(error) == nil)
        }
        #expect(StorageFault(CancellationError()) == nil)
    }
}
