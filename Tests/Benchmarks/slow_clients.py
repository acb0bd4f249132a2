#!/usr/bin/env python3
"""Slow clients: idle connections and slow-loris senders do not stop others being served (issue 7).

    python3 Tests/Benchmarks/slow_clients.py                                        # builds release, 60 s
    python3 Tests/Benchmarks/slow_clients.py --seconds 20 --server .build-slow/release/hoctap   # short (CI)

Starts `hoctap serve --demo` on a temporary database at 127.0.0.1, port 0 (the port is read
from the start-up line, as page_budget.py does), measures a normal client alone for a few
seconds, then attacks it while the normal client goes on:

  - IDLE idle connections (default 500) from 127.0.0.2–127.0.0.6, a fifth from each (bound
    source addresses, since one address may hold only 200): connect and send nothing; when
    the server closes one, another is opened at once, so the pressure never drops;
  - SLOW slow-loris connections (default 50) from the same addresses, each sending one byte of
    a request header that never ends every DRIP seconds (default 5);
  - 3 connections from 127.0.0.7 that send 3 header bytes and then stop: the server must close
    them once the inactivity timeout (30 s) has passed since their last byte.

The normal client, from 127.0.0.1, GETs `/`, `/lich` and a course page in turn for the whole
attack (a new connection every 10 requests, like a phone's browser). The attack lasts
`--seconds`, but at least the inactivity timeout plus 8 s, so the closures are seen. At its end,
with the attack still held, 210 connections are opened from 127.0.0.8: the server keeps 200
and closes the rest at once (its per-address limit), a request from that address goes
unanswered, and one from 127.0.0.1 is served.

PASS when the normal client had no error and its p99 stayed under `--max-p99-ms`, the stopped
senders and the idle connections were closed within [timeout − 1 s, timeout + 5 s] of their last
byte, and the per-address limit held. The slow-loris connections that keep dripping are
reported, not judged: libmicrohttpd 0.9.75's timeout counts inactivity, so every byte restarts
it (see Tests/Benchmarks/README.md, "Slow clients"). Exit status 0 PASS, 1 FAIL, 2 the
measurement itself failed. Python 3 standard library only.
"""

import argparse
import http.client
import os
import re
import resource
import selectors
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from page_budget import Failure, ServerDied, build, start_server, stop_server  # noqa: E402

# The server's settings (Sources/MicroHTTP/ServerConfiguration.swift defaults).
TIMEOUT_S = 30
PER_ADDRESS = 200
ATTACKERS = [f"127.0.0.{n}" for n in range(2, 7)]
QUITTER_ADDRESS, LIMIT_ADDRESS = "127.0.0.7", "127.0.0.8"
# --total-limit: five more addresses, 200 each, fill the 1000 connections the server takes in all.
FILLERS = [f"127.0.0.{n}" for n in range(10, 15)]
# The header a slow-loris sends, one byte at a time; it never reaches the blank line.
DRIP = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow\r\nX-Slow: " + b"a" * 100_000


def say(text):
    print(text, file=sys.stderr, flush=True)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def span(values):
    if not values:
        return "none"
    return f"{min(values):.1f}–{max(values):.1f} s (median {percentile(values, 0.5):.1f} s)"


