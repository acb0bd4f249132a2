#!/usr/bin/env python3
"""HocTap accessibility check: axe-core on every public page type and the main admin pages.

    python3 Tests/Benchmarks/accessibility.py            # build, serve --demo, check, report
    python3 Tests/Benchmarks/accessibility.py --keep     # keep the temporary folder (database, log)
    python3 Tests/Benchmarks/accessibility.py --server .build-axe/debug/hoctap --verbose
                                                         # no build; list the "needs review" nodes

What it does:
  1. creates a Python venv in <scratch>/venv (default .build-axe/venv, git-ignored) with
     selenium and axe-selenium-python (which ships axe.js), then re-runs itself in it;
  2. builds hoctap (`swift build --scratch-path <scratch> --product hoctap`);
  3. starts `hoctap serve --demo` on a temporary database and a free loopback port, and creates
     an administrator with `hoctap create-admin` (HOCTAP_ADMIN_PASSWORD);
  4. drives Debian's headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver): the public
     pages signed out, then signs in through the login form and checks the admin pages and
     /ca-nhan, each at 1280 and 360 CSS pixels wide;
  5. prints per page the violations (rule id, impact, count, a sample target) of the WCAG 2.0,
     2.1 and 2.2 A/AA rules, and exits 1 if there is any.

axe.js: axe-selenium-python 2.x (the newest for Python < 3.12) ships axe-core 3.1, which has no
WCAG 2.1/2.2 rules. The venv therefore also holds axe-playwright-python (installed without its
dependencies, only for the axe.min.js it ships, axe-core 4.x); the newest axe.min.js of the
installed packages is injected through axe-selenium-python's Axe class.

Settings (environment): AXE_SCRATCH (swift scratch path, default .build-axe), AXE_CHROMIUM,
AXE_CHROMEDRIVER (default /usr/bin/chromium, /usr/bin/chromedriver), AXE_WIDTHS (default
"1280 360").
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SCRATCH = os.environ.get("AXE_SCRATCH", ".build-axe")
VENV = os.path.join(ROOT, SCRATCH, "venv")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ADMIN_PHONE = "0912345678"
ADMIN_PASSWORD = "kiem-tra-tiep-can-2026"
WEEK_YEAR = 2026


def say(*parts):
    print(*parts, file=sys.stderr, flush=True)


# --- the venv -----------------------------------------------------------------------------
def ensure_venv():
    """Re-runs this script inside the venv, creating and filling it first if needed."""
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(os.path.join(VENV, ".hoctap-ready")):
        say(f"creating the venv {VENV} (selenium, axe-selenium-python)")
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        pip = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run(pip + ["selenium", "axe-selenium-python"], check=True)
        # Only for its axe.min.js (axe-core 4.x): playwright itself is not needed.
        subprocess.run(pip + ["--no-deps", "axe-playwright-python"], check=True)
        open(os.path.join(VENV, ".hoctap-ready"), "w").close()
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])


def newest_axe_script():
    """The axe.min.js with the highest axe-core version among the venv's packages."""
    import site

    found = []
    for base in site.getsitepackages():
        for folder, _, files in os.walk(base):
            if "axe.min.js" in files:
                path = os.path.join(folder, "axe.min.js")
                with open(path, encoding="utf8") as f:
                    head = f.read(2_000_000)
                match = re.search(r'version="(\d+)\.(\d+)\.(\d+)', head)
                if match:
                    found.append((tuple(int(x) for x in match.groups()), path))
    if not found:
        sys.exit("accessibility.py: no axe.min.js in the venv")
    found.sort()
    return found[-1]


# --- the server ---------------------------------------------------------------------------
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build():
    say(f"building hoctap ({SCRATCH})")
    subprocess.run(["swift", "build", "--scratch-path", SCRATCH, "--product", "hoctap"],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "--scratch-path", SCRATCH, "--show-bin-path"],
                              cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    binary = os.path.join(bin_path, "hoctap")
    if not os.access(binary, os.X_OK):
        sys.exit(f"accessibility.py: no binary at {binary}")
    return binary


def clean_env():
    return {k: v for k, v in os.environ.items() if not k.startswith("HOCTAP_")}


