#!/usr/bin/env bash
# Where the time goes on one endpoint: callgrind on the release server under a fixed load.
#
#   bash Tests/Benchmarks/profile.sh '/tim-kiem?q=lua+dao' [REQUESTS] [TOP]
#
# perf is often unavailable in containers; callgrind always works and counts instructions,
# so two profiles compare exactly. Start-up (parsing the catalogue) is left out: collection
# is switched on only once the server answers, and off before it stops. Requests go over
# one keep-alive connection on 127.0.0.1, as a browser would send them.
#
# Prints the top inclusive functions (Swift names demangled). Uses the same catalogue
# (make_catalogue.py, BENCH_COURSES synthetic courses, default 500), build (BENCH_SCRATCH,
# default .build-bench) and classes and sessions as run.sh (bench_data.py, with only
# PROFILE_RESIDENTS residents, default 1000: no page profiled here lists them), so the
# schedule page /lich can be profiled too.
# PROFILE_KEEP=1 keeps the callgrind.out file and the temporary folder.
# PROFILE_UNCACHED=1 adds a different `trang=` to every request, so that pages the server
# caches (course pages, search results) are measured as first requests.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

path="${1:?usage: profile.sh PATH [REQUESTS] [TOP]}"
requests="${2:-200}"
top="${3:-40}"
course_count="${BENCH_COURSES:-500}"
scratch="${BENCH_SCRATCH:-.build-bench}"

command -v valgrind >/dev/null || {
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq valgrind >&2
}

work="$(mktemp -d "${TMPDIR:-/tmp}/hoctap-profile.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "${PROFILE_KEEP:-0}" = 1 ]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

swift build -c release --product hoctap --scratch-path "$scratch" >&2
hoctap="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/hoctap"
python3 "$here/make_catalogue.py" "$work/courses" --count "$course_count" >&2
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# One worker thread: valgrind runs one thread at a time anyway, and a single thread keeps
# the profile free of lock hand-offs that only valgrind's serialisation would cause.
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/callgrind.out" \
    "$hoctap" serve --host 127.0.0.1 --port "$port" --threads 1 --database "$work/profile.sqlite" \
    --courses "$work/courses" --public "$root/Public" --log-level warning 2>"$work/server.log" &
server_pid=$!

# Start-up is ~50x slower under valgrind: allow up to 10 minutes.
deadline=$((SECONDS + 600))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/khoa-hoc" || true)" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 20 "$work/server.log" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "profile.sh: server not ready in 600 s" >&2; exit 1; }
    sleep 1
done

# The schema exists now (the server made it); the seed goes in beside the idle server.
python3 "$here/bench_data.py" seed "$work/profile.sqlite" --residents "${PROFILE_RESIDENTS:-1000}" \
    --tokens "$work/residents.tokens" --courses "$root/Course" >/dev/null

# Warm the path once (first-use caches, SQLite pages) before collecting.
curl -s -o /dev/null "http://127.0.0.1:$port$path"
callgrind_control -i on "$server_pid" >/dev/null
PROFILE_UNCACHED="${PROFILE_UNCACHED:-0}" python3 - "$port" "$path" "$requests" <<'PY'
import http.client, os, sys
port, path, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
uncached = os.environ["PROFILE_UNCACHED"] == "1"
connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
for index in range(count):
    target = path + ("&" if "?" in path else "?") + f"trang={index + 2}" if uncached else path
    connection.request("GET", target)
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        sys.exit(f"profile.sh: {path} answered {response.status}")
PY
callgrind_control -i off "$server_pid" >/dev/null
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""

echo "callgrind: $requests × GET $path, $course_count synthetic courses, 1 worker thread"
# Inclusive cost per function; total instructions / requests gives the cost of one request.
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null \
    | awk -v n="$requests" '
        /^-+$/ { next }
        /PROGRAM TOTALS/ { gsub(/,/, "", $1); printf "%.0f instructions per request\n\n", $1 / n; next }
        /^ *[0-9,]+ / && shown < '"$top"' { print; shown++ }' \
    | swift demangle --simplified \
    | cut -c1-220