def open_from(source, port):
    """A connected, non-blocking TCP socket from `source` to the server."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((source, 0))
    sock.settimeout(5)
    sock.connect(("127.0.0.1", port))
    sock.setblocking(False)
    return sock


class Connection:
    def __init__(self, kind, source, port, now):
        self.kind, self.source = kind, source
        self.sock = open_from(source, port)
        self.opened = self.last_byte = now
        self.sent = 0
        self.closed = self.next_send = None
        self.initial = False


class Attack:
    """Holds the idle, slow-loris and stopping connections; one thread owns every socket."""

    def __init__(self, port, idle, slow, drip, duration):
        self.port, self.drip, self.duration = port, drip, duration
        self.selector = selectors.DefaultSelector()
        self.live, self.ended = [], []
        self.reopened = 0
        self.start = time.monotonic()
        for i in range(idle):
            self.add("idle", ATTACKERS[i % len(ATTACKERS)]).initial = True
        for i in range(slow):
            connection = self.add("slow", ATTACKERS[i % len(ATTACKERS)])
            # Spread the drips over the interval, so the server sees a steady trickle.
            connection.next_send = self.start + drip * i / max(1, slow)
        for _ in range(3):
            connection = self.add("quitter", QUITTER_ADDRESS)
            connection.next_send = self.start

    def add(self, kind, source):
        connection = Connection(kind, source, self.port, time.monotonic())
        self.selector.register(connection.sock, selectors.EVENT_READ, connection)
        self.live.append(connection)
        return connection

    def close(self, connection, now):
        connection.closed = now
        self.selector.unregister(connection.sock)
        connection.sock.close()
        self.live.remove(connection)
        self.ended.append(connection)
        if connection.kind == "idle" and now - self.start < self.duration:
            self.add("idle", connection.source)
            self.reopened += 1

    def send_byte(self, connection, now):
        try:
            connection.sock.send(DRIP[connection.sent:connection.sent + 1])
        except OSError:
            self.close(connection, now)
            return
        connection.sent += 1
        connection.last_byte = now
        stops = connection.kind == "quitter" and connection.sent >= 3
        connection.next_send = None if stops else now + (1 if connection.kind == "quitter" else self.drip)

    def run(self):
        while time.monotonic() - self.start < self.duration:
            for key, _ in self.selector.select(timeout=0.1):
                connection = key.data
                try:
                    data = connection.sock.recv(4096)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                if not data:
                    self.close(connection, time.monotonic())
            now = time.monotonic()
            for connection in [c for c in self.live if c.next_send is not None and c.next_send <= now]:
                self.send_byte(connection, now)

    def release(self):
        for connection in list(self.live):
            self.selector.unregister(connection.sock)
            connection.sock.close()
        self.selector.close()


class NormalClient(threading.Thread):
    """GETs the pages in turn from 127.0.0.1 until stopped; a new connection every 10 requests."""

    def __init__(self, port, paths):
        super().__init__(daemon=True)
        self.port, self.paths = port, paths
        self.stopping = threading.Event()
        self.latencies, self.errors, self.connections = [], [], 0
        self.slowest = (0.0, 0.0)  # (seconds, when it started: time.monotonic())
        self.began = time.monotonic()

    def run(self):
        connection, count = None, 0
        while not self.stopping.is_set():
            if connection is None or count % 10 == 0:
                if connection is not None:
                    connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10, source_address=("127.0.0.1", 0))
                self.connections += 1
            path = self.paths[count % len(self.paths)]
            count += 1
            started = time.monotonic()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                if response.status != 200 or not body:
                    self.errors.append(f"{path}: {response.status}")
            except (OSError, http.client.HTTPException) as error:
                self.errors.append(f"{path}: {error!r}")
                connection.close()
                connection = None
                continue
            self.latencies.append(time.monotonic() - started)
            self.slowest = max(self.slowest, (self.latencies[-1], started))
        if connection is not None:
            connection.close()

    def summary(self, since=None):
        ms = [1000 * s for s in self.latencies]
        return (f"{len(ms)} requests on {self.connections} connections, {len(self.errors)} errors, "
                f"p50 {percentile(ms, 0.5):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms, "
                f"max {1000 * self.slowest[0]:.1f} ms (at t = {self.slowest[1] - (since or self.began):.1f} s)")


def run_client(port, paths, seconds):
    client = NormalClient(port, paths)
    client.start()
    time.sleep(seconds)
    client.stopping.set()
    client.join()
    return client


def per_address_limit(port):
    """Opens PER_ADDRESS + 10 connections from one address → (kept, closed at once, same-address
    request answered?, other-address request status)."""
    sockets = [open_from(LIMIT_ADDRESS, port) for _ in range(PER_ADDRESS + 10)]
    time.sleep(1)
    closed = 0
    for sock in sockets:
        try:
            closed += sock.recv(1) == b""
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
    extra = open_from(LIMIT_ADDRESS, port)
    extra.setblocking(True)
    extra.settimeout(3)
    try:
        extra.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answered = extra.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        answered = False
    extra.close()
    other = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    started = time.monotonic()
    other.request("GET", "/")
    status = other.getresponse().status
    elapsed = 1000 * (time.monotonic() - started)
    other.close()
    for sock in sockets:
        sock.close()
    return len(sockets) - closed, closed, answered, status, elapsed


def total_limit(port, drip):
    """Holds 200 slow-loris connections from each of five addresses (the server's 1000 in all)
    for a few drips → (connections held, the normal client's outcome)."""
    held = []
    for source in FILLERS:
        held += [open_from(source, port) for _ in range(PER_ADDRESS)]
    for step in range(3):
        for sock in held:
            try:
                sock.send(DRIP[step:step + 1])
            except OSError:
                pass
        time.sleep(drip)
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=("127.0.0.1", 0))
    started = time.monotonic()
    try:
        client.request("GET", "/")
        outcome = f"{client.getresponse().status} in {1000 * (time.monotonic() - started):.0f} ms"
    except (OSError, http.client.HTTPException) as error:
        outcome = f"not served ({type(error).__name__} after {time.monotonic() - started:.1f} s)"
    client.close()
    for sock in held:
        sock.close()
    return len(held), outcome


def memory(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            found = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", f.read(), re.M))
        return f"VmRSS {int(found['VmRSS']) / 1024:.0f} MB, VmHWM {int(found['VmHWM']) / 1024:.0f} MB"
    except (OSError, KeyError):
        return "unknown"


def report(args, baseline, client, attack, duration, limit, server_pid):
    """Prints the results; → the list of failures (empty for PASS)."""
    failures = []
    print(f"baseline, normal client alone ({args.baseline:g} s): {baseline.summary()}")
    print(f"under attack ({duration:.0f} s, t = 0 when it began): {client.summary(attack.start)}")
    for error in client.errors[:5]:
        print(f"    error: {error}")
    if client.errors or not client.latencies:
        failures.append("the normal client had errors or no answer")
    elif percentile(client.latencies, 0.99) * 1000 > args.max_p99_ms:
        failures.append(f"normal p99 over {args.max_p99_ms} ms")

    def ended(kind):
        return [c for c in attack.ended if c.kind == kind]

    idle_closed = [c.closed - c.last_byte for c in ended("idle")]
    idle_live = [c for c in attack.live if c.kind == "idle"]
    print(f"idle: {args.idle} opened from {ATTACKERS[0]}–{ATTACKERS[-1]}; the server closed {len(idle_closed)} after "
          f"{span(idle_closed)} of silence ({attack.reopened} reopened at once while the attack lasted); {len(idle_live)} open at the end")
    first_batch = [c for c in ended("idle") if c.initial]
    if len(first_batch) < args.idle:
        failures.append(f"only {len(first_batch)} of the first {args.idle} idle connections were closed")
    slow_live, slow_closed = [c for c in attack.live if c.kind == "slow"], ended("slow")
    bytes_sent = sorted(c.sent for c in slow_live) or [0]
    print(f"slow-loris (1 byte every {args.drip:g} s): {args.slow} opened; {len(slow_live)} still open after "
          f"{duration:.0f} s ({bytes_sent[0]}–{bytes_sent[-1]} bytes each, the header never finished); "
          f"{len(slow_closed)} closed" + (f" after {span([c.closed - c.opened for c in slow_closed])}" if slow_closed else ""))
    if slow_live:
        print("    every byte restarts the inactivity timeout: the per-address and total limits are the defence")
    quitters = [c.closed - c.last_byte for c in ended("quitter")]
    print(f"stopped senders (3 bytes, then silence): {len(quitters)} of 3 closed {span(quitters)} after their last byte "
          f"(timeout {TIMEOUT_S} s)")
    if len(quitters) < 3 or any(not TIMEOUT_S - 1 <= q <= TIMEOUT_S + 5 for q in quitters + idle_closed):
        failures.append("a silent connection was not closed within the inactivity timeout (+5 s)")
    kept, closed, answered, status, elapsed = limit
    print(f"per-address limit: {PER_ADDRESS + 10} connections from {LIMIT_ADDRESS}: {kept} kept, {closed} closed at once; "
          f"one more request from {LIMIT_ADDRESS}: {'answered' if answered else 'closed unanswered'}; "
          f"from 127.0.0.1 meanwhile: {status} in {elapsed:.1f} ms")
    if kept != PER_ADDRESS or closed != 10 or answered or status != 200:
        failures.append("the per-address limit did not hold")
    print(f"server memory under the attack: {memory(server_pid)}")
    return failures


def log_summary(log_path):
    """The server's messages besides its notices (start-up, demo data, stop), most frequent first:
    libmicrohttpd's own say what it refused and why."""
    counts = {}
    with open(log_path, errors="replace") as f:
        for line in f:
            if not re.match(r"\S+Z notice hoctap: ", line):
                counts[line.rstrip()] = counts.get(line.rstrip(), 0) + 1
    for message, count in sorted(counts.items(), key=lambda item: -item[1])[:5]:
        print(f"server log: {count} × {message[:150]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60, help="attack duration (default 60; at least the timeout + 8 s)")
    ap.add_argument("--server", help="a built hoctap binary (default: build release with --scratch)")
    ap.add_argument("--scratch", default=os.environ.get("SLOW_SCRATCH", ".build-slow"), help="swift build scratch path (default .build-slow)")
    ap.add_argument("--idle", type=int, default=500, help="idle connections held (default 500)")
    ap.add_argument("--slow", type=int, default=50, help="slow-loris connections (default 50)")
    ap.add_argument("--drip", type=float, default=5, help="seconds between a slow-loris's bytes (default 5)")
    ap.add_argument("--baseline", type=float, default=3, help="seconds of the normal client alone first (default 3)")
    ap.add_argument("--max-p99-ms", type=float, default=500, help="largest acceptable p99 of the normal client (default 500)")
    ap.add_argument("--total-limit", action="store_true",
                    help="then fill all 1000 connections with slow-loris from five more addresses: the limit of the defence")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (database, server log)")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    if (args.idle + args.slow) / len(ATTACKERS) >= PER_ADDRESS:
        ap.error(f"--idle + --slow must stay under {PER_ADDRESS * len(ATTACKERS)} ({PER_ADDRESS} per address)")
    # The script holds about 800 sockets and the server as many: raise the open-file limit the server inherits.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))

    work = tempfile.mkdtemp(prefix="hoctap-slow.")
    started = []

    def terminate(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    try:
        binary = os.path.abspath(args.server) if args.server else build(args.scratch)
        process, port, log_path = start_server(binary, work, started, demo=True)
        say(f"hoctap --demo ready on 127.0.0.1:{port} (pid {process.pid})")
        catalogue = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        catalogue.request("GET", "/khoa-hoc")
        course = re.search(r'href="(/khoa-hoc/[a-z0-9-]+)"', catalogue.getresponse().read().decode())
        catalogue.close()
        if not course:
            raise Failure("no course link on /khoa-hoc")
        paths = ["/", "/lich", course.group(1)]
        print(f"slow clients against {binary} (pid {process.pid}) on 127.0.0.1:{port}; pages {', '.join(paths)}")
        print(f"settings: {PER_ADDRESS} connections per address, {TIMEOUT_S} s inactivity timeout "
              f"(Sources/MicroHTTP/ServerConfiguration.swift)")
        baseline = run_client(port, paths, args.baseline)
        print(f"server memory before the attack: {memory(process.pid)}")
        duration = max(args.seconds, TIMEOUT_S + 8)
        say(f"attacking for {duration:.0f} s: {args.idle} idle, {args.slow} slow-loris, 3 stopping")
        attack = Attack(port, args.idle, args.slow, args.drip, duration)
        client = NormalClient(port, paths)
        client.start()
        attack.run()
        client.stopping.set()
        client.join()
        limit = per_address_limit(port)
        failures = report(args, baseline, client, attack, duration, limit, process.pid)
        attack.release()
        if args.total_limit:
            held, outcome = total_limit(port, args.drip)
            print(f"total limit: {held} slow-loris from {FILLERS[0]}–{FILLERS[-1]} ({PER_ADDRESS} each, within the "
                  f"per-address limit); a normal request from 127.0.0.1 meanwhile: {outcome}")
        if process.poll() is not None:
            raise ServerDied(process, log_path, "the server died during the attack")
    except (Failure, OSError) as error:
        say(f"slow_clients: {error}")
        return 2
    except KeyboardInterrupt:
        say("slow_clients: interrupted")
        return 130
    finally:
        for process in started:
            stop_server(process)
        if started:
            log_summary(os.path.join(work, "hoctap.log"))
        if args.keep:
            say(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"FAIL: {failure}")
    print("PASS" if not failures else "FAIL")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
