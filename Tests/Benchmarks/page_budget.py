#!/usr/bin/env python3
"""Page budget: what each public page costs a phone, in bytes, and whether it needs another host.

    python3 Tests/Benchmarks/page_budget.py                        # builds release itself
    python3 Tests/Benchmarks/page_budget.py --server .build-budget/release/hoctap

Starts `hoctap serve --demo` on a temporary database (or, with `--data bench`, without
`--demo` on the data run.sh seeds: 40 classes, the schedule of a busy centre) (port 0: the port is read from the
server's start-up line), fetches every public page type, finds every resource the page makes
a browser load (stylesheets, scripts, images, icons, preloads, `url(...)` and `@import` in the
CSS and in inline styles), fetches each same-host resource once per page without compression
(no Accept-Encoding), and prints a table: HTML, CSS, JS, images, other, total, whether the
total is under the budget (50 KB = 51,200 bytes by default) and the other hosts a resource
points at. Plain links (`<a href>`, `<link rel="canonical">`, `<form action>`) are not
resources. Inline SVG and inline styles count as HTML.

Pages with ids (course, lesson, class, event) are found by following links in the HTML; with
several candidates, every one is measured and the heaviest is reported ("heaviest of N").

Exit status: 0 all pages within budget and on this host only, 1 a page over budget or needing
another host, 2 the measurement itself failed (build, start-up, a page not answering 200).
Standard library only.
"""

