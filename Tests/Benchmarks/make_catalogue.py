#!/usr/bin/env python3
"""Builds a large course catalogue for the benchmark.

Copies every real course folder from Course/ into TARGET, then adds N synthetic courses
in exactly the format of Course/README.md (a folder named by the slug, `course.md` with
title/slug/field/summary/hours/indicators/groups/lessons front matter, lesson files with
title/minutes front matter and a Markdown body).

Why synthetic text is recombined from the real lessons rather than random words: search
cost depends on real vocabulary (how many documents hold "lừa đảo", how long the token
lists are), and Markdown rendering cost depends on real structure (headings, lists, bold,
tables). Recombining real sentences keeps both realistic while growing the catalogue
to the size of a busy centre after a few years.

Deterministic: the same seed and the same Course/ give byte-identical output, so two
benchmark runs measure the same catalogue.

Usage: make_catalogue.py TARGET [--count 500] [--source Course] [--seed 2026]
"""

import argparse
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

# The field codes of Course/README.md, in its order.
FIELDS = ["nong-nghiep", "phap-luat", "suc-khoe", "ky-nang-so",
          "van-hoa", "ngoai-ngu", "nghe", "ky-nang-song"]

# Words that open a synthetic course title, so titles read like real course names and
# stay distinct from the lesson titles they are built from.
TITLE_OPENINGS = ["Chuyên đề", "Bồi dưỡng", "Hướng dẫn thực hành", "Tìm hiểu",
                  "Lớp ngắn hạn", "Kiến thức cơ bản", "Học nhóm", "Sinh hoạt chuyên đề"]

LESSONS_PER_COURSE = 3
SUMMARY_LIMIT = 300  # CourseHeader.maxSummaryLength
SLUG_LIMIT = 80      # Slug.isValid


def fold(text: str) -> str:
    """Vietnamese text to an ASCII slug: strip diacritics, map đ to d, hyphenate."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def slug_of(text: str, limit: int) -> str:
    """A valid slug of at most `limit` bytes, cut at a hyphen when it has to be shortened."""
    slug = fold(text)
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug.strip("-") or "bai"


def split_front_matter(text: str) -> str:
    """The body after the closing `---` (the files are known-good: the server checks them)."""
    lines = text.split("\n")
    closing = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    return "\n".join(lines[closing + 1:])


def balanced(text: str) -> bool:
    """True when Markdown inline marks pair up, so a recombined sentence renders cleanly."""
    return (text.count("**") % 2 == 0 and text.count("`") % 2 == 0
            and text.count("[") == text.count("]") and text.count("(") == text.count(")")
            and text.count('"') % 2 == 0 and text.count("“") == text.count("”"))


class Corpus:
    """Sentences, list items, headings, tables and titles taken from the real courses."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.items: list[str] = []
        self.headings: list[str] = []
        self.tables: list[str] = []
        self.lesson_titles: list[str] = []

    def add_body(self, body: str) -> None:
        table: list[str] = []
        for raw in body.split("\n") + [""]:
            line = raw.strip()
            if line.startswith("|"):
                table.append(line)
                continue
            if table:
                if len(table) >= 3:
                    self.tables.append("\n".join(table))
                table = []
            if not line:
                continue
            if line.startswith("## "):
                self.headings.append(line[3:].strip())
            elif line.startswith("#"):
                continue
            elif re.match(r"^(-|\*|\d+\.)\s+", line):
                item = re.sub(r"^(-|\*|\d+\.)\s+", "", line)
                if balanced(item) and 15 <= len(item) <= 300:
                    self.items.append(item)
            else:
                # Sentence ends followed by a space; keeps "01/01/2025" and "2.000" intact.
                for sentence in re.split(r"(?<=[.!?])\s+", line):
                    sentence = sentence.strip()
                    if balanced(sentence) and 25 <= len(sentence) <= 400 and not sentence.endswith(":"):
                        self.sentences.append(sentence)


def read_corpus(courses: list[Path]) -> Corpus:
    corpus = Corpus()
    for course in courses:
        for path in sorted(course.glob("*.md")):
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
            if path.name != "course.md":
                title = re.search(r"^title:\s*(.+)$", text, re.MULTILINE)
                if title:
                    corpus.lesson_titles.append(title.group(1).strip())
            corpus.add_body(split_front_matter(text))
    if not (corpus.sentences and corpus.items and corpus.headings and corpus.lesson_titles):
        sys.exit("make_catalogue: the source courses hold too little text to recombine")
    return corpus


