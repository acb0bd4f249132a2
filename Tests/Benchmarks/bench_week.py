"""The 2026 Lifelong Learning Week the benchmark measures, seeded by bench_data.py: its
edition and 15 events, one session each, as AppDatabase+DemoWeek.swift lays out the demo's.

The server runs without --demo (the demo's Week comes with its own villages and people), so
the Week's pages are measured on this one. The dates are fixed, not tied to --now, so these
pages stay the same from one run to the next.
"""

import calendar
import random
import sqlite3
from collections.abc import Callable, Sequence

YEAR = 2026
HALL = ("khac", "Hội trường UBND xã")
SCHOOL = ("truong-hoc", "Trường Tiểu học xã")
CENTRE = ("trung-tam", "")
# (day of the Week, "HH:MM", minutes, title, EventType raw value, field, venue (kind, name)
# or the index of a village whose hall it is in, organiser, seats or None for an open event).
EVENTS = [
    (1, "07:30", 120, "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026", "le-khai-mac", "van-hoa", HALL,
     "UBND xã, Hội Khuyến học xã", None),
    (1, "09:30", 120, "Hội sách và đổi sách cũ", "hoi-sach", "van-hoa", CENTRE, "Thư viện xã", None),
    (1, "19:00", 120, "Cài đặt và dùng VNeID mức 2", "lop-ky-nang-so", "ky-nang-so", 0, "Đoàn Thanh niên xã", 40),
    (2, "08:00", 120, "Tọa đàm: Đọc sách cùng con", "toa-dam", "van-hoa", SCHOOL, "Hội Liên hiệp Phụ nữ xã", 60),
    (2, "14:00", 120, "Triển lãm ảnh “Xã ta học tập”", "trien-lam", "van-hoa", CENTRE, "Trung tâm học tập cộng đồng", None),
    (2, "19:00", 120, "Lớp miễn phí: Nuôi gà thả vườn an toàn sinh học", "lop-mien-phi", "nong-nghiep", 1, "Hội Nông dân xã", 30),
    (3, "08:00", 180, "Hội thi tìm hiểu pháp luật cho thanh niên", "hoi-thi", "phap-luat", HALL, "Công an xã", 80),
    (3, "19:00", 120, "Thanh toán không dùng tiền mặt an toàn", "lop-ky-nang-so", "ky-nang-so", 2, "Ngân hàng Chính sách xã hội", 40),
    (4, "08:00", 120, "Tọa đàm: Chăm sóc sức khỏe người cao tuổi", "toa-dam", "suc-khoe", ("khac", "Trạm y tế xã"),
     "Hội Người cao tuổi xã", 50),
    (4, "15:00", 120, "Lớp miễn phí: Sơ cứu đuối nước cho trẻ em", "lop-mien-phi", "suc-khoe", CENTRE, "Trạm y tế xã", 50),
    (5, "19:00", 120, "Tiếng Anh giao tiếp cơ bản cho thanh niên", "lop-mien-phi", "ngoai-ngu", SCHOOL, "Đoàn Thanh niên xã", 35),
    (6, "07:30", 210, "Hội thi “Gia đình học tập”", "hoi-thi", "van-hoa", 3, "Hội Khuyến học xã", 20),
    (6, "14:00", 120, "Làm thủ tục trên Cổng dịch vụ công", "lop-ky-nang-so", "ky-nang-so", 4, "Bộ phận một cửa UBND xã", 40),
    (7, "08:00", 120, "Tôn vinh gương học tập và trao giấy khen", "ton-vinh-guong-hoc-tap", "van-hoa", HALL, "UBND xã", None),
    (7, "10:00", 60, "Bế mạc và tổng kết Tuần lễ", "khac", "van-hoa", HALL, "UBND xã, Hội Khuyến học xã", None),
]
PAGE_EVENT = 3  # index of the event whose page run.sh measures: a talk that takes registration


def seed(db: sqlite3.Connection, rng: random.Random, *, first_id: int, now: int, utc_offset: int, residents: Sequence[int],
         villages: Sequence[str], fold: Callable[[str], str]) -> int:
    """The edition and its events as classes with ids from first_id on, half the seats of each
    event that takes registration taken by residents; returns the class id of PAGE_EVENT.
    villages: names of the village rows 1, 2, … (bench_data.VILLAGES); fold: TextFolding.fold."""
    db.execute("""INSERT INTO week_edition (year, starts_on, ends_on, theme, slogan, description)
                  VALUES (?, ?, ?, ?, ?, ?)""",
               (YEAR, f"{YEAR}-10-01", f"{YEAR}-10-07", "Học tập để phát triển bản thân, làm chủ tri thức và công nghệ",
                "Cả xã cùng học, nhà nhà học tập", "Chuỗi hoạt động hưởng ứng Tuần lễ học tập suốt đời của xã."))
    first_day = calendar.timegm((YEAR, 10, 1, 0, 0, 0)) - utc_offset  # local midnight of 1 October
    for offset, (day, start, minutes, title, kind, field, venue, organiser, seats) in enumerate(EVENTS):
        class_id = first_id + offset
        if isinstance(venue, int):
            venue_kind, venue_name, village = "nha-van-hoa", f"Nhà văn hóa thôn {villages[venue]}", venue + 1
        else:
            (venue_kind, venue_name), village = venue, None
        # Markdown, as staff write it: the event page renders it on every request.
        description = (f"**{organiser}** mời bà con tham gia. Mang theo căn cước công dân để điểm danh.\n\n"
                       "- Miễn phí, có nước uống\n- Người cao tuổi được xếp chỗ ngồi trước")
        db.execute("""INSERT INTO course_class (id, title, folded_title, field, venue_kind, venue_name, village_id, capacity,
                      points_per_session, created_at, edition_year, event_type, organiser, audience, indicators,
                      description, takes_registration) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, 'Mọi người dân', ?, ?, ?)""",
                   (class_id, title, fold(title), field, venue_kind, venue_name, village, seats or 500, now - 30 * 86400,
                    YEAR, kind, organiser, str(offset % 10 + 1), description, seats is not None))
        hour, minute = map(int, start.split(":"))
        starts = first_day + (day - 1) * 86400 + hour * 3600 + minute * 60
        db.execute("INSERT INTO class_session (class_id, starts_at, ends_at, updated_at) VALUES (?, ?, ?, ?)",
                   (class_id, starts, starts + minutes * 60, now))
        taken = rng.sample(residents, min((seats or 0) // 2, len(residents)))
        db.executemany("""INSERT INTO enrolment (class_id, person_id, status, position, enrolled_at)
                          VALUES (?, ?, 'enrolled', ?, ?)""",
                       [(class_id, pid, pos, now - 86400) for pos, pid in enumerate(taken, 1)])
    return first_id + PAGE_EVENT
