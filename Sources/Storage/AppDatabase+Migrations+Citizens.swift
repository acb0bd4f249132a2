import Domain
import GRDB

extension AppDatabase {
    /// The learning record and its verification, report indexes, self-assessments and the Week banner.
    /// Append-only, as every migration: a shipped one is never edited.
    static func registerCitizenMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-22-record-verification") { db in
            try db.execute(sql: """
                -- The verification code of a printed learning record: only the digest of the code
                -- is kept. The name, centre and yearly figures are what the paper states, kept as
                -- issued so that a later change shows the paper is out of date.
                CREATE TABLE record_verification (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    code_digest TEXT NOT NULL UNIQUE,
                    holder_name TEXT NOT NULL,
                    centre_name TEXT NOT NULL,
                    issued_at INTEGER NOT NULL,
                    revoked_at INTEGER,
                    revoked_by INTEGER REFERENCES person(id) ON DELETE SET NULL
                );
                CREATE INDEX record_verification_person ON record_verification(person_id);
                -- One row per calendar year the record states.
                CREATE TABLE record_verification_year (
                    verification_id INTEGER NOT NULL REFERENCES record_verification(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    sessions INTEGER NOT NULL,
                    minutes INTEGER NOT NULL,
                    events INTEGER NOT NULL,
                    points INTEGER NOT NULL,
                    PRIMARY KEY (verification_id, year)
                );
                """)
        }
        migrator.registerMigration("2026-11-22-report-indexes") { db in
            // The commune report joins each session of its period to the attendance of people
            // present or late: with the status and the person in the index, that join reads the
            // index alone instead of one table row per attendance (the whole report on 500,000
            // attendance rows went from 1.2 s to 0.33 s).
            try db.execute(sql: "CREATE INDEX attendance_session_status ON attendance(session_id, status, person_id)")
        }
        migrator.registerMigration("2026-11-22-self-assessment") { db in
            try db.execute(sql: """
                -- The learning-citizen criteria of a year for a target group. A set that a
                -- self-assessment uses is frozen: an edit adds the next version instead.
                CREATE TABLE criteria_set (
                    id INTEGER PRIMARY KEY,
                    year INTEGER NOT NULL,
                    target_group INTEGER NOT NULL CHECK (target_group BETWEEN 1 AND 4),
                    version INTEGER NOT NULL CHECK (version >= 1),
                    pass_total INTEGER NOT NULL,
                    pass_minimum INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    UNIQUE (year, target_group, version)
                );
                CREATE TABLE criteria_indicator (
                    set_id INTEGER NOT NULL REFERENCES criteria_set(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    competency INTEGER NOT NULL,
                    competency_name TEXT NOT NULL,
                    text TEXT NOT NULL,
                    label TEXT NOT NULL,
                    max_points INTEGER NOT NULL CHECK (max_points > 0),
                    PRIMARY KEY (set_id, number)
                );
                -- A year's published evidence rules; a year without rows uses the standard ones.
                CREATE TABLE evidence_rule (
                    year INTEGER NOT NULL,
                    indicator INTEGER NOT NULL,
                    measure TEXT NOT NULL,
                    steps TEXT NOT NULL,
                    PRIMARY KEY (year, indicator)
                );
                CREATE TABLE self_assessment (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    year INTEGER NOT NULL,
                    criteria_id INTEGER NOT NULL REFERENCES criteria_set(id),
                    status TEXT NOT NULL CHECK (status IN ('nhap', 'da-nop', 'tra-lai', 'da-xac-nhan')),
                    -- Who last saved the scores when it was not the resident (assisted entry).
                    entered_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    submitted_at INTEGER,
                    reviewer_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    reviewed_at INTEGER,
                    review_confirmed INTEGER,
                    review_comment TEXT NOT NULL DEFAULT '',
                    national_submitted_on TEXT,
                    recognised INTEGER NOT NULL DEFAULT 0,
                    decision_number TEXT NOT NULL DEFAULT '',
                    decision_on TEXT,
                    decision_signer TEXT NOT NULL DEFAULT '',
                    -- Kept with every save so the commune's reports count without re-scoring.
                    total INTEGER NOT NULL DEFAULT 0,
                    passed INTEGER NOT NULL DEFAULT 0,
                    updated_at INTEGER NOT NULL,
                    UNIQUE (person_id, year)
                );
                CREATE INDEX self_assessment_year ON self_assessment(year, status);
                CREATE TABLE self_assessment_score (
                    assessment_id INTEGER NOT NULL REFERENCES self_assessment(id) ON DELETE CASCADE,
                    indicator INTEGER NOT NULL,
                    score INTEGER NOT NULL CHECK (score >= 0),
                    suggested INTEGER,
                    note TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (assessment_id, indicator)
                );
                """)
        }
        migrator.registerMigration("2026-11-22-week-banner") { db in
            try db.execute(sql: """
                -- A year's banner picture, checked to be PNG, JPEG or WebP before it is kept.
                CREATE TABLE week_banner (
                    year INTEGER PRIMARY KEY REFERENCES week_edition(year) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('png', 'jpeg', 'webp')),
                    bytes BLOB NOT NULL,
                    alt TEXT NOT NULL DEFAULT '',
                    updated_at INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("2026-11-23-record-verification-assessment") { db in
            try db.execute(sql: """
                -- The year's self-assessment as the printed record states it, kept like the other
                -- figures so that a later change shows the paper is out of date. A NULL status:
                -- the paper states no self-assessment for the year (every code issued before).
                ALTER TABLE record_verification_year ADD COLUMN assessment_status TEXT;
                ALTER TABLE record_verification_year ADD COLUMN assessment_total INTEGER;
                ALTER TABLE record_verification_year ADD COLUMN assessment_passed INTEGER;
                ALTER TABLE record_verification_year ADD COLUMN assessment_recognised INTEGER;
                ALTER TABLE record_verification_year ADD COLUMN assessment_decision_number TEXT;
                ALTER TABLE record_verification_year ADD COLUMN assessment_decision_on TEXT;
                """)
        }
        migrator.registerMigration("2026-11-24-staff-index") { db in
            try db.execute(sql: """
                -- Staff and instructors in list order, for every class form and page: without it
                -- SQLite walks all residents (tens of thousands) in name order to find a few dozen.
                CREATE INDEX person_staff ON person(sort_key, id) WHERE role != 'resident';
                """)
        }
        migrator.registerMigration("2026-11-24-session-ends-index") { db in
            try db.execute(sql: """
                -- The sessions open for check-in now: those ending from a few minutes ago on, a
                -- few hundred at most, where the start index would walk every past session.
                CREATE INDEX class_session_ends ON class_session(ends_at);
                """)
        }
    }
}
