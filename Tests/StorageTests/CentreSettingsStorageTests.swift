import Domain
import Storage
import Testing
import TestSupport

@Suite struct CentreSettingsStorageTests {
    @Test func savedSettingsReplaceTheOldOnesAndAreAudited() throws {
        let (database, _) = try AppDatabase.temporary()
        let admin = try database.createPerson(NewPerson(phone: PhoneNumber("0900000001")!, fullName: "Quản Trị", role: .admin,
                                                        passwordHash: nil), now: 0)
        let actor = Actor(personID: admin.id, address: "10.0.0.9", now: 900)
        #expect(try database.centreSettings() == nil)

        let first = CentreSettings(communeName: "Xã Đức Trọng", centreName: "TTHTCĐ xã Đức Trọng", address: "Thôn Bắc Sơn",
                                   phone: PhoneNumber("02633822456"), director: "Nguyễn Văn Đức")
        try database.saveCentreSettings(first, by: actor)
        #expect(try database.centreSettings() == first)
        let second = CentreSettings(communeName: "Xã Tân Hà", centreName: "Trung tâm học tập số Tân Hà")
        try database.saveCentreSettings(second, by: actor)
        #expect(try database.centreSettings() == second)

        let entries = try database.auditEntries(entity: "centre")
        #expect(entries.map(\.action) == ["update", "update"])
        #expect(entries[1].before == nil)
        #expect(entries[0].before?["ten_trung_tam"] == "TTHTCĐ xã Đức Trọng" && entries[0].before?["dien_thoai"] == "02633822456")
        #expect(entries[0].after?["ten_xa"] == "Xã Tân Hà" && entries[0].after?["dien_thoai"] == "")
        #expect(entries[0].actorName == "Quản Trị")
    }
}
