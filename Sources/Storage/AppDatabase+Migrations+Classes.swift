import Domain
import GRDB

extension AppDatabase {
    /// Classes and sessions, enrolment, attendance, calendar feeds and the Lifelong Learning Week.
    /// Append-only, as every migration: a shipped one is never edited.
    static func registerClassMigrations(_ migrator: inout DatabaseMigrator) {
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
    }
}
