#!/usr/bin/env python3
"""Soak: mixed load for a long while; memory and file descriptors must level off (issue 7).

  python3 Tests/Benchmarks/soak.py [--seconds 600] [--baseline 60] [--threads 8] [--server PATH]

Seeds a temporary database with bench_data.py (signed-in staff and residents, 40 classes,
the 2026 Week), starts the release server on it and keeps THREADS client threads busy for
SECONDS over keep-alive connections, each request drawn from this mix:

  - anonymous pages: home, catalogue, a course, a lesson, the schedule (this week and the
    next), a class, search without diacritics, the Week's programme, print page and feed;
  - a signed-in resident's own pages (/ca-nhan, record, self-assessment), a different resident each time;
  - writes: roll-call saves as staff (each (session, person) pair once) and self check-ins
    by residents (each once, with the current minute's code).

Every 5 s it samples the server's resident memory (VmRSS) and open file descriptors
(/proc/PID/fd). It passes when no answer was an error (every page 200, every save 303,
every check-in 200), and at the end RSS and descriptors are within 10% of their level
after the first BASELINE seconds (the caches fill during the first minute). It prints the
samples, the request counts by kind and the latency percentiles. Python standard library only.
"""

import argparse
import contextlib
import http.client
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import bench_data  # noqa: E402
from crash_safety import Server, build, log, remove_folder, rollcall_save, seed_database  # noqa: E402

PAGES = ["/", "/khoa-hoc", "/khoa-hoc/an-toan-giao-thong", "/khoa-hoc/an-toan-giao-thong/bai/1", "/lich",
         "/lop/1", "/lop/7", "/tim-kiem?q=nuoi+ga", "/tim-kiem?q=lua+dao", "/tuan-le-hoc-tap/2026",
         "/tuan-le-hoc-tap/2026/in", "/tuan-le-hoc-tap/2026.ics"]
OWN_PAGES = ["/ca-nhan", "/ca-nhan/ho-so", "/ca-nhan/tu-danh-gia/2026"]
STATUSES = ["co-mat", "di-muon", "vang-co-phep", "vang"]


class Shared:
    def __init__(self, seeded, sessions, tokens):
        self.lock = threading.Lock()
        self.seeded, self.sessions, self.tokens = seeded, sessions, tokens
        self.next_save = 0
        self.next_checkin = 0
        self.latencies: dict[str, list[float]] = {"page": [], "own": [], "save": [], "check-in": []}
        self.errors: dict[str, int] = {}

    def take(self, counter: str) -> int:
        with self.lock:
            value = getattr(self, counter)
            setattr(self, counter, value + 1)
            return value


