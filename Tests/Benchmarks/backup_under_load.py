#!/usr/bin/env python3
"""Backup while serving: `hoctap backup` under write load (issue 7).

  python3 Tests/Benchmarks/backup_under_load.py [--backups 5] [--server PATH] [--keep]

Seeds a temporary database with bench_data.py, starts the release server on it and keeps
client threads saving roll-call marks over real sockets (POST /quan-tri/buoi/{id}/diem-danh,
each (session, person) pair sent once, so every acknowledged save has one expected final
state). While they write, it runs `hoctap backup FILE --database DB` BACKUPS times, a
second or so apart, as an administrator's cron job would. For each backup, with the server
still running, sqlite3 opens the copy and checks:

  - PRAGMA integrity_check is "ok";
  - every save acknowledged (303 received) before the backup command started is in the
    copy with its status. Saves acknowledged while the backup ran may or may not be in it:
    the copy is one consistent moment, somewhere in between.

It prints, per backup: its duration, size, saves acknowledged before it began (all must
be found), and saves during it; and the write rate with and without a backup running.
Exit status 0 when every backup passes, else 1. Python standard library only.
"""

import argparse
import contextlib
import http.client
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
from crash_safety import Server, build, remove_folder, rollcall_save, seed_database  # noqa: E402

STATUSES = ["co-mat", "di-muon", "vang-co-phep", "vang"]


class Saver(threading.Thread):
    """One keep-alive connection saving the pairs k ≡ index (mod threads), until stopped."""

    def __init__(self, index, threads, port, seeded, sessions, residents, acked, lock, stop):
        super().__init__(daemon=True)
        self.index, self.threads, self.port = index, threads, port
        self.seeded, self.first = seeded, int(seeded["ROLLCALL_FIRST_PERSON"])
        self.sessions, self.residents = sessions, residents
        self.acked, self.lock, self.stop = acked, lock, stop
        self.errors = 0

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        k = self.index
        while not self.stop.is_set() and k // len(self.sessions) < self.residents:
            session, person = self.sessions[k % len(self.sessions)], self.first + k // len(self.sessions)
            status = STATUSES[k % 4]
            path, body, headers = rollcall_save(self.seeded, session, person, status)
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status == 303:
                with self.lock:
                    self.acked.append((time.monotonic(), session, person, status))
            else:
                self.errors += 1
            k += self.threads
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backups", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4, help="client threads saving marks")
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--server", type=Path, help="hoctap binary (default: build release into .build-crash)")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    binary = args.server or build()
    work = Path(tempfile.mkdtemp(prefix="hoctap-backup."))
    server = Server(binary, work / "hoctap.sqlite", work / "server.log")
    try:
        return run(args, binary, work, server)
    finally:
        server.kill()
        remove_folder(work, args.keep)


def run(args, binary: Path, work: Path, server: Server) -> int:
    seeded = seed_database(server, work / "residents.tokens", args.residents, seed=5)
    with contextlib.closing(sqlite3.connect(server.database)) as db:
        sessions = [row[0] for row in db.execute("SELECT id FROM class_session ORDER BY id")]
    server.start()
    acked, lock, stop = [], threading.Lock(), threading.Event()
    savers = [Saver(i, args.threads, server.port, seeded, sessions, args.residents, acked, lock, stop)
              for i in range(args.threads)]
    for saver in savers:
        saver.start()

    failed = False
    busy_seconds = 0.0
    acked_during = 0
    began = time.monotonic()
    for number in range(1, args.backups + 1):
        time.sleep(1.0)
        copy = work / f"backup-{number}.sqlite"
        started = time.monotonic()
        with lock:
            before = list(acked)
        done = subprocess.run([str(binary), "backup", str(copy), "--database", str(server.database),
                               "--log-level", "warning"], env=server.env, capture_output=True, text=True)
        ended = time.monotonic()
        with lock:
            during = sum(1 for t, *_ in acked if started <= t <= ended)
        busy_seconds += ended - started
        acked_during += during
        if done.returncode != 0:
            print(f"backup {number}: FAIL, exit {done.returncode}: {done.stderr.strip()[:300]}")
            failed = True
            continue
        with contextlib.closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as db:
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
            missing = sum(1 for _, session, person, status in before if db.execute(
                "SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ? AND status = ?",
                (session, person, status)).fetchone() is None)
            rows = db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0]
        ok = integrity == ["ok"] and missing == 0 and len(before) > 0
        failed |= not ok
        print(f"backup {number}: {'ok  ' if ok else 'FAIL'} {(ended - started) * 1000:.0f} ms, "
              f"{copy.stat().st_size / 1e6:.1f} MB, integrity {integrity[0] if integrity else '?'}; "
              f"saves acknowledged before it began: {len(before)}, missing from the copy: {missing}; "
              f"saves acknowledged while it ran: {during}; attendance rows in the copy: {rows}")
    total_seconds = time.monotonic() - began
    stop.set()
    for saver in savers:
        saver.join(timeout=30)
    errors = sum(saver.errors for saver in savers)
    quiet_seconds = total_seconds - busy_seconds
    quiet_rate = (len(acked) - acked_during) / quiet_seconds if quiet_seconds > 0 else 0
    busy_rate = acked_during / busy_seconds if busy_seconds > 0 else 0
    print(f"saves acknowledged: {len(acked)} ({args.threads} threads, {total_seconds:.1f} s); "
          f"other answers: {errors}")
    print(f"write rate: {quiet_rate:.0f}/s without a backup running, {busy_rate:.0f}/s while one ran")
    server.stop()
    failed |= errors > 0
    print("RESULT: " + ("FAIL" if failed else "PASS"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
