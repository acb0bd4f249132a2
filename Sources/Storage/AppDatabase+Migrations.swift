import Domain
import GRDB

extension AppDatabase {
    /// The schema's history. Append-only: a migration that has shipped is never edited;
    /// a change is a new migration with a new name, appended to the last group.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        registerPeopleMigrations(&migrator)
        registerClassMigrations(&migrator)
        registerCitizenMigrations(&migrator)
        return migrator
    }()
}
