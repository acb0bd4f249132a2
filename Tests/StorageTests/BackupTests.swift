import Domain
import Foundation
import Storage
import Testing
import TestSupport

@Suite struct BackupTests {
    @Test func backupHoldsEveryRowAndOpensAsADatabase() throws {
        let (database, folder) = try AppDatabase.temporary()
        for index in 0..<50 {
            _ = try database.createPerson(NewPerson(phone: PhoneNumber("09100000\(String(format: "%02d", index))")!,
                                                    fullName: "Người \(index)", passwordHash: nil), now: Int64(index))
        }
        try database.createSession(tokenDigest: "x", personID: 1, now: 0)
        let path = folder.file("sao-luu.sqlite")
        try database.backup(to: path)
        let restored = try AppDatabase.open(path: path)
        #expect(try restored.rowCounts() == database.rowCounts())
        #expect(try restored.rowCounts()["person"] == 50)
        #expect(try restored.integrityCheck() == "ok")
        #expect(try restored.personForLogin(phone: PhoneNumber("0910000049")!)?.person.fullName == "Người 49")
    }

    @Test func backupWhileWritingIsConsistent() async throws {
        let (database, folder) = try AppDatabase.temporary()
        let writes = Task.detached {
            for index in 0..<200 {
                _ = try database.createPerson(NewPerson(phone: PhoneNumber("0920\(String(format: "%06d", index))")!,
                                                        fullName: "Ghi \(index)", passwordHash: nil), now: Int64(index))
            }
        }
        try await Task.sleep(for: .milliseconds(20))
        let path = folder.file("giua-chung.sqlite")
        let before = try database.rowCounts()["person"] ?? 0
        try database.backup(to: path)
        try await writes.value
        let copied = try AppDatabase.open(path: path)
        #expect(try copied.integrityCheck() == "ok")
        #expect(try copied.rowCounts()["person"]! >= before)
    }

    @Test func neverOverwritesAFile() throws {
        let (database, folder) = try AppDatabase.temporary()
        folder.write("co-roi.sqlite", "giữ nguyên")
        #expect(throws: BackupError.self) { try database.backup(to: folder.file("co-roi.sqlite")) }
        #expect(try String(contentsOfFile: folder.file("co-roi.sqlite"), encoding: .utf8) == "giữ nguyên")
    }
}
