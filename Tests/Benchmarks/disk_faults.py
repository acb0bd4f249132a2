#!/usr/bin/env python3
"""Disk full and read-only database, on a real small file system (issue 7).

  python3 Tests/Benchmarks/disk_faults.py [--server PATH] [--size-mb 48] [--keep]

Needs root (it mounts a tmpfs; CI runs as root). The database lives on that tmpfs, seeded
by bench_data.py (signed-in staff and residents, 40 classes with sessions), and the release
server runs on it. Then, with the same server process throughout:

  1. normal: roll-call saves (POST, as staff) are acknowledged (303);
  2. disk full: a filler file takes every free byte of the file system. Roll-call saves go
     on until the database needs room it cannot get: those must be answered 507 with the
     Vietnamese "Chưa lưu được dữ liệu" page and Retry-After, never 500. Meanwhile reads must
     go on: the home page, the schedule, a class, a course and a signed-in resident's own
     page (whose "last seen" update is due, and skipped) all answer 200. The server log must
     name the cause ("ổ đĩa đầy (SQLITE_FULL)") in a few lines, not one per refused write;
  3. space returns (the filler is deleted): saves are acknowledged again, no restart;
  4. read-only: the server is stopped, the file system remounted read-only, the server
     started on it. It must start, serve the same reads, and answer saves 507 (the log names
     SQLITE_READONLY). The file system is then remounted read-write while it runs: saves must
     be acknowledged again without a restart (the server retries the file every 10 s).

At the end, with no server running, sqlite3 checks: PRAGMA integrity_check is "ok", every
acknowledged save is in the database with its status, and no refused save left a row
(nothing half-written). Exit status 0 when all of the above holds, 1 otherwise, 2 when the
script cannot run here (no root for the mount). Python standard library only.
"""

import argparse
import contextlib
import http.client
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from crash_safety import Server, build, remove_folder, rollcall_save, seed_database  # noqa: E402

NOT_SAVED = "Chưa lưu được dữ liệu"
READS = ["/", "/lich", "/lop/1", "/khoa-hoc/an-toan-giao-thong", "/ca-nhan"]


class Writes:
    """Roll-call saves, each (session, person) pair sent once, and what became of them."""

    def __init__(self, port_of, seeded: dict, sessions: list[int], residents: int):
        self.port_of = port_of
        self.seeded, self.first = seeded, int(seeded["ROLLCALL_FIRST_PERSON"])
        self.sessions, self.residents = sessions, residents
        self.next = 0
        self.acknowledged: list[tuple[int, int, str]] = []
        self.refused: list[tuple[int, int]] = []
        self.other: dict[str, int] = {}

    def send(self, count: int, stop_after_refusals: int | None = None) -> tuple[int, int]:
        """Sends up to `count` saves on one connection; returns (acknowledged, refused) of them."""
        acked = refused = 0
        conn = http.client.HTTPConnection("127.0.0.1", self.port_of(), timeout=10)
        try:
            for _ in range(count):
                k = self.next
                self.next += 1
                session = self.sessions[k % len(self.sessions)]
                person = self.first + (k // len(self.sessions)) % self.residents
                status = ["co-mat", "di-muon", "vang-co-phep", "vang"][k % 4]
                path, body, headers = rollcall_save(self.seeded, session, person, status)
                conn.request("POST", path, body=body, headers=headers)
                response = conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                if response.status == 303:
                    self.acknowledged.append((session, person, status))
                    acked += 1
                elif response.status == 507 and NOT_SAVED in text and response.getheader("Retry-After") == "60":
                    self.refused.append((session, person))
                    refused += 1
                    if stop_after_refusals and refused >= stop_after_refusals:
                        break
                else:
                    key = f"{response.status}"
                    self.other[key] = self.other.get(key, 0) + 1
        finally:
            conn.close()
        return acked, refused


def reads(port: int, resident_cookie: str) -> dict[str, int]:
    """The status of each read page; the resident's own page is fetched signed in."""
    statuses = {}
    for path in READS:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        headers = {"Cookie": resident_cookie} if path == "/ca-nhan" else {}
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        statuses[path] = response.status
        conn.close()
    return statuses


def fill(folder: Path) -> int:
    """Writes a filler file until the file system refuses another byte; returns its size."""
    written = 0
    with open(folder / "filler", "wb", buffering=0) as filler:
        for chunk in (1 << 20, 4096, 1):
            block = b"\0" * chunk
            while True:
                try:
                    written += filler.write(block)
                except OSError:
                    break
    return written


def mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", type=Path, help="hoctap binary (default: build release into .build-crash)")
    parser.add_argument("--size-mb", type=int, default=48, help="size of the tmpfs (default 48)")
    parser.add_argument("--residents", type=int, default=2_000)
    parser.add_argument("--keep", action="store_true", help="keep the server log and database")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="hoctap-disk."))
    fs = work / "fs"
    fs.mkdir()
    if not mount("-t", "tmpfs", "-o", f"size={args.size_mb}m", "tmpfs", str(fs)):
        print("disk_faults: cannot mount a tmpfs here (needs root); StorageFaultTests and "
              "StorageFaultWebTests simulate the same faults with SQLite's own limits")
        work.rmdir() if not any(work.iterdir()) else None
        return 2
    binary = args.server or build()
    server = Server(binary, fs / "hoctap.sqlite", work / "server.log")
    try:
        return run(args, fs, server)
    finally:
        server.kill()
        mount("-o", "remount,rw", str(fs))
        if args.keep:
            for name in ("hoctap.sqlite", "hoctap.sqlite-wal", "hoctap.sqlite-shm"):
                if (fs / name).exists():
                    (work / name).write_bytes((fs / name).read_bytes())
        subprocess.run(["umount", str(fs)])
        remove_folder(work, args.keep)