def request(shared: Shared, rng: random.Random):
    """One request of the mix: (kind, method, path, headers, body, expected status)."""
    seeded = shared.seeded
    roll = rng.random()
    if roll < 0.70:
        return "page", "GET", rng.choice(PAGES), {}, None, 200
    if roll < 0.85:
        token = rng.choice(shared.tokens)
        return "own", "GET", rng.choice(OWN_PAGES), {"Cookie": f"hoctap_session={token}"}, None, 200
    if roll < 0.95:
        k = shared.take("next_save")
        session = shared.sessions[k % len(shared.sessions)]
        person = int(seeded["ROLLCALL_FIRST_PERSON"]) + k // len(shared.sessions)
        path, body, headers = rollcall_save(seeded, session, person, STATUSES[k % 4])
        return "save", "POST", path, headers, body, 303
    i = shared.take("next_checkin") % len(shared.tokens)
    checkin = int(seeded["CHECKIN_SESSION"])
    code = bench_data.code(bytes.fromhex(seeded["CHECKIN_SECRET"]), checkin, int(time.time()) // 60)
    return "check-in", "GET", f"/diem-danh/{code}", {"Cookie": f"hoctap_session={shared.tokens[i]}"}, None, 200


def client(shared: Shared, port: int, seed: int, stop: threading.Event):
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        kind, method, path, headers, body, expected = request(shared, rng)
        started = time.monotonic()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        elapsed = time.monotonic() - started
        with shared.lock:
            shared.latencies[kind].append(elapsed)
            if status != expected:
                key = f"{kind} {path.split('?')[0]} → {status}"
                shared.errors[key] = shared.errors.get(key, 0) + 1
    conn.close()


def sample(pid: int) -> tuple[float, int]:
    """(VmRSS in MB, open file descriptors) of the process."""
    rss = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    return rss, len(os.listdir(f"/proc/{pid}/fd"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--baseline", type=int, default=60, help="seconds after which the reference sample is taken")
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--server", type=Path, help="hoctap binary (default: build release into .build-crash)")
    args = parser.parse_args()

    binary = args.server or build()
    work = Path(tempfile.mkdtemp(prefix="hoctap-soak."))
    server = Server(binary, work / "hoctap.sqlite", work / "server.log")
    try:
        seeded = seed_database(server, work / "residents.tokens", args.residents, seed=3)
        with contextlib.closing(sqlite3.connect(server.database)) as db:
            sessions = [row[0] for row in db.execute(
                "SELECT id FROM class_session WHERE id <> ? ORDER BY id", (int(seeded["CHECKIN_SESSION"]),))]
        shared = Shared(seeded, sessions, (work / "residents.tokens").read_text().split())
        server.start()
        return soak(args, server, shared)
    finally:
        server.kill()
        remove_folder(work, keep=False)


def soak(args, server: Server, shared: Shared) -> int:
    pid = server.proc.pid
    stop = threading.Event()
    threads = [threading.Thread(target=client, args=(shared, server.port, n, stop), daemon=True)
               for n in range(args.threads)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    samples = []
    baseline = None
    while (elapsed := time.monotonic() - began) < args.seconds:
        time.sleep(min(5, max(0.1, args.seconds - elapsed)))
        elapsed = time.monotonic() - began
        rss, fds = sample(pid)
        samples.append((elapsed, rss, fds))
        if baseline is None and elapsed >= args.baseline:
            baseline = (rss, fds)
        log(f"{elapsed:6.0f} s  RSS {rss:6.1f} MB  fds {fds:4d}  requests "
            f"{sum(len(v) for v in shared.latencies.values())}")
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    end_rss, end_fds = samples[-1][1], samples[-1][2]
    alive = server.proc.poll() is None
    server.stop()

    total = sum(len(v) for v in shared.latencies.values())
    print(f"soak: {args.seconds} s, {args.threads} client threads, {total} requests ({total / args.seconds:.0f}/s)")
    for kind, values in shared.latencies.items():
        print(f"  {kind:9s} {len(values):7d}  p50 {percentile(values, 0.5):6.1f} ms  p99 {percentile(values, 0.99):6.1f} ms")
    peak_rss = max(s[1] for s in samples)
    print(f"RSS: {baseline[0]:.1f} MB after {args.baseline} s, {end_rss:.1f} MB at the end, peak {peak_rss:.1f} MB")
    print(f"open file descriptors: {baseline[1]} after {args.baseline} s, {end_fds} at the end, "
          f"peak {max(s[2] for s in samples)}")
    rss_ok = end_rss <= baseline[0] * 1.10
    fds_ok = end_fds <= baseline[1] * 1.10
    for key, count in sorted(shared.errors.items()):
        print(f"  error: {key} ×{count}")
    print(f"errors: {sum(shared.errors.values())}")
    failed = not (rss_ok and fds_ok and alive) or shared.errors
    print(f"RSS within 10%: {'yes' if rss_ok else 'NO'}; descriptors within 10%: {'yes' if fds_ok else 'NO'}; "
          f"server alive: {'yes' if alive else 'NO'}")
    print("RESULT: " + ("FAIL" if failed else "PASS"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
