#!/usr/bin/env python3
"""Crash safety: acknowledged writes survive SIGKILL (issue 7).

  python3 Tests/Benchmarks/crash_safety.py [--kills 20] [--server PATH] [--keep]

Seeds a temporary database with bench_data.py (signed-in staff and residents, classes,
sessions, one session open for self check-in), then repeats KILLS times: start the release
server on that database, let client threads write over real sockets for a random 0.2–1.5 s,
SIGKILL the server mid-traffic, join the clients. After the last kill the server is started
once more (it must come up on the crashed database) and stopped with SIGTERM. Then, with no
server running, the script opens the database with sqlite3 and checks:

  - PRAGMA integrity_check answers "ok";
  - every write that got a success answer is in the database with the acknowledged value.

The writes, and what counts as acknowledged:
  - roll-call saves: POST /quan-tri/buoi/{id}/diem-danh (csrf=…&action=mark&person=…&status=…)
    as the staff member, with the double-submit CSRF cookie; success is 303 to
    …/diem-danh#nguoi-{person}. Expected row: attendance(session, person) = status, source
    'roll-call'.
  - self check-ins: GET /diem-danh/{code} as a signed-in resident, the code computed from the
    session's secret for the current minute; success is 200 with the "checked in: <status>"
    sentence (a 200 can also mean "already checked in", "too early", …: those are not
    counted). Expected row: attendance(check-in session, person) = the status the page
    named, source 'check-in'.

Every acknowledged write has one expected final state: each (session, person) pair is sent
exactly once in the whole run (roll-call threads take disjoint pairs of the regular sessions,
check-in threads disjoint residents of the check-in session, and nothing is retried), so no
later write can legitimately replace an earlier one. A request cut off by the kill is not
acknowledged; whether its row exists is reported ("unacknowledged but written") but is not
an error either way.

Exit status 0 when nothing acknowledged is missing and integrity_check is "ok", else 1.
Python standard library only (plus bench_data.py and bench_week.py beside this file).
"""

import argparse
import contextlib
import http.client
import io
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import bench_data  # noqa: E402  (seeding and check-in codes, shared with run.sh)

STATUSES = ["co-mat", "di-muon", "vang-co-phep", "vang"]
# CheckInStrings.recorded / .status, Vietnamese and English.
CHECKED_IN = re.compile(r"(?:Đã điểm danh|Checked in): (có mặt|đi muộn|present|late) –")
SHOWN_STATUS = {"có mặt": "co-mat", "present": "co-mat", "đi muộn": "di-muon", "late": "di-muon"}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build() -> Path:
    scratch = ".build-crash"
    log(f"building hoctap (release, {scratch})")
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--product", "hoctap"],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--show-bin-path"],
                              cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    return Path(bin_path) / "hoctap"


class Server:
    """The hoctap process on the test database, with only the flags below (HOCTAP_* cleared)."""

    def __init__(self, binary: Path, database: Path, log_path: Path):
        self.binary, self.database, self.log_path = binary, database, log_path
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("HOCTAP_")}
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def run_once(self, *args: str) -> None:
        with open(self.log_path, "ab") as out:
            subprocess.run([str(self.binary), *args, "--database", str(self.database)], env=self.env,
                           stdout=out, stderr=out, check=True)

    def start(self) -> float:
        """Starts and waits for a 200 from /khoa-hoc; returns the seconds that took."""
        self.port = free_port()
        started = time.monotonic()
        with open(self.log_path, "ab") as out:
            self.proc = subprocess.Popen(
                [str(self.binary), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                 "--database", str(self.database), "--courses", str(ROOT / "Course"),
                 "--public", str(ROOT / "Public"), "--log-level", "warning"],
                env=self.env, stdout=out, stderr=out)
        deadline = started + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode} before answering (see {self.log_path})")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/khoa-hoc")
                if conn.getresponse().status == 200:
                    conn.close()
                    return time.monotonic() - started
                conn.close()
            except OSError:
                pass
            time.sleep(0.01)
        self.kill()
        raise RuntimeError(f"no 200 from /khoa-hoc within 120 s (see {self.log_path})")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        if self.proc:
            self.proc.wait()

    def stop(self) -> int:
        """SIGTERM (graceful stop), SIGKILL after 15 s; returns the exit status."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.proc.returncode if self.proc else 0


def seed_database(server: Server, tokens: Path, residents: int, seed: int) -> dict[str, str]:
    """Makes the schema with `hoctap migrate`, seeds it with bench_data.py (RESIDENTS signed-in
    residents, whose session tokens go to TOKENS, 40 classes, the check-in session, the Week)
    and returns bench_data's KEY=value lines as a dictionary. Shared by the fault scripts."""
    server.run_once("migrate")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        bench_data.seed(argparse.Namespace(database=server.database, tokens=tokens, residents=residents, classes=40,
                                           courses=ROOT / "Course", now=0, seed=seed))
    return dict(line.split("=", 1) for line in printed.getvalue().split())