def quiet(*command, env):
    """Runs a hoctap subcommand, showing its output only if it fails."""
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        say(done.stdout + done.stderr)
        sys.exit(f"accessibility.py: {' '.join(command[1:3])} failed ({done.returncode})")


def wait_ready(process, url, log):
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"accessibility.py: the server exited ({process.returncode}); see {log}")
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit(f"accessibility.py: no 200 from {url} within 120 s")


# --- the browser --------------------------------------------------------------------------
def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("AXE_CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--lang=vi", "--window-size=1280,900"):
        options.add_argument(flag)
    service = Service(os.environ.get("AXE_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_width(driver, width):
    # The window size includes the browser's frame: size the viewport itself through CDP.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})


def links(driver, pattern):
    """The page's own link paths matching pattern, in document order, without repeats."""
    hrefs = driver.execute_script("return Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))")
    seen = []
    for href in hrefs:
        path = href.split("#")[0]
        if re.fullmatch(pattern, path) and path not in seen:
            seen.append(path)
    return seen


def first_link(driver, base, page, pattern, what):
    driver.get(base + page)
    found = links(driver, pattern)
    if not found:
        sys.exit(f"accessibility.py: no link to {what} on {page}")
    return found[0]


def sign_in(driver, base):
    from selenium.webdriver.common.by import By

    driver.get(base + "/dang-nhap")
    driver.find_element(By.NAME, "phone").send_keys(ADMIN_PHONE)
    driver.find_element(By.NAME, "password").send_keys(ADMIN_PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[method=post] button[type=submit]").click()
    deadline = time.time() + 10
    while "/dang-nhap" in driver.current_url and time.time() < deadline:
        time.sleep(0.05)
    cookies = {c["name"] for c in driver.get_cookies()}
    if "/dang-nhap" in driver.current_url or "hoctap_session" not in cookies:
        sys.exit("accessibility.py: signing in through the form failed")


def check(driver, axe, base, path, widths):
    """({(rule, impact): (count, sample target, widths)}, {rules axe could not decide}) for one
    page over every width."""
    found = {}
    review = {}
    driver.get(base + path)
    for width in widths:
        set_width(driver, width)
        driver.get(base + path)
        status = driver.execute_script(
            "const e = performance.getEntriesByType('navigation')[0]; return e ? e.responseStatus : 0")
        if status and status != 200:
            sys.exit(f"accessibility.py: {path} answered {status}, not 200")
        # A redirect (to the sign-in page, say) would check the wrong page.
        landed = driver.execute_script("return location.pathname + location.search")
        if landed != path:
            sys.exit(f"accessibility.py: {path} ended on {landed}")
        axe.inject()
        results = axe.run(options={"runOnly": {"type": "tag", "values": TAGS},
                                   "resultTypes": ["violations"]})
        if not results.get("passes"):
            sys.exit(f"accessibility.py: axe applied no rule on {path}")
        for item in results.get("incomplete", []):
            for node in item["nodes"]:
                why = "; ".join(c["message"] for c in node.get("any", []) + node.get("all", []) + node.get("none", []))
                review.setdefault(item["id"], []).append(f"{width}px {' '.join(map(str, node['target']))}: {why}")
        for violation in results["violations"]:
            key = (violation["id"], violation["impact"] or "-")
            nodes = violation["nodes"]
            count, sample, seen_widths = found.get(key, (0, None, []))
            target = " ".join(str(t) for t in nodes[0]["target"]) if nodes else "-"
            found[key] = (max(count, len(nodes)), sample or target, seen_widths + [width])
    return found, review


def main():
    ensure_venv()
    from axe_selenium_python import Axe

    keep = "--keep" in sys.argv[1:]
    widths = [int(w) for w in os.environ.get("AXE_WIDTHS", "1280 360").split()]
    (version, axe_script) = newest_axe_script()
    say(f"axe-core {'.'.join(map(str, version))} ({os.path.relpath(axe_script, ROOT)})")
    if version < (4, 5, 0):
        say("warning: axe-core before 4.5 has no WCAG 2.2 rules")

    verbose = "--verbose" in sys.argv[1:]
    binary = os.path.abspath(sys.argv[sys.argv.index("--server") + 1]) if "--server" in sys.argv else build()
    work = tempfile.mkdtemp(prefix="hoctap-axe.")
    database = os.path.join(work, "axe.sqlite")
    log = os.path.join(work, "hoctap.log")
    server = driver = None
    try:
        env = clean_env()
        quiet(binary, "migrate", "--database", database, env=env)
        quiet(binary, "create-admin", "--database", database, "--phone", ADMIN_PHONE,
              "--name", "Quản Trị Kiểm Tra", env=dict(env, HOCTAP_ADMIN_PASSWORD=ADMIN_PASSWORD))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with open(log, "w") as log_file:
            server = subprocess.Popen([binary, "serve", "--demo", "--host", "127.0.0.1", "--port", str(port),
                                       "--database", database, "--courses", os.path.join(ROOT, "Course"),
                                       "--public", os.path.join(ROOT, "Public"), "--log-level", "warning"],
                                      env=env, stdout=log_file, stderr=log_file)
        wait_ready(server, base + "/khoa-hoc", log)
        say(f"hoctap --demo on {base} (pid {server.pid})")

        driver = make_driver()
        axe = Axe(driver, script_url=axe_script)

        # Real ids and slugs, found by following the site's own links.
        course = first_link(driver, base, "/khoa-hoc", r"/khoa-hoc/[a-z0-9-]+", "a course")
        lesson = first_link(driver, base, course, re.escape(course) + r"/bai/\d+", "a lesson")
        week = f"/tuan-le-hoc-tap/{WEEK_YEAR}"
        event = first_link(driver, base, week, r"/su-kien/\d+", "an event")
        course_class = first_link(driver, base, "/lich", r"/lop/\d+", "a class")
        public = [("home", "/"), ("catalogue", "/khoa-hoc"), ("course", course), ("lesson", lesson),
                  ("search results", "/tim-kiem?q=lua+dao"), ("schedule", "/lich"), ("class", course_class),
                  ("week programme", week), ("event", event), ("points", "/diem-tich-luy"),
                  ("learning citizen", "/cong-dan-hoc-tap"), ("sign in", "/dang-nhap"), ("register", "/dang-ky")]

        results = []
        for name, path in public:
            say(f"checking {path}")
            results.append((name + ", signed out", path) + check(driver, axe, base, path, widths))

        sign_in(driver, base)
        admin_class = first_link(driver, base, "/quan-tri/lop", r"/quan-tri/lop/\d+", "a class in the admin")
        admin = [("admin home", "/quan-tri"), ("residents", "/quan-tri/nguoi-dan"), ("classes", "/quan-tri/lop"),
                 ("class", admin_class), ("week", f"/quan-tri/tuan-le/{WEEK_YEAR}"),
                 ("commune report", "/quan-tri/bao-cao"), ("self-assessment reviews", "/quan-tri/tu-danh-gia"),
                 ("profile", "/ca-nhan")]
        for name, path in admin:
            say(f"checking {path}")
            results.append((name + ", administrator", path) + check(driver, axe, base, path, widths))
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if keep:
            say(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    total = 0
    print(f"HocTap accessibility — axe-core {'.'.join(map(str, version))}, tags {', '.join(TAGS)}, "
          f"widths {', '.join(map(str, widths))} px")
    for name, path, found, review in results:
        # "Needs review": axe could not decide (text over an image, say); not a failure.
        note = f"; needs review: {', '.join(sorted(review))}" if review else ""
        print(f"{'FAIL' if found else 'ok  '}  {path}  ({name}{note})")
        if verbose:
            for rule, nodes in sorted(review.items()):
                for node in nodes:
                    print(f"        review {rule}: {node}")
        for (rule, impact), (count, sample, seen) in sorted(found.items()):
            total += 1
            at = "all widths" if len(set(seen)) == len(widths) else "width " + ", ".join(map(str, sorted(set(seen))))
            print(f"        {rule} [{impact}] x{count} ({at}), e.g. {sample}")
    pages_failed = sum(1 for _, _, f, _ in results if f)
    print(f"{len(results)} pages, {pages_failed} with violations, {total} page/rule violation(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