class Generator:
    """Writes synthetic courses from a corpus with one seeded random source."""

    def __init__(self, corpus: Corpus, seed: int) -> None:
        self.corpus = corpus
        self.rng = random.Random(seed)

    def paragraph(self, low: int, high: int) -> str:
        return " ".join(self.rng.sample(self.corpus.sentences, self.rng.randint(low, high)))

    def bullets(self, low: int, high: int, numbered: bool = False) -> str:
        items = self.rng.sample(self.corpus.items, self.rng.randint(low, high))
        return "\n".join(f"{i}. {item}" if numbered else f"- {item}" for i, item in enumerate(items, 1))

    def summary(self) -> str:
        # Markdown marks would show literally in the catalogue and in link previews.
        candidates = [s for s in self.corpus.sentences if len(s.replace("**", "")) <= 220]
        text = self.rng.choice(candidates).replace("**", "")
        extra = self.rng.choice(candidates).replace("**", "")
        if len(text) + 1 + len(extra) <= SUMMARY_LIMIT:
            text = f"{text} {extra}"
        return text

    def lesson_body(self) -> str:
        parts = [self.paragraph(2, 3)]
        for heading in self.rng.sample(self.corpus.headings, self.rng.randint(2, 3)):
            parts.append(f"## {heading}")
            parts.append(self.paragraph(2, 5))
            parts.append(self.bullets(3, 5, numbered=self.rng.random() < 0.3))
        if self.corpus.tables and self.rng.random() < 0.25:
            parts.append(self.rng.choice(self.corpus.tables))
        parts.append(self.paragraph(1, 2))
        return "\n\n".join(parts) + "\n"

    def course_body(self) -> str:
        return "\n\n".join([
            self.paragraph(2, 4),
            "## Học xong khóa này, bạn sẽ biết",
            self.bullets(3, 4),
            "## Cách học",
            self.paragraph(1, 3),
            "## Nguồn tham khảo",
            "- Tài liệu tổng hợp từ các khóa học của trung tâm (dữ liệu thử cho kiểm tra hiệu năng).",
        ]) + "\n"

    def write_course(self, target: Path, index: int, taken: set[str]) -> None:
        field = FIELDS[index % len(FIELDS)]  # round robin: every field gets its share
        topic = self.rng.choice(self.corpus.lesson_titles)
        title = f"{self.rng.choice(TITLE_OPENINGS)}: {topic}"
        # The number keeps slugs unique however the topics repeat.
        suffix = f"-{index + 1:04d}"
        slug = slug_of(title, SLUG_LIMIT - len(suffix)) + suffix
        assert slug not in taken, slug
        taken.add(slug)

        folder = target / slug
        folder.mkdir()
        lesson_files = []
        lesson_titles = self.rng.sample(self.corpus.lesson_titles, LESSONS_PER_COURSE)
        for number, lesson_title in enumerate(lesson_titles, 1):
            name = f"{number:02d}-{slug_of(lesson_title, 40)}.md"
            lesson_files.append(name)
            minutes = self.rng.choice([30, 35, 40, 45, 50, 60])
            write(folder / name, f"---\ntitle: {lesson_title}\nminutes: {minutes}\n---\n{self.lesson_body()}")

        indicators = sorted(self.rng.sample(range(1, 11), self.rng.randint(1, 3)))
        groups = sorted(self.rng.sample(range(1, 5), self.rng.randint(1, 4)))
        hours = self.rng.choice(["1", "1.5", "2", "3", "4", "6"])
        lessons = "".join(f"  - {name}\n" for name in lesson_files)
        write(folder / "course.md",
              f"---\ntitle: {title}\nslug: {slug}\nfield: {field}\nsummary: {self.summary()}\n"
              f"hours: {hours}\nindicators: {', '.join(map(str, indicators))}\n"
              f"groups: {', '.join(map(str, groups))}\nlessons:\n{lessons}---\n{self.course_body()}")


def write(path: Path, text: str) -> None:
    # NFC, UTF-8, "\n" line ends, as Course/README.md asks.
    path.write_text(unicodedata.normalize("NFC", text), encoding="utf-8", newline="\n")


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="folder to create (must not exist or be empty)")
    parser.add_argument("--count", type=int, default=500, help="synthetic courses to add (default 500)")
    parser.add_argument("--source", type=Path, default=here.parent.parent / "Course",
                        help="the real courses (default: the repository's Course/)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    args = parser.parse_args()

    real = sorted(p for p in args.source.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not real:
        sys.exit(f"make_catalogue: no course folders in {args.source}")
    args.target.mkdir(parents=True, exist_ok=True)
    if any(args.target.iterdir()):
        sys.exit(f"make_catalogue: {args.target} is not empty")

    for course in real:
        shutil.copytree(course, args.target / course.name)
    generator = Generator(read_corpus(real), args.seed)
    taken = {p.name for p in real}
    for index in range(args.count):
        generator.write_course(args.target, index, taken)
    print(f"make_catalogue: {len(real)} real + {args.count} synthetic courses in {args.target}")


if __name__ == "__main__":
    main()