def rollcall_save(seeded: dict[str, str], session: int, person: int, status: str) -> tuple[str, str, dict[str, str]]:
    """(path, body, headers) of a roll-call save as the seeded staff member: what the roll-call
    page posts, with the anti-forgery double submit. Success is 303 to `…#nguoi-{person}`."""
    csrf = seeded["CSRF_TOKEN"]
    return (f"/quan-tri/buoi/{session}/diem-danh", f"csrf={csrf}&action=mark&person={person}&status={status}",
            {"Cookie": f"hoctap_session={seeded['STAFF_TOKEN']}; hoctap_csrf={csrf}",
             "Content-Type": "application/x-www-form-urlencoded"})


def remove_folder(work: Path, keep: bool) -> None:
    """Deletes the temporary folder (files, then folders), or says where it was kept."""
    if keep:
        log(f"kept: {work}")
        return
    for name in sorted(work.rglob("*"), reverse=True):
        name.rmdir() if name.is_dir() else name.unlink()
    work.rmdir()


class Ledger:
    """What the clients sent and what the server acknowledged, shared by the threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged: list[tuple[str, int, int, str]] = []  # (kind, session, person, status)
        self.unacknowledged: list[tuple[str, int, int]] = []     # sent, no success answer seen
        self.refused: dict[str, int] = {}                        # answers that were neither (kind + status)

    def ack(self, kind, session, person, status):
        with self.lock:
            self.acknowledged.append((kind, session, person, status))

    def lost(self, kind, session, person):
        with self.lock:
            self.unacknowledged.append((kind, session, person))

    def refuse(self, what):
        with self.lock:
            self.refused[what] = self.refused.get(what, 0) + 1


class Client(threading.Thread):
    """One keep-alive connection; sends each of its writes once, until told to stop or the
    server goes away (the kill). The first error on a request ends the thread."""

    def __init__(self, port: int, ledger: Ledger, stop: threading.Event, work):
        super().__init__(daemon=True)
        self.port, self.ledger, self.stop, self.work = port, ledger, stop, work

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            while not self.stop.is_set():
                item = next(self.work, None)
                if item is None:
                    return
                kind, session, person, method, path, headers, body = item
                try:
                    conn.request(method, path, body=body, headers=headers)
                    response = conn.getresponse()
                    text = response.read().decode("utf-8", "replace")
                except (OSError, http.client.HTTPException):
                    self.ledger.lost(kind, session, person)
                    return
                if kind == "roll-call":
                    location = response.getheader("Location") or ""
                    if response.status == 303 and location.endswith(f"#nguoi-{person}"):
                        self.ledger.ack(kind, session, person, body_status(body))
                    else:
                        self.ledger.refuse(f"roll-call {response.status}")
                else:
                    found = CHECKED_IN.search(text) if response.status == 200 else None
                    if found:
                        self.ledger.ack(kind, session, person, SHOWN_STATUS[found.group(1)])
                    else:
                        what = "already checked in" if "checkin-ok" in text else "refused"
                        self.ledger.refuse(f"check-in {response.status} {what}")
        finally:
            conn.close()


def body_status(body: str) -> str:
    return dict(part.split("=", 1) for part in body.split("&"))["status"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs (default 20)")
    parser.add_argument("--server", type=Path, help="hoctap binary (default: build release into .build-crash)")
    parser.add_argument("--rollcall-threads", type=int, default=3)
    parser.add_argument("--checkin-threads", type=int, default=3)
    parser.add_argument("--min-delay", type=float, default=0.2, help="earliest kill after the clients start, s")
    parser.add_argument("--max-delay", type=float, default=1.5, help="latest kill after the clients start, s")
    parser.add_argument("--residents", type=int, default=20_000, help="signed-in residents seeded (one check-in each)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, server log)")
    args = parser.parse_args()

    binary = args.server or build()
    if not os.access(binary, os.X_OK):
        log(f"crash_safety: no executable at {binary}")
        return 2
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="hoctap-crash."))
    database = work / "crash.sqlite"
    server = Server(binary, database, work / "server.log")
    try:
        return run(args, rng, work, database, server)
    finally:
        server.kill()
        remove_folder(work, args.keep)


def run(args, rng: random.Random, work: Path, database: Path, server: Server) -> int:
    # --- data -------------------------------------------------------------------------
    log(f"seeding {args.residents} signed-in residents (bench_data.py)")
    seeded = seed_database(server, work / "residents.tokens", args.residents, args.seed)
    tokens = (work / "residents.tokens").read_text().split()
    first_resident = int(seeded["ROLLCALL_FIRST_PERSON"])  # residents are ids first_resident…, in token order
    checkin_session = int(seeded["CHECKIN_SESSION"])
    secret = bytes.fromhex(seeded["CHECKIN_SECRET"])
    csrf = seeded["CSRF_TOKEN"]
    with contextlib.closing(sqlite3.connect(database)) as db:
        sessions = [row[0] for row in db.execute(
            "SELECT id FROM class_session WHERE id <> ? ORDER BY id", (checkin_session,))]

    # --- the writes: each (session, person) pair once in the whole run -----------------
    # Roll call: pair k is (sessions[k % S], resident k // S); thread t takes k ≡ t (mod T).
    def rollcall_work(thread: int, threads: int):
        k = thread
        while k // len(sessions) < args.residents:
            session, person = sessions[k % len(sessions)], first_resident + k // len(sessions)
            status = STATUSES[(k * 7919 + args.seed) % 4]
            path, body, headers = rollcall_save(seeded, session, person, status)
            yield ("roll-call", session, person, "POST", path, headers, body)
            k += threads

    # Check-in: resident i (token line i) checks in once; thread t takes i ≡ t (mod T).
    def checkin_work(thread: int, threads: int):
        for i in range(thread, len(tokens), threads):
            code = bench_data.code(secret, checkin_session, int(time.time()) // 60)
            yield ("check-in", checkin_session, first_resident + i, "GET", f"/diem-danh/{code}",
                   {"Cookie": f"hoctap_session={tokens[i]}; hoctap_csrf={csrf}"}, None)

    # A generator per client slot, carried from one server life to the next, so a pair is
    # never sent twice (a request cut off by a kill is not resent: it stays unacknowledged).
    works = [rollcall_work(t, args.rollcall_threads) for t in range(args.rollcall_threads)] \
        + [checkin_work(t, args.checkin_threads) for t in range(args.checkin_threads)]
    ledger = Ledger()

    # --- kill, restart, repeat ----------------------------------------------------------
    startups = []
    for kill in range(1, args.kills + 1):
        startups.append(server.start())
        stop = threading.Event()
        clients = [Client(server.port, ledger, stop, work_) for work_ in works]
        for client in clients:
            client.start()
        delay = rng.uniform(args.min_delay, args.max_delay)
        time.sleep(delay)
        before = len(ledger.acknowledged)
        server.kill()
        stop.set()
        for client in clients:
            client.join(timeout=30)
            if client.is_alive():
                log("crash_safety: a client did not finish 30 s after the kill")
                return 1
        log(f"kill {kill:2d}/{args.kills}: SIGKILL after {delay:.2f} s of traffic; acknowledged "
            f"{before} before the kill, {len(ledger.acknowledged)} in all")

    # The crashed database must still start a server; then a clean stop.
    startups.append(server.start())
    code = server.stop()
    log(f"restarted after the last kill, then stopped with SIGTERM (exit {code})")

    # --- verify, no server running --------------------------------------------------------
    with contextlib.closing(sqlite3.connect(database)) as db:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
        journal = db.execute("PRAGMA journal_mode").fetchone()[0]
        found = missing = wrong = 0
        problems = []
        for kind, session, person, status in ledger.acknowledged:
            row = db.execute("SELECT status, source FROM attendance WHERE session_id = ? AND person_id = ?",
                             (session, person)).fetchone()
            if row is None:
                missing += 1
                problems.append(f"missing: {kind} session {session} person {person} {status}")
            elif row != (status, kind):
                wrong += 1
                problems.append(f"different: {kind} session {session} person {person} acknowledged {status}, "
                                f"database has {row}")
            else:
                found += 1
        unacked_written = sum(1 for _, session, person in ledger.unacknowledged if db.execute(
            "SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ?", (session, person)).fetchone())
        rows = db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0]

    by_kind = {k: sum(1 for a in ledger.acknowledged if a[0] == k) for k in ("roll-call", "check-in")}
    integrity_text = "ok" if integrity == ["ok"] else "; ".join(integrity[:10])
    for line in problems[:20]:
        print(line)
    print(f"kills: {args.kills} (SIGKILL after {args.min_delay}–{args.max_delay} s of traffic; server restarted each time, "
          f"start-up median {sorted(startups)[len(startups) // 2] * 1000:.0f} ms)")
    print(f"writes acknowledged: {len(ledger.acknowledged)} "
          f"(roll-call saves {by_kind['roll-call']}, check-ins {by_kind['check-in']})")
    print(f"found: {found}")
    print(f"missing: {missing}")
    print(f"different value: {wrong}")
    print(f"cut off by a kill (no answer): {len(ledger.unacknowledged)}, of which in the database: {unacked_written}")
    if ledger.refused:
        print("other answers (not acknowledged): " + ", ".join(f"{k} ×{v}" for k, v in sorted(ledger.refused.items())))
    print(f"attendance rows in the database: {rows}")
    print(f"integrity_check: {integrity_text}; foreign_key_check: {'ok' if not foreign else f'{len(foreign)} violations'}; "
          f"journal_mode: {journal}")
    failed = missing or wrong or integrity != ["ok"] or not ledger.acknowledged
    print("RESULT: " + ("FAIL" if failed else "PASS"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
