#!/usr/bin/env python3
"""Data for the schedule and write rows of the benchmark, straight into SQLite.

  bench_data.py seed DB --tokens FILE [--residents 200000] [--courses Course] [--now T]
  bench_data.py codes SECRET SESSION_ID STEPS   check-in codes from the current minute on
  bench_data.py count DB rollcall|checkin SESSION_ID

`seed` runs against a database whose schema exists (the server made it at start-up) and
prints shell assignments (KEY=value) for run.sh to source. Why SQL rather than HTTP: a
resident signing up over HTTP costs an argon2id hash (64 MiB, about a second on two cores),
so 200,000 of them would take days. Nobody here needs a password: the script stores a
session row per person (the SHA-256 hex digest of a token it made, as SecretToken.digest
keeps it) and hands the tokens to wrk as `hoctap_session` cookies.

What it adds (deterministic for a fixed --seed, apart from the times, which follow --now):
  - 12 villages, 8 instructors and one staff member (who takes the roll call);
  - RESIDENTS residents, each signed in (created a day ago, last seen an hour ago, so the
    first request of each refreshes last_seen_at, as a resident's phone would after a while);
  - 40 classes of the real courses, each with 2 sessions a week for the 8 weeks from tomorrow
    (Vietnam time), 25 seats taken each: /lich shows one of those weeks at a time, ~80 sessions;
  - one more session of class 1 that began 5 minutes ago and runs 3 hours, open for self
    check-in, with a check-in secret the script knows so it can compute the codes itself.
    Regular sessions start tomorrow at the earliest, so this is the only session open for
    check-in whatever the time of day: a check-in's cost does not depend on when you run it;
  - the 2026 Lifelong Learning Week (1–7 October, bench_week.py): 15 events, one session
    each, in the venues a commune uses. Its dates are fixed, so /lich (the week of today)
    shows its events only in those two weeks: /lich?tuan=2026-09-28 and ?tuan=2026-10-05.
"""

import argparse
import hashlib
import random
import sqlite3
import sys
import time
import unicodedata
from pathlib import Path

import bench_week

VIETNAM_OFFSET = 7 * 3600  # DateText.offsetSeconds: Asia/Ho_Chi_Minh, no DST
CHECKIN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # CheckInCode.alphabet
ROLLCALL_PEOPLE = 1000  # residents one roll-call wrk run cycles through (see rollcall.lua)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Hà", "Lò", "Vi", "Triệu"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thu", "Xuân", "Kim", "Công"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hoa", "Hùng", "Hương",
         "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngọc", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
         "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"]
VILLAGES = ["Đông", "Tây", "Nam Sơn", "Bắc Sơn", "Trung", "Hạ", "Thượng", "Tân Lập", "Đồng Tâm", "Khe Lim",
            "Nà Pàn", "Bản Mới"]
FIELDS = ["nong-nghiep", "phap-luat", "suc-khoe", "ky-nang-so", "van-hoa", "ngoai-ngu", "nghe", "ky-nang-song"]
# (hour, minute, length in minutes): morning, afternoon and evening classes, as at a commune hall.
SLOTS = [(7, 30, 90), (9, 30, 90), (14, 0, 120), (16, 0, 90), (19, 30, 90)]


