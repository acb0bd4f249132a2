import Domain
import Foundation
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

/// A database opened read-only (as `openForServing` does when the file cannot be written)
/// refuses writes as a storage fault, and switches to the writable pool once the file can
/// be opened for writing, trying at most once per interval. The real read-only file system
/// is `Tests/Benchmarks/disk_faults.py`.
@Suite struct ReadOnlyDatabaseTests {
    @Test func aReadOnlyDatabaseRefusesWritesThenReopensWritable() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("hoctap.sqlite")
        _ = try AppDatabase.open(path: path)
        var configuration = Configuration()
        configuration.readonly = true
        let database = AppDatabase(writer: try DatabaseQueue(path: path, configuration: configuration), path: path, isReadOnly: true)
        let person = NewPerson(phone: PhoneNumber("0911000111")!, fullName: "Cán Bộ", role: .staff, passwordHash: "x")

        do {
            _ = try database.createPerson(person, now: 0)
            Issue.record("a read-only database took a write")
        } catch {
            #expect(StorageFault(error) == .readOnly)
        }
        #expect(try database.countPeople().values.reduce(0, +) == 0)

        #expect(database.reopenIfWritable(now: 1_000))
        #expect(!database.isReadOnly)
        _ = try database.createPerson(person, now: 0)
        #expect(try database.countPeople().values.reduce(0, +) == 1)
        #expect(try database.journalMode() == "wal")
    }

    @Test func reopeningIsTriedAtMostOncePerInterval() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("missing-folder/hoctap.sqlite")
        let (other, _) = try AppDatabase.temporary()
        // A path that cannot be opened (its folder does not exist), so every attempt fails.
        let database = AppDatabase(writer: other.writer, path: path, isReadOnly: true)
        #expect(!database.reopenIfWritable(now: 100))
        try FileManager.default.createDirectory(atPath: folder.file("missing-folder"), withIntermediateDirectories: true)
        #expect(!database.reopenIfWritable(now: 105))
        #expect(database.isReadOnly)
        #expect(database.reopenIfWritable(now: 110))
        #expect(!database.isReadOnly)
    }
}