def run(args, fs: Path, server: Server) -> int:
    seeded = seed_database(server, fs.parent / "residents.tokens", args.residents, seed=11)
    resident = (fs.parent / "residents.tokens").read_text().split()[0]
    resident_cookie = f"hoctap_session={resident}; hoctap_csrf={seeded['CSRF_TOKEN']}"
    with contextlib.closing(sqlite3.connect(server.database)) as db:
        sessions = [row[0] for row in db.execute("SELECT id FROM class_session ORDER BY id")]
    writes = Writes(lambda: server.port, seeded, sessions, args.residents)
    failures: list[str] = []

    def expect(condition: bool, what: str) -> None:
        print(("ok    " if condition else "FAIL  ") + what)
        if not condition:
            failures.append(what)

    server.start()
    pid = server.proc.pid
    acked, _ = writes.send(200)
    expect(acked == 200, f"normal: {acked}/200 roll-call saves acknowledged")

    filler = fill(fs)
    acked, refused = writes.send(20_000, stop_after_refusals=50)
    expect(refused >= 50, f"disk full ({filler >> 20} MiB of filler): {refused} saves answered 507 "
                          f"with the Vietnamese page ({acked} still fitted before the database needed room)")
    statuses = reads(server.port, resident_cookie)
    expect(all(s == 200 for s in statuses.values()), f"disk full: reads {statuses}")
    full_lines = [line for line in server.log_path.read_text().splitlines() if "SQLITE_FULL" in line]
    expect(1 <= len(full_lines) <= 3, f"disk full: {len(full_lines)} log line(s) for {refused} refusals: "
                                      f"{full_lines[0][:160] if full_lines else '-'}")

    (fs / "filler").unlink()
    acked, refused = writes.send(200)
    expect(acked == 200 and server.proc.pid == pid and server.proc.poll() is None,
           f"space returned: {acked}/200 saves acknowledged by the same process, no restart")

    server.stop()
    expect(mount("-o", "remount,ro", str(fs)), "file system remounted read-only (server stopped)")
    try:
        started = server.start()
        expect(True, f"read-only: the server started in {started * 1000:.0f} ms")
    except RuntimeError as error:
        expect(False, f"read-only: the server did not start ({error})")
        return report(server, writes, failures)
    statuses = reads(server.port, resident_cookie)
    expect(all(s == 200 for s in statuses.values()), f"read-only: reads {statuses}")
    acked, refused = writes.send(20, stop_after_refusals=20)
    expect(refused == 20 and acked == 0, f"read-only: {refused}/20 saves answered 507, {acked} acknowledged")
    ro_lines = [line for line in server.log_path.read_text().splitlines() if "SQLITE_READONLY" in line]
    expect(len(ro_lines) >= 1, f"read-only: log names it: {ro_lines[0][:160] if ro_lines else '-'}")
    pid = server.proc.pid
    expect(mount("-o", "remount,rw", str(fs)), "file system remounted read-write (server running)")
    # The server tries to reopen the file for writing at most every 10 s: poll until it has.
    remounted = time.monotonic()
    while writes.send(1)[0] == 0 and time.monotonic() - remounted < 20:
        time.sleep(0.5)
    print(f"      first save acknowledged {time.monotonic() - remounted:.1f} s after the remount")
    acked, refused = writes.send(200)
    expect(acked == 200 and server.proc.pid == pid, f"writable again: {acked}/200 saves acknowledged, no restart")
    server.stop()
    return report(server, writes, failures)


def report(server: Server, writes: Writes, failures: list[str]) -> int:
    with contextlib.closing(sqlite3.connect(server.database)) as db:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        missing = sum(1 for session, person, status in writes.acknowledged if db.execute(
            "SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ? AND status = ?",
            (session, person, status)).fetchone() is None)
        half = sum(1 for session, person in writes.refused if db.execute(
            "SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ? AND source = 'roll-call'",
            (session, person)).fetchone())
    print(f"saves acknowledged: {len(writes.acknowledged)}, missing from the database: {missing}")
    print(f"saves refused with 507: {len(writes.refused)}, of which in the database anyway: {half}")
    if writes.other:
        print("other answers: " + ", ".join(f"{k} ×{v}" for k, v in sorted(writes.other.items())))
    print(f"integrity_check: {'ok' if integrity == ['ok'] else '; '.join(integrity[:5])}")
    failed = failures or missing or half or integrity != ["ok"] or writes.other
    print("RESULT: " + ("FAIL" if failed else "PASS"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
