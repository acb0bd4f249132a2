import Domain
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
        migrator.registerMigration("2026-11-22-classes") { db in
            try db.execute(sql: """
                -- A class of a library course (course_slug) or a one-off topic session (course_slug NULL).
                CREATE TABLE course_class (
                    id INTEGER PRIMARY KEY,
                    course_slug TEXT,
                    title TEXT NOT NULL,
                    folded_title TEXT NOT NULL,
                    field TEXT NOT NULL,
                    venue_kind TEXT NOT NULL,
                    venue_name TEXT NOT NULL DEFAULT '',
                    venue_link TEXT NOT NULL DEFAULT '',
                    village_id INTEGER REFERENCES village(id) ON DELETE SET NULL,
                    instructor_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    guest_instructor TEXT NOT NULL DEFAULT '',
                    partner TEXT NOT NULL DEFAULT '',
                    capacity INTEGER NOT NULL CHECK (capacity > 0),
                    enrol_opens_at INTEGER,
                    enrol_closes_at INTEGER,
                    target_groups TEXT NOT NULL DEFAULT '1,2,3,4',
                    points_per_session INTEGER NOT NULL DEFAULT 0 CHECK (points_per_session >= 0),
                    summary TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL
                );
                CREATE TABLE class_session (
                    id INTEGER PRIMARY KEY,
                    class_id INTEGER NOT NULL REFERENCES course_class(id) ON DELETE CASCADE,
                    starts_at INTEGER NOT NULL,
                    ends_at INTEGER NOT NULL,
                    cancelled INTEGER NOT NULL DEFAULT 0,
                    -- Bumped when the session moves or is cancelled (iCalendar SEQUENCE).
                    sequence INTEGER NOT NULL DEFAULT 0,
                    updated_at INTEGER NOT NULL,
                    CHECK (ends_at > starts_at)
                );
                CREATE INDEX class_session_start ON class_session(starts_at);
                CREATE INDEX class_session_class ON class_session(class_id, starts_at);
                -- A seat or a place on the waiting list; position is the order of arrival.
                CREATE TABLE enrolment (
                    class_id INTEGER NOT NULL REFERENCES course_class(id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    status TEXT NOT NULL CHECK (status IN ('enrolled', 'waiting')),
                    position INTEGER NOT NULL,
                    enrolled_at INTEGER NOT NULL,
                    registered_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    -- When a place freed up and this person moved from the waiting list to a seat.
                    promoted_at INTEGER,
                    PRIMARY KEY (class_id, person_id)
                );
                CREATE INDEX enrolment_waiting ON enrolment(class_id, status, position);
                CREATE INDEX enrolment_person ON enrolment(person_id);
                """)
        }
        migrator.registerMigration("2026-11-22-attendance") { db in
            try db.execute(sql: """
                -- One status per person and session, however many times it is submitted.
                CREATE TABLE attendance (
                    session_id INTEGER NOT NULL REFERENCES class_session(id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    status TEXT NOT NULL CHECK (status IN ('co-mat', 'di-muon', 'vang-co-phep', 'vang')),
                    source TEXT NOT NULL CHECK (source IN ('roll-call', 'check-in', 'paper')),
                    recorded_at INTEGER NOT NULL,
                    recorded_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    PRIMARY KEY (session_id, person_id)
                );
                CREATE INDEX attendance_person ON attendance(person_id);
                -- The secret behind a session's rotating check-in codes.
                CREATE TABLE session_check_in (
                    session_id INTEGER PRIMARY KEY REFERENCES class_session(id) ON DELETE CASCADE,
                    secret TEXT NOT NULL
                );
                -- The published points rule: the share of a session's points each status earns.
                CREATE TABLE points_rule (
                    status TEXT PRIMARY KEY,
                    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100)
                );
                """)
        }
        migrator.registerMigration("2026-11-22-calendar-feeds") { db in
            try db.execute(sql: """
                -- A resident's private calendar feed: only the digest of its secret address is kept.
                CREATE TABLE calendar_feed (
                    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
                    token_digest TEXT NOT NULL UNIQUE,
                    created_at INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("2026-11-22-week") { db in
            try db.execute(sql: """
                -- A year's Lifelong Learning Week: its dates and theme are data (the Week moved in 2023).
                CREATE TABLE week_edition (
                    year INTEGER PRIMARY KEY,
                    starts_on TEXT NOT NULL,
                    ends_on TEXT NOT NULL,
                    theme TEXT NOT NULL,
                    -- Set while the theme is last year's, waiting for the Ministry's new one.
                    theme_is_placeholder INTEGER NOT NULL DEFAULT 0,
                    slogan TEXT NOT NULL DEFAULT '',
                    description TEXT NOT NULL DEFAULT ''
                );
                -- An event of the Week is a class with one session, so registration, the waiting
                -- list, check-in, attendance and points work for it unchanged.
                ALTER TABLE course_class ADD COLUMN edition_year INTEGER REFERENCES week_edition(year) ON DELETE SET NULL;
                ALTER TABLE course_class ADD COLUMN event_type TEXT;
                ALTER TABLE course_class ADD COLUMN organiser TEXT NOT NULL DEFAULT '';
                ALTER TABLE course_class ADD COLUMN audience TEXT NOT NULL DEFAULT '';
                -- The learning-citizen indicators the event supports, as "1,3".
                ALTER TABLE course_class ADD COLUMN indicators TEXT NOT NULL DEFAULT '';
                -- Markdown, for events; classes keep their short summary.
                ALTER TABLE course_class ADD COLUMN description TEXT NOT NULL DEFAULT '';
                -- Whether residents register; an open event (a book fair) only checks people in.
                ALTER TABLE course_class ADD COLUMN takes_registration INTEGER NOT NULL DEFAULT 1;
                CREATE INDEX course_class_edition ON course_class(edition_year);
                """)
        }
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
        return migrator
    }()
}
