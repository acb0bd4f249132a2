import Domain
import GRDB

extension AppDatabase {
    /// The course index, people and accounts, the audit log, households, settings and imports.
    /// Append-only, as every migration: a shipped one is never edited.
    static func registerPeopleMigrations(_ migrator: inout DatabaseMigrator) {
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
        migrator.registerMigration("2026-11-22-people") { db in
            try db.execute(sql: """
                CREATE TABLE village (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL DEFAULT 'thôn',
                    former_names TEXT NOT NULL DEFAULT ''
                );
                -- Residents, instructors, staff and administrators: everyone signs in by phone.
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    phone TEXT NOT NULL UNIQUE,
                    full_name TEXT NOT NULL,
                    folded_name TEXT NOT NULL,
                    birth_year INTEGER,
                    sex TEXT CHECK (sex IN ('nam', 'nu', 'khac')),
                    village_id INTEGER REFERENCES village(id),
                    target_group INTEGER CHECK (target_group BETWEEN 1 AND 4),
                    role TEXT NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'instructor', 'staff', 'admin')),
                    password_hash TEXT,
                    consent_at INTEGER NOT NULL,
                    registered_by INTEGER REFERENCES person(id),
                    created_at INTEGER NOT NULL
                );
                -- Only the SHA-256 digest of the cookie's token is kept.
                CREATE TABLE session (
                    token_digest TEXT PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    last_seen_at INTEGER NOT NULL
                );
                CREATE INDEX session_person ON session(person_id);
                CREATE TABLE login_failure (
                    phone TEXT NOT NULL,
                    address TEXT NOT NULL,
                    at INTEGER NOT NULL
                );
                CREATE INDEX login_failure_phone ON login_failure(phone, at);
                CREATE INDEX login_failure_address ON login_failure(address, at);
                """)
        }
        migrator.registerMigration("2026-11-22-audit-log") { db in
            try db.execute(sql: """
                -- Every staff write: who, when, from where, what, before and after (personal fields masked).
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    actor_id INTEGER REFERENCES person(id),
                    address TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    entity_id INTEGER,
                    action TEXT NOT NULL,
                    before TEXT,
                    after TEXT
                );
                CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
                """)
        }
        migrator.registerMigration("2026-11-22-setup-codes") { db in
            try db.execute(sql: """
                -- One-time codes staff print for a resident to set a password (assisted
                -- registration, forgotten password). Only the digest is kept; one per person.
                CREATE TABLE setup_code (
                    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
                    code_digest TEXT NOT NULL,
                    expires_at INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("2026-11-22-person-sort-key") { db in
            // Lists sort people by given name (the last word), then full name, folded.
            try db.execute(sql: "ALTER TABLE person ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
            for row in try Row.fetchAll(db, sql: "SELECT id, full_name FROM person") {
                try db.execute(sql: "UPDATE person SET sort_key = ? WHERE id = ?",
                               arguments: [PersonName.sortKey(row["full_name"]), row["id"] as Int64])
            }
            try db.execute(sql: "CREATE INDEX person_sort ON person(sort_key)")
        }
        migrator.registerMigration("2026-11-22-households-settings-import") { db in
            try db.execute(sql: """
                -- A household (hộ gia đình) as the commune knows it: named by its head.
                CREATE TABLE household (
                    id INTEGER PRIMARY KEY,
                    head_name TEXT NOT NULL,
                    folded_head_name TEXT NOT NULL,
                    village_id INTEGER REFERENCES village(id),
                    address TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX household_village ON household(village_id, folded_head_name);
                -- household_head is what the resident wrote; household_id is the link staff confirmed.
                ALTER TABLE person ADD COLUMN household_id INTEGER REFERENCES household(id) ON DELETE SET NULL;
                ALTER TABLE person ADD COLUMN household_head TEXT NOT NULL DEFAULT '';
                ALTER TABLE person ADD COLUMN ethnicity TEXT NOT NULL DEFAULT '';
                -- The CCCD, only when the resident gave it (Decree 13/2023: collect only where needed).
                ALTER TABLE person ADD COLUMN citizen_id TEXT;
                CREATE INDEX person_household ON person(household_id);
                -- The centre's own facts (names, address, director) for headings and printouts.
                CREATE TABLE centre_setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                -- A CSV file uploaded for import, kept between the preview and the confirmation.
                CREATE TABLE pending_import (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    file_name TEXT NOT NULL,
                    content BLOB NOT NULL,
                    created_at INTEGER NOT NULL
                );
                """)
        }
    }
}
