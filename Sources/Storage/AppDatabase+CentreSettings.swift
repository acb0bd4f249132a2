import Domain
import GRDB

extension AppDatabase {
    /// The keys of `centre_setting`, one per field.
    private enum SettingKey {
        static let communeName = "ten_xa"
        static let centreName = "ten_trung_tam"
        static let address = "dia_chi"
        static let phone = "dien_thoai"
        static let director = "giam_doc"
        static let all = [communeName, centreName, address, phone, director]
    }

    /// The settings an administrator saved, or nil when none were (the configuration's names apply).
    public func centreSettings() throws -> CentreSettings? {
        try writer.read { db in try AppDatabase.fetchCentreSettings(db) }
    }

    /// Saves the settings, replacing the old ones, with the change in the audit log.
    public func saveCentreSettings(_ settings: CentreSettings, by actor: Actor) throws {
        try writer.write { db in
            let old = try AppDatabase.fetchCentreSettings(db)
            let new = AppDatabase.fields(of: settings)
            for key in SettingKey.all {
                try db.execute(sql: "INSERT INTO centre_setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [key, new[key] ?? ""])
            }
            try AppDatabase.audit(db, actor: actor, entity: "centre", id: nil, action: "update",
                                  before: old.map(AppDatabase.fields(of:)), after: new)
        }
    }

    private static func fetchCentreSettings(_ db: Database) throws -> CentreSettings? {
        let values = Dictionary(uniqueKeysWithValues: try db.decodeAll("SELECT key, value FROM centre_setting", StatementArguments()) { ($0["key"] as String, $0["value"] as String) })
        guard let commune = values[SettingKey.communeName], let centre = values[SettingKey.centreName] else { return nil }
        return CentreSettings(communeName: commune, centreName: centre, address: values[SettingKey.address] ?? "",
                              phone: values[SettingKey.phone].flatMap(PhoneNumber.init), director: values[SettingKey.director] ?? "")
    }

    private static func fields(of settings: CentreSettings) -> [String: String] {
        [SettingKey.communeName: settings.communeName, SettingKey.centreName: settings.centreName,
         SettingKey.address: settings.address, SettingKey.phone: settings.phone?.digits ?? "",
         SettingKey.director: settings.director]
    }
}