import argparse
import html.parser
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# <link rel=…> values whose href the browser fetches (or connects to) by itself.
FETCHED_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed",
                     "mask-icon", "manifest", "preload", "modulepreload", "prefetch", "preconnect",
                     "dns-prefetch", "prerender"}
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.I)
CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
JS_ABSOLUTE = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?""")
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


class Failure(Exception):
    """The measurement could not be made (exit status 2)."""


def say(text):
    print(text, file=sys.stderr, flush=True)


# --- fetching ---------------------------------------------------------------------------------

class Client:
    """GETs on one host:port over one keep-alive connection, without compression."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.origin = f"http://{host}:{port}"
        self.connection = None

    def get(self, path):
        """→ (status, headers dict lower-cased, body bytes). No Accept-Encoding is sent."""
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=20)
            try:
                self.connection.putrequest("GET", path, skip_accept_encoding=True)
                self.connection.putheader("User-Agent", "hoctap-page-budget")
                self.connection.endheaders()
                response = self.connection.getresponse()
                body = response.read()
                headers = {k.lower(): v for k, v in response.getheaders()}
                if headers.get("connection", "").lower() == "close":
                    self.close()
                return response.status, headers, body
            except (http.client.HTTPException, OSError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


# --- finding resources ------------------------------------------------------------------------

class PageParser(html.parser.HTMLParser):
    """Collects the resources of one HTML page (kind, url) and its plain links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.resources = []   # (kind hint, raw url, where)
        self.links = []       # <a href>
        self.next = None      # <a rel="next" href>: the following page of a series (the schedule's next week)
        self.inline_css = []  # <style> contents and style="" attributes
        self.base = None
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if "style" in a:
            self.inline_css.append(a["style"])
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
            if "next" in a.get("rel", "").lower().split():
                self.next = a["href"]
        elif tag == "link" and a.get("href"):
            rels = set(a.get("rel", "").lower().split())
            fetched = rels & FETCHED_LINK_RELS
            if not fetched:
                return
            if "stylesheet" in rels:
                kind = "css"
            elif rels & {"icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon"}:
                kind = "image"
            elif rels & {"preload", "modulepreload", "prefetch"}:
                kind = {"style": "css", "script": "js", "image": "image"}.get(a.get("as", ""), "other")
                if "modulepreload" in rels:
                    kind = "js"
            elif rels & {"preconnect", "dns-prefetch"}:
                kind = "connect"  # no bytes, but a connection to that host
            else:
                kind = "other"
            self.resources.append((kind, a["href"], f"<link rel={a.get('rel')}>"))
        elif tag == "script" and a.get("src"):
            self.resources.append(("js", a["src"], "<script src>"))
        elif tag in ("img", "source", "input", "video", "audio", "track", "embed", "iframe", "object"):
            if tag == "input" and a.get("type", "").lower() != "image":
                return
            kind = {"img": "image", "input": "image", "source": "image"}.get(tag, "other")
            for name in ("src", "data", "poster"):
                if a.get(name):
                    self.resources.append((kind if name != "poster" else "image", a[name], f"<{tag} {name}>"))
            if a.get("srcset"):
                # The browser picks one candidate; count the first, but check the hosts of all.
                candidates = [c.strip().split()[0] for c in a["srcset"].split(",") if c.strip()]
                for i, candidate in enumerate(candidates):
                    self.resources.append(("image" if i == 0 else "host-only", candidate, f"<{tag} srcset>"))
        elif tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.inline_css.append(data)


def css_references(text):
    """url(...) and @import targets of a stylesheet (comments removed)."""
    text = CSS_COMMENT.sub("", text)
    found = []
    for m in CSS_IMPORT.finditer(text):
        found.append(("css", m.group(1) or m.group(2)))
    for m in CSS_URL.finditer(text):
        url = (m.group(1) or m.group(2) or m.group(3) or "").strip()
        if url:
            found.append(("url", url))
    return found


def kind_of(url_path, content_type, hint):
    content_type = (content_type or "").split(";")[0].strip().lower()
    if content_type == "text/css":
        return "css"
    if content_type in ("application/javascript", "text/javascript", "application/x-javascript"):
        return "js"
    if content_type.startswith("image/"):
        return "image"
    if content_type.startswith("font/") or url_path.endswith((".woff", ".woff2", ".ttf", ".otf")):
        return "other"
    if hint in ("css", "js", "image"):
        return hint
    return "other"


class Measurer:
    def __init__(self, client, budget):
        self.client = client
        self.budget = budget
        self.cache = {}  # path → (status, content-type, content-encoding, body)
        self.host_netloc = f"{client.host}:{client.port}"

    def fetch(self, path):
        if path not in self.cache:
            status, headers, body = self.client.get(path)
            self.cache[path] = (status, headers.get("content-type", ""), headers.get("content-encoding", ""),
                                headers.get("location", ""), body)
        return self.cache[path]

    def page(self, path, follow_redirects=True):
        """→ (final path, html bytes, body text). Raises Failure unless it ends in a 200."""
        seen = [path]
        while True:
            status, ctype, encoding, location, body = self.fetch(path)
            if status in (301, 302, 303, 307, 308) and follow_redirects and location:
                target = urllib.parse.urljoin(self.client.origin + path, location)
                parts = urllib.parse.urlsplit(target)
                if parts.netloc != self.host_netloc:
                    raise Failure(f"{seen[0]} redirects to another host: {target}")
                path = parts.path + (f"?{parts.query}" if parts.query else "")
                seen.append(path)
                if len(seen) > 5:
                    raise Failure(f"{seen[0]}: too many redirects ({' → '.join(seen)})")
                continue
            if status != 200:
                raise Failure(f"{' → '.join(seen)} answered {status}, not 200")
            if encoding and encoding.lower() != "identity":
                raise Failure(f"{path} came compressed ({encoding}) although no Accept-Encoding was sent")
            return path, body

    def same_host_path(self, base_url, raw):
        """→ ("same", path) | ("other", netloc) | ("skip", None) for a reference on a page."""
        raw = raw.strip()
        if not raw or raw.startswith("#") or raw.lower().startswith(("data:", "about:", "javascript:", "blob:")):
            return "skip", None
        url = urllib.parse.urljoin(base_url, raw)
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return "other", f"{parts.scheme}:"
        if parts.netloc.lower() != self.host_netloc:
            return "other", parts.netloc
        return "same", (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def measure(self, name, path):
        """One page and what it loads → dict of byte counts, other hosts, problems and the links."""
        final_path, body = self.page(path)
        text = body.decode("utf-8", errors="replace")
        parser = PageParser()
        parser.feed(text)
        parser.close()
        page_url = self.client.origin + final_path
        base_url = urllib.parse.urljoin(page_url, parser.base) if parser.base else page_url
        row = {"name": name, "path": final_path, "html": len(body), "css": 0, "js": 0, "image": 0, "other": 0,
               "hosts": set(), "problems": [], "resources": [], "links": [urllib.parse.urljoin(base_url, h)
                                                                          for h in parser.links],
               "next": urllib.parse.urljoin(base_url, parser.next) if parser.next else None}
        counted = set()
        queue = [(kind, raw, where, base_url) for kind, raw, where in parser.resources]
        queue += [("url", raw, "inline style", base_url) for css in parser.inline_css
                  for _, raw in css_references(css)]
        while queue:
            hint, raw, where, base = queue.pop(0)
            verdict, value = self.same_host_path(base, raw)
            if verdict == "skip":
                continue
            if verdict == "other":
                row["hosts"].add(value)
                row["problems"].append(f"{where} → {raw}")
                continue
            if hint in ("connect", "host-only") or value in counted:
                continue
            counted.add(value)
            status, ctype, encoding, location, data = self.fetch(value)
            if status != 200:
                row["problems"].append(f"{where} {value} answered {status}")
                continue
            if encoding and encoding.lower() != "identity":
                row["problems"].append(f"{value} came compressed ({encoding})")
            kind = kind_of(urllib.parse.urlsplit(value).path, ctype, hint)
            row[kind] += len(data)
            row["resources"].append((kind, value, len(data)))
            resource_url = self.client.origin + value
            if kind == "css":
                queue += [(k, r, f"url() in {value}", resource_url) for k, r in
                          css_references(data.decode("utf-8", errors="replace"))]
            elif kind == "js":
                # A script may load more at run time; literal absolute URLs are the visible sign.
                for m in JS_ABSOLUTE.finditer(data.decode("utf-8", errors="replace")):
                    netloc = urllib.parse.urlsplit(m.group(0) if ":" in m.group(0).split("//")[0]
                                                   else "http:" + m.group(0)).netloc
                    if netloc.lower() != self.host_netloc:
                        row["hosts"].add(netloc)
                        row["problems"].append(f"URL literal in {value} → {m.group(0)}")
            elif kind == "image" and (ctype.startswith("image/svg") or value.endswith(".svg")):
                svg = data.decode("utf-8", errors="replace")
                for m in re.finditer(r"""(?:href|xlink:href)\s*=\s*["']([^"']+)["']""", svg):
                    queue.append(("image", m.group(1), f"reference in {value}", resource_url))
        row["total"] = row["html"] + row["css"] + row["js"] + row["image"] + row["other"]
        return row


# --- the server -------------------------------------------------------------------------------

def build(scratch):
    say(f"building hoctap (release, {scratch})")
    try:
        subprocess.run(["swift", "build", "-c", "release", "--product", "hoctap", "--scratch-path", scratch],
                       cwd=ROOT, check=True, stdout=sys.stderr)
        bin_path = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--show-bin-path"],
                                  cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as error:
        raise Failure(f"build failed: {error}")
    return os.path.join(bin_path, "hoctap")


def start_server(binary, work, started, demo=True):
    """→ (process, port, log path). Port 0: the server prints the one it bound. The process is
    appended to `started` at once, so the caller stops it even if start-up is interrupted."""
    log_path = os.path.join(work, "hoctap.log")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOCTAP_")}
    log = open(log_path, "wb")
    process = subprocess.Popen(
        [binary, "serve", "--host", "127.0.0.1", "--port", "0", "--database", os.path.join(work, "budget.sqlite"),
         "--courses", os.path.join(ROOT, "Course"), "--public", os.path.join(ROOT, "Public"),
         "--log-level", "notice"] + (["--demo"] if demo else []),
        cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    started.append(process)
    log.close()
    deadline = time.monotonic() + 120
    port = None
    while port is None:
        if process.poll() is not None:
            raise ServerDied(process, log_path)
        with open(log_path, "rb") as f:
            m = re.search(rb"http://127\.0\.0\.1:(\d+)/", f.read())
        if m:
            port = int(m.group(1))
        elif time.monotonic() > deadline:
            raise ServerDied(process, log_path, "no start-up line within 120 s")
        else:
            time.sleep(0.02)
    client = Client("127.0.0.1", port)
    while True:
        try:
            if client.get("/khoa-hoc")[0] == 200:
                break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise ServerDied(process, log_path, "no 200 from /khoa-hoc")
        time.sleep(0.02)
    client.close()
    return process, port, log_path


class ServerDied(Failure):
    def __init__(self, process, log_path, why=None):
        try:
            with open(log_path, "r", errors="replace") as f:
                tail = "".join(f.readlines()[-20:])
        except OSError:
            tail = ""
        code = process.poll()
        super().__init__((why or f"the server exited ({code}) before answering") + ("\n" + tail if tail else ""))


def stop_server(process):
    """SIGTERM (graceful), SIGKILL after 10 s."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- the pages --------------------------------------------------------------------------------

def links_matching(row, pattern):
    """Same-host paths among a page's <a href> that match pattern, in page order, without repeats."""
    found = []
    for url in row["links"]:
        parts = urllib.parse.urlsplit(url)
        if re.fullmatch(pattern, parts.path) and parts.path not in found:
            found.append(parts.path)
    return found


def heaviest(measurer, name, paths, limit):
    if not paths:
        raise Failure(f"no link to a {name} page found")
    rows = [measurer.measure(name, p) for p in paths[:limit]]
    best = max(rows, key=lambda r: r["total"])
    if len(rows) > 1:
        best["name"] = f"{name} (heaviest of {len(rows)})"
    return best, rows


def measure_all(measurer, limit):
    rows = []
    home = measurer.measure("home", "/")
    catalogue = measurer.measure("catalogue", "/khoa-hoc")
    rows += [home, catalogue]

    course_paths = links_matching(catalogue, r"/khoa-hoc/[^/]+")
    course, courses = heaviest(measurer, "course", course_paths, limit)
    rows.append(course)
    lesson_paths = []
    for c in courses:
        lesson_paths += [p for p in links_matching(c, r"/khoa-hoc/[^/]+/bai/[^/]+") if p not in lesson_paths]
    rows.append(heaviest(measurer, "lesson", lesson_paths, limit)[0])

    rows.append(measurer.measure("search", "/tim-kiem?q=lua+dao"))
    # The schedule shows one week at a time: this week and each following one its "next week"
    # link reaches (at most `limit`), the heaviest reported.
    schedule = measurer.measure("schedule", "/lich")
    weeks = [schedule]
    while weeks[-1]["next"] and len(weeks) < limit:
        parts = urllib.parse.urlsplit(weeks[-1]["next"])
        weeks.append(measurer.measure("schedule", parts.path + (f"?{parts.query}" if parts.query else "")))
    busiest = max(weeks, key=lambda r: r["total"])
    if len(weeks) > 1:
        busiest["name"] = f"schedule (heaviest of {len(weeks)} weeks)"
    rows.append(busiest)
    class_paths = links_matching(schedule, r"/lop/\d+") or links_matching(home, r"/lop/\d+")
    rows.append(heaviest(measurer, "class", class_paths, limit)[0])

    week = measurer.measure("Week programme", "/tuan-le-hoc-tap/2026")
    rows.append(week)
    event_paths = links_matching(week, r"/su-kien/\d+")
    rows.append(heaviest(measurer, "event", event_paths, limit)[0])
    rows.append(measurer.measure("Week print", "/tuan-le-hoc-tap/2026/in"))

    for name, path in [("points rule", "/diem-tich-luy"), ("learning citizen", "/cong-dan-hoc-tap"),
                       ("sign-in", "/dang-nhap"), ("register", "/dang-ky"), ("check-in", "/diem-danh")]:
        rows.append(measurer.measure(name, path))
    return rows


def kb(n):
    return f"{n / 1024:.1f}"


def print_table(rows, budget):
    headers = ["page", "path", "HTML", "CSS", "JS", "images", "other", "total", f"≤ {budget // 1024} KB?", "other hosts"]
    table = []
    for r in rows:
        met = "yes" if r["total"] <= budget else f"NO (+{kb(r['total'] - budget)})"
        table.append([r["name"], r["path"], kb(r["html"]), kb(r["css"]), kb(r["js"]), kb(r["image"]),
                      kb(r["other"]), kb(r["total"]), met, ", ".join(sorted(r["hosts"])) or "none"])
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    right = {2, 3, 4, 5, 6, 7}

    def line(cells):
        return "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip()

    print("sizes in KB (1 KB = 1,024 bytes), uncompressed (requests sent without Accept-Encoding)")
    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in table:
        print(line(row))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--server", help="a built hoctap binary (default: build release with --scratch-path)")
    ap.add_argument("--scratch", default=os.environ.get("BUDGET_SCRATCH", ".build-budget"),
                    help="swift build scratch path when building (default .build-budget)")
    ap.add_argument("--budget-kb", type=int, default=50, help="budget per page in KB of 1,024 bytes (default 50)")
    ap.add_argument("--limit", type=int, default=60,
                    help="most candidates measured per page type with ids (course, lesson, class, event; default 60)")
    ap.add_argument("--data", choices=["demo", "bench"], default="demo",
                    help="demo: `serve --demo` (default); bench: no --demo, the database seeded by bench_data.py "
                         "as run.sh does (40 classes, about 80 sessions a week for 8 weeks, the 2026 Week)")
    ap.add_argument("--verbose", action="store_true", help="list every resource of every reported page")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (database, server log)")
    args = ap.parse_args()
    budget = args.budget_kb * 1024

    work = tempfile.mkdtemp(prefix="hoctap-budget.")
    started = []  # the server, once spawned
    old_handlers = {}

    def terminate(signum, frame):
        raise KeyboardInterrupt

    for s in (signal.SIGTERM, signal.SIGHUP):
        old_handlers[s] = signal.signal(s, terminate)
    try:
        binary = os.path.abspath(args.server) if args.server else build(args.scratch)
        if not os.access(binary, os.X_OK):
            raise Failure(f"no executable at {binary}")
        process, port, log_path = start_server(binary, work, started, demo=args.data == "demo")
        say(f"hoctap{' --demo' if args.data == 'demo' else ''} ready on 127.0.0.1:{port} (pid {process.pid})")
        if args.data == "bench":
            say("seeding villages, classes, sessions and the 2026 Week (bench_data.py, 100 residents)")
            try:
                subprocess.run([sys.executable, os.path.join(HERE, "bench_data.py"), "seed",
                                os.path.join(work, "budget.sqlite"), "--residents", "100",
                                "--tokens", os.path.join(work, "residents.tokens"),
                                "--courses", os.path.join(ROOT, "Course")],
                               check=True, stdout=subprocess.DEVNULL)
            except (OSError, subprocess.CalledProcessError) as error:
                raise Failure(f"bench_data.py seed failed: {error}")
        client = Client("127.0.0.1", port)
        measurer = Measurer(client, budget)
        rows = measure_all(measurer, args.limit)
        client.close()
        if process.poll() is not None:
            raise ServerDied(process, log_path, "the server died during the measurement")
    except Failure as error:
        say(f"page_budget: {error}")
        return 2
    except KeyboardInterrupt:
        say("page_budget: interrupted")
        return 130
    finally:
        # A second Ctrl-C must not leave the server running: cleanup ignores the stop signals.
        for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            old_handlers.setdefault(s, signal.getsignal(s))
            signal.signal(s, signal.SIG_IGN)
        for process in started:
            stop_server(process)
        if args.keep:
            say(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
        for s, h in old_handlers.items():
            signal.signal(s, h)

    print_table(rows, budget)
    over = [r for r in rows if r["total"] > budget]
    foreign = [r for r in rows if r["hosts"]]
    problems = [(r, p) for r in rows for p in r["problems"]]
    if args.verbose or over:
        print()
        for r in (rows if args.verbose else over):
            print(f"{r['name']} {r['path']}: HTML {r['html']:,} bytes")
            for kind, path, size in r["resources"]:
                print(f"    {kind:6} {size:>9,}  {path}")
    if problems:
        print()
        for r, p in problems:
            print(f"{r['name']} {r['path']}: {p}")
    print()
    if over or foreign:
        print(f"budget missed: {len(over)} page(s) over {args.budget_kb} KB, {len(foreign)} needing another host")
        return 1
    if any("answered" in p for _, p in problems):
        print("a resource did not answer 200 (see above)")
        return 1
    print(f"all {len(rows)} pages within {args.budget_kb} KB, no other host")
    return 0


if __name__ == "__main__":
    sys.exit(main())
