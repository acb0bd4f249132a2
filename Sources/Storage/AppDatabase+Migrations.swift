import GRDB

extension AppDatabase {
    /// The schema's history. Append-only: a migration that has shipped is never edited;
    /// a change is a new migration with a new name.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-22-course-search") { db in
            // Courses live in Course/ files; this index is rebuilt from them at every start.
            // The text columns hold folded text (see TextFolding), so "doi" finds "đời".
            try db.execute(sql: """
                CREATE VIRTUAL TABLE course_search USING fts5(
                    course_slug UNINDEXED,
                    lesson_number UNINDEXED,
                    title,
                    body,
                    tokenize = 'unicode61 remove_diacritics 2'
                )
                """)
        }
        return migrator
    }()
}