def fold(text: str) -> str:
    """TextFolding.fold for Vietnamese names: lower case, no diacritics, đ → d, spaces kept."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def sort_key(full_name: str) -> str:
    """PersonName.sortKey: the given name (last word), a U+0001, then the full name, folded."""
    return fold(full_name.split()[-1]) + "\x01" + fold(full_name)


def start_of_day(now: int) -> int:
    """DateText.startOfDay: local midnight in Vietnam."""
    return (now + VIETNAM_OFFSET) // 86400 * 86400 - VIETNAM_OFFSET


def course_titles(folder: Path) -> list[tuple[str, str, str]]:
    """(slug, title, field) of the real courses, so class titles read like the real ones."""
    found = []
    for course in sorted(folder.glob("*/course.md")):
        head = dict(line.split(":", 1) for line in course.read_text(encoding="utf-8").split("\n---")[0].splitlines()
                    if ":" in line and not line.startswith(" "))
        found.append((course.parent.name, head.get("title", course.parent.name).strip(),
                      head.get("field", "ky-nang-song").strip()))
    return found or [("", "Sinh hoạt chuyên đề", "ky-nang-song")]


def seed(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    now = args.now or int(time.time())
    db = sqlite3.connect(args.database, timeout=30)
    db.execute("PRAGMA foreign_keys = ON")
    try:
        people = db.execute("SELECT COUNT(*) FROM person").fetchone()[0]
    except sqlite3.OperationalError:
        sys.exit(f"bench_data: {args.database} has no schema yet (start the server on it or run `hoctap migrate`)")
    append = getattr(args, "append", False)
    if people and not append:
        sys.exit("bench_data: the database already holds people; seed a fresh one (or --append to a generated commune)")
    if append and not people:
        sys.exit("bench_data: --append needs a commune made by `hoctap demo-data` in the database")

    def token() -> tuple[str, str]:
        value = rng.randbytes(32).hex()  # SecretToken.make: 64 lower-case hex characters
        return value, hashlib.sha256(value.encode()).hexdigest()  # SecretToken.digest

    def name() -> str:
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"

    person_sql = """INSERT INTO person (id, phone, full_name, folded_name, sort_key, birth_year, sex, village_id,
                    target_group, role, consent_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
    session_sql = "INSERT INTO session (token_digest, person_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)"

    with db:  # one transaction: seconds, not minutes
        if append:
            # A generated commune (`hoctap demo-data`): its villages, instructors and residents,
            # with their years of history, are the people the benchmark signs in as.
            villages = [row for row in db.execute("SELECT id, kind || ' ' || name FROM village ORDER BY id")]
            instructors = [row[0] for row in db.execute("SELECT id FROM person WHERE role = 'instructor' ORDER BY id")]
            staff_id = db.execute("SELECT MAX(id) FROM person").fetchone()[0] + 1
            resident_ids = [row[0] for row in db.execute(
                "SELECT id FROM person WHERE role = 'resident' ORDER BY id LIMIT ?", (args.residents,))]
            full = "Cán bộ Đo Tải"
            db.execute(person_sql, (staff_id, "0800000000", full, fold(full), sort_key(full), 1980, "nu", villages[0][0],
                                    3, "staff", now, now))
        else:
            # Names without the kind: pages put "thôn" in front themselves.
            db.executemany("INSERT INTO village (id, name) VALUES (?, ?)", list(enumerate(VILLAGES, 1)))
            villages = [(i, f"thôn {v}") for i, v in enumerate(VILLAGES, 1)]
            # Staff (id 1) and instructors (2–9) first, so residents are a contiguous id range.
            staff_id, instructors = 1, list(range(2, 10))
            staff = [(1, "staff", "Cán bộ Trung tâm")] + [(i, "instructor", name()) for i in instructors]
            for pid, role, full in staff:
                db.execute(person_sql, (pid, f"08{pid:08d}", full, fold(full), sort_key(full), 1980, "nu", 1, 3, role, now, now))
            resident_ids = list(range(10, 10 + args.residents))
            residents = []
            for offset, pid in enumerate(resident_ids):
                full = name()
                residents.append((pid, f"09{offset:08d}", full, fold(full), sort_key(full), rng.randint(1950, 2008),
                                  rng.choice(["nam", "nu"]), rng.randint(1, len(VILLAGES)), rng.randint(1, 4),
                                  "resident", now - 86400, now - 86400))
            db.executemany(person_sql, residents)
        staff_token, staff_digest = token()
        db.execute(session_sql, (staff_digest, staff_id, now - 3600, now - 3600))
        first_resident = resident_ids[0]
        tokens = [(*token(), pid) for pid in resident_ids]
        db.executemany(session_sql, [(digest, pid, now - 86400, now - 3600) for _, digest, pid in tokens])
        # The resident whose own pages are measured: the one with the longest history (on a
        # fresh database nobody has one yet, so the first).
        busiest = db.execute("""SELECT person_id FROM attendance GROUP BY person_id
                                ORDER BY COUNT(*) DESC, person_id LIMIT 1""").fetchone()
        resident_token, resident_digest = token()
        db.execute(session_sql, (resident_digest, busiest[0] if busiest else first_resident, now - 86400, now - 3600))

        # 40 classes, 2 sessions a week on fixed weekdays, for 8 weeks from tomorrow.
        courses = course_titles(args.courses)
        today = start_of_day(now)
        sessions = []
        first_class = (db.execute("SELECT MAX(id) FROM course_class").fetchone()[0] or 0) + 1
        for class_id in range(first_class, first_class + args.classes):
            slug, title, field = courses[(class_id - 1) % len(courses)]
            if class_id > len(courses):
                title = f"{title} (lớp {class_id})"
            village, village_name = villages[rng.randint(1, len(villages)) - 1]
            hall = class_id % 3 != 0
            db.execute("""INSERT INTO course_class (id, course_slug, title, folded_title, field, venue_kind, venue_name,
                          village_id, instructor_id, capacity, points_per_session, summary, created_at)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                       (class_id, slug or None, title, fold(title), field if field in FIELDS else "ky-nang-song",
                        "nha-van-hoa" if hall else "trung-tam",
                        f"Nhà văn hóa {village_name}" if hall else "", village,
                        instructors[class_id % len(instructors)], 40, rng.choice([0, 5, 10]), "", now - 30 * 86400))
            weekdays = {class_id % 7, (class_id + 3) % 7}
            hour, minute, length = SLOTS[class_id % len(SLOTS)]
            for day in range(1, 8 * 7 + 1):
                midnight = today + day * 86400
                if (midnight + VIETNAM_OFFSET) // 86400 % 7 in weekdays:
                    starts = midnight + hour * 3600 + minute * 60
                    cancelled = 1 if rng.random() < 0.02 else 0
                    sessions.append((class_id, starts, starts + length * 60, cancelled, now))
            seats = rng.sample(resident_ids, min(25, len(resident_ids)))
            db.executemany("""INSERT INTO enrolment (class_id, person_id, status, position, enrolled_at)
                              VALUES (?, ?, 'enrolled', ?, ?)""",
                           [(class_id, pid, pos, now - 7 * 86400) for pos, pid in enumerate(seats, 1)])
        db.executemany("""INSERT INTO class_session (class_id, starts_at, ends_at, cancelled, updated_at)
                          VALUES (?, ?, ?, ?, ?)""", sessions)
        # The roll call is taken on the first class's first regular session (the handler does not check the time).
        rollcall_session = db.execute("SELECT MIN(id) FROM class_session WHERE class_id = ?", (first_class,)).fetchone()[0]
        # The roll-call page that is measured: the class's next session, which the saves leave alone.
        rollcall_view_session = db.execute("SELECT MIN(id) FROM class_session WHERE class_id = ? AND id > ?",
                                           (first_class, rollcall_session)).fetchone()[0]

        # The session residents check in to: open now, and for the next 3 hours.
        checkin_session = db.execute("""INSERT INTO class_session (class_id, starts_at, ends_at, updated_at)
                                        VALUES (?, ?, ?, ?)""", (first_class, now - 300, now + 3 * 3600, now)).lastrowid
        secret = rng.randbytes(32).hex()
        db.execute("INSERT INTO session_check_in (session_id, secret) VALUES (?, ?)", (checkin_session, secret))
        # A generated commune has its own 2026 Week: its first event stands for the Week's rows.
        generated_week = db.execute("SELECT MIN(id) FROM course_class WHERE edition_year = ?",
                                    (bench_week.YEAR,)).fetchone()[0]
        if append and not generated_week:
            sys.exit(f"bench_data: the commune has no {bench_week.YEAR} Week; generate it with --last-year {bench_week.YEAR}")
        week_event = generated_week or bench_week.seed(
            db, rng, first_id=first_class + args.classes, now=now, utc_offset=VIETNAM_OFFSET,
            residents=resident_ids, villages=VILLAGES, fold=fold)
        week_events = db.execute("SELECT COUNT(*) FROM course_class WHERE edition_year = ?", (bench_week.YEAR,)).fetchone()[0]
    # Closed here, not left to the garbage collector: callers may remount or delete the folder.
    db.close()

    with open(args.tokens, "w") as out:
        out.writelines(f"{value}\n" for value, _, _ in tokens)

    assignments = {
        "STAFF_TOKEN": staff_token,
        "RESIDENT_TOKEN": resident_token,
        "ADMIN_CLASS": first_class,
        "CSRF_TOKEN": rng.randbytes(32).hex(),  # any 64 characters: the cookie and the field must only agree
        "ROLLCALL_SESSION": rollcall_session,
        "ROLLCALL_VIEW_SESSION": rollcall_view_session,
        "ROLLCALL_FIRST_PERSON": first_resident,
        "ROLLCALL_PEOPLE": min(ROLLCALL_PEOPLE, len(resident_ids)),
        # Each roll-call wrk run takes the next group of ROLLCALL_PEOPLE residents (see run.sh).
        "ROLLCALL_GROUPS": max(len(resident_ids) // ROLLCALL_PEOPLE, 1),
        "ROLLCALL_PROBE_PERSON": staff_id,  # outside the roll-call pool: the pre-flight check marks them
        "CHECKIN_SESSION": checkin_session,
        "CHECKIN_SECRET": secret,
        "SEEDED_RESIDENTS": len(resident_ids),
        "SEEDED_CLASSES": args.classes,
        "SEEDED_SESSIONS": len(sessions) + 1,
        "WEEK_EVENT": week_event,
        "SEEDED_EVENTS": week_events,
    }
    for key, value in assignments.items():
        print(f"{key}={value}")


def code(secret: bytes, session_id: int, step: int) -> str:
    """CheckInCode.code: BLAKE2b-128 keyed with the secret over a label and two big-endian
    64-bit numbers; the first 8 bytes, big-endian, written as 6 base-31 digits, lowest first."""
    message = b"hoctap check-in" + session_id.to_bytes(8, "big", signed=True) + step.to_bytes(8, "big", signed=True)
    value = int.from_bytes(hashlib.blake2b(message, key=secret, digest_size=16).digest()[:8], "big")
    letters = []
    for _ in range(6):
        letters.append(CHECKIN_ALPHABET[value % 31])
        value //= 31
    return "".join(letters)


def codes(args: argparse.Namespace) -> None:
    """Prints `FIRST_STEP CODE,CODE,…`: the codes of this minute and the next STEPS - 1, so
    checkin.lua can pick the current one however long wrk runs (a code lives 2–3 minutes)."""
    first = int(time.time()) // 60  # CheckInCode.step, period 60 s
    secret = bytes.fromhex(args.secret)
    print(first, ",".join(code(secret, args.session, first + i) for i in range(args.steps)))


def count(args: argparse.Namespace) -> None:
    """Rows the write load has produced so far. Roll call: attendance rows plus the audit rows
    of changed statuses (a first mark inserts, a change updates and audits). Check-in:
    attendance rows of the session (a check-in only ever inserts)."""
    db = sqlite3.connect(args.database, timeout=30)
    if args.kind == "rollcall":
        sql = """SELECT (SELECT COUNT(*) FROM attendance WHERE session_id = ?1)
                      + (SELECT COUNT(*) FROM audit_log WHERE entity = 'session' AND entity_id = ?1
                                                         AND action = 'attendance')"""
    else:
        sql = "SELECT COUNT(*) FROM attendance WHERE session_id = ?1"
    print(db.execute(sql, (args.session,)).fetchone()[0])


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("seed")
    p.add_argument("database")
    p.add_argument("--tokens", required=True, help="file to write the residents' session tokens to, one a line")
    p.add_argument("--residents", type=int, default=200_000)
    p.add_argument("--classes", type=int, default=40)
    p.add_argument("--courses", type=Path, default=here.parent.parent / "Course")
    p.add_argument("--now", type=int, default=0, help="unix seconds (default: the clock)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--append", action="store_true",
                   help="add to a commune made by `hoctap demo-data` (its residents are signed in) instead of a fresh database")
    p.set_defaults(run=seed)
    p = commands.add_parser("codes")
    p.add_argument("secret")
    p.add_argument("session", type=int)
    p.add_argument("steps", type=int)
    p.set_defaults(run=codes)
    p = commands.add_parser("count")
    p.add_argument("database")
    p.add_argument("kind", choices=["rollcall", "checkin"])
    p.add_argument("session", type=int)
    p.set_defaults(run=count)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
