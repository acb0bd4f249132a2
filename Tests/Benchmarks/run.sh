#!/usr/bin/env bash
# HocTap throughput benchmark: one command, one table.
#
#   bash Tests/Benchmarks/run.sh
#   BENCH_DURATION=3s BENCH_ROUNDS=1 bash Tests/Benchmarks/run.sh     # quick check
#
# Measures HocTap (release build, 500 extra synthetic courses) against a C libmicrohttpd
# "hello" server run in the same sitting, and reports each endpoint as a ratio to that
# baseline: absolute req/s swing with the machine, the ratio much less. Besides the pages,
# two write rows (roll-call saves, self check-ins), each request a real database write, on
# data seeded by bench_data.py (residents, classes, sessions, the 2026 Week). See README.md.
#
# Settings (environment):
#   BENCH_DURATION     wrk duration of one round, whole s or m (default 10s)
#   BENCH_ROUNDS       rounds per endpoint; the median round by req/s is reported (default 3)
#   BENCH_WARMUP       wrk warm-up per endpoint before the rounds, 0 to skip (default 2s)
#   BENCH_THREADS      wrk threads (default 2)
#   BENCH_CONNECTIONS  wrk connections (default 64)
#   BENCH_COURSES      synthetic courses added to the real ones (default 500)
#   BENCH_INFO_ROUNDS  rounds for the --log-level info comparison, 0 to skip (default 1)
#   BENCH_RESIDENTS    signed-in residents seeded; each check-in uses one up (default 200000)
#   BENCH_COMMUNE      residents of a generated commune to measure against (`hoctap demo-data
#                      --residents N --years 5 --last-year 2026`), 0 for none (default 0);
#                      100000 is the large merged commune of issue 7 (about 2.5 million attendances)
#   BENCH_COMMUNE_YEARS years of that commune's history (default 5)
#   BENCH_SCRATCH      swift build scratch path (default .build-bench)
#   BENCH_KEEP=1       keep the temporary folder (catalogue, database, wrk outputs)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

duration="${BENCH_DURATION:-10s}"
rounds="${BENCH_ROUNDS:-3}"
warmup="${BENCH_WARMUP:-2s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-64}"
course_count="${BENCH_COURSES:-500}"
info_rounds="${BENCH_INFO_ROUNDS:-1}"
residents="${BENCH_RESIDENTS:-200000}"
commune="${BENCH_COMMUNE:-0}"
commune_years="${BENCH_COMMUNE_YEARS:-5}"
scratch="${BENCH_SCRATCH:-.build-bench}"
# The large data set has its own targets (issue 7): p99 under 20 ms, peak memory under 150 MB.
if ((commune > 0)); then p99_limit_ms=20 rss_limit_mb=150; else p99_limit_ms=15 rss_limit_mb=100; fi
startup_limit_ms=1000

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

# --- tools ------------------------------------------------------------------------------
# Install only what is missing, so a prepared machine is left untouched and a fresh one
# (CI, a new developer machine) still gets everything from Debian.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v cc >/dev/null || missing+=(gcc)
command -v python3 >/dev/null || missing+=(python3)
command -v pkg-config >/dev/null || missing+=(pkg-config)
pkg-config --exists libmicrohttpd 2>/dev/null || missing+=(libmicrohttpd-dev)
if ((${#missing[@]})); then
    say "installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi
command -v swift >/dev/null || die "swift is not on PATH"

# --- temporary folder and clean-up ------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/hoctap-bench.XXXXXX")"
mkdir -p "$work/wrk"
pids=()

# Servers must never outlive the script, whatever way it ends.
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${BENCH_KEEP:-0}" = 1 ]; then say "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port the kernel says is free now (loopback only).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# "10s", "2m" → whole seconds, to bound each wrk run with `timeout`.
to_seconds() {
    case "$1" in
        *m) echo $((${1%m} * 60)) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}

# wait_ready PID URL: polls until URL answers 200; returns 1 if the process dies or 120 s pass.
wait_ready() {
    local pid=$1 url=$2 deadline=$((SECONDS + 120))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true)" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { say "server (pid $pid) exited before answering $url"; return 1; }
        ((SECONDS < deadline)) || { say "no 200 from $url within 120 s"; return 1; }
        sleep 0.01
    done
}

# stop_server PID: SIGTERM (graceful stop), SIGKILL after 10 s; forgets the pid.
stop_server() {
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local kept=()
    for i in "${pids[@]}"; do [ "$i" = "$pid" ] || kept+=("$i"); done
    pids=(${kept[@]+"${kept[@]}"})
}

# run_wrk URL DURATION OUT [SCRIPT ARGS…]: one bounded wrk run on loopback, optionally with a
# Lua script that makes each request (wrk wants its options before the URL, the script's
# arguments after "--").
# A non-empty $cookie is sent with every request (the signed-in rows).
run_wrk() {
    local url=$1 duration=$2 out=$3 limit script=() header=()
    shift 3
    limit=$(($(to_seconds "$duration") + 30))
    if (($#)); then script=(-s "$1"); shift; fi
    [ -z "${cookie:-}" ] || header=(-H "Cookie: $cookie")
    timeout "$limit" wrk -t"$threads" -c"$connections" -d"$duration" --timeout 2s --latency \
        ${header[@]+"${header[@]}"} ${script[@]+"${script[@]}"} "$url" ${script[@]+-- "$@"} >"$out" \
        || die "wrk failed on $url (see $out)"
}

# parse_wrk FILE → "req/s p50_ms p99_ms errors requests" (errors: answers of 400 and up +
# socket errors; requests: answered in the run).
parse_wrk() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        /^Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END {
            if (rps == "") { print "run.sh: no Requests/sec in " FILENAME > "/dev/stderr"; exit 1 }
            printf "%.2f %.3f %.3f %d %d\n", rps, p50, p99, errors, requests
        }' "$1"
}

# busy_percent: share of all CPUs busy over 2 s while none of our servers or wrk run. Other
# work on the machine (a test run, a build) skews every figure; this says whether it was there.
busy_percent() {
    local a b
    a=($(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat))
    sleep 2
    b=($(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat))
    awk -v busy=$((b[0] - a[0])) -v idle=$((b[1] - a[1])) \
        'BEGIN { printf "%.0f", (busy + idle > 0) ? 100 * busy / (busy + idle) : 0 }'
}

# --- build ------------------------------------------------------------------------------
say "building the C hello server"
cc -O2 -o "$work/hello" "$here/hello.c" $(pkg-config --cflags --libs libmicrohttpd)

# A scratch path of its own so the benchmark never fights the debug build in .build/ (and,
# with BENCH_SCRATCH, never fights another benchmark run's build either).
say "building hoctap (release, $scratch)"
swift build -c release --product hoctap --scratch-path "$scratch" >&2
hoctap="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/hoctap"
[ -x "$hoctap" ] || die "no binary at $hoctap"

say "generating the catalogue ($course_count synthetic courses)"
python3 "$here/make_catalogue.py" "$work/courses" --count "$course_count" >&2
courses_total=$(find "$work/courses" -mindepth 1 -maxdepth 1 -type d | wc -l)

busy_before=$(busy_percent)

# --- servers ----------------------------------------------------------------------------
hello_port=$(free_port)
"$work/hello" "$hello_port" 2>"$work/hello.log" &
hello_pid=$!
pids+=("$hello_pid")
wait_ready "$hello_pid" "http://127.0.0.1:$hello_port/" || { cat "$work/hello.log" >&2; die "hello did not start"; }

# start_hoctap PORT LOGFILE [extra flags…]: starts the server with only the flags below
# (HOCTAP_* variables of the caller's shell cleared so they cannot change what is measured),
# waits for the first 200 and sets app_pid and startup_ms (process start → first 200; the
# 10 ms polling step bounds its precision).
start_hoctap() {
    local port=$1 log=$2
    shift 2
    local unset=() name
    for name in $(compgen -e | grep '^HOCTAP_' || true); do unset+=(-u "$name"); done
    local started
    started=$(date +%s%N)
    env ${unset[@]+"${unset[@]}"} "$hoctap" serve --host 127.0.0.1 --port "$port" \
        --database "$work/bench.sqlite" --courses "$work/courses" --public "$root/Public" "$@" 2>"$log" &
    app_pid=$!
    pids+=("$app_pid")
    wait_ready "$app_pid" "http://127.0.0.1:$port/khoa-hoc" || { tail -n 20 "$log" >&2; die "hoctap did not start"; }
    startup_ms=$((($(date +%s%N) - started) / 1000000))
}

# The large data set is generated before the first start, so start-up is timed on it.
if ((commune > 0)); then
    say "generating a commune of $commune residents, $commune_years years (hoctap demo-data)"
    generated_at=$(date +%s)
    "$hoctap" demo-data --residents "$commune" --years "$commune_years" --last-year 2026 --seed 1 \
        --database "$work/bench.sqlite" --courses "$root/Course" --log-level warning >"$work/commune.txt"
    generate_seconds=$(($(date +%s) - generated_at))
    attendance_rows=$(awk -F': ' '$1 == "attendance" { print $2 }' "$work/commune.txt")
fi

app_port=$(free_port)
start_hoctap "$app_port" "$work/hoctap.log" --log-level warning
startup_fresh_ms=$startup_ms
say "hoctap ready in ${startup_fresh_ms} ms with $courses_total courses (pid $app_pid)"

# --- data for the schedule, the Week and the writes -------------------------------------
# The database as start-up left it holds only the course index: its size is the figure
# earlier runs reported, so it is read now, before the seed data go in.
index_db_bytes=$(stat -c %s "$work/bench.sqlite")
index_wal_bytes=$( [ -f "$work/bench.sqlite-wal" ] && stat -c %s "$work/bench.sqlite-wal" || echo 0)
# Seeded beside the idle server (WAL lets another process write), after the fresh start-up
# was timed, so the start-up figure stays comparable with earlier runs.
say "seeding $residents signed-in residents, classes, sessions and the 2026 Week (bench_data.py)"
append=()
((commune == 0)) || append=(--append)
python3 "$here/bench_data.py" seed "$work/bench.sqlite" --residents "$residents" ${append[@]+"${append[@]}"} \
    --tokens "$work/residents.tokens" --courses "$root/Course" >"$work/seed.env"
# KEY=value lines of hex tokens and numbers only (see bench_data.py).
. "$work/seed.env"

# count_rows rollcall|checkin SESSION: the rows the write load has produced (bench_data.py count).
count_rows() { python3 "$here/bench_data.py" count "$work/bench.sqlite" "$1" "$2"; }

# --- what is measured -------------------------------------------------------------------
# Parallel arrays, one entry per endpoint: shown name, port, path, target as a % of the
# C baseline ("base" marks the baseline itself; "N/s" an absolute rate, for the writes) and
# kind: "get" repeats one GET; "resident" and "staff" repeat one GET signed in as the busiest
# resident or as staff (never cached: every request reads the database); "rollcall" and
# "checkin" are writes made by a Lua script.
lesson_slug="phong-chong-lua-dao-truc-tuyen"
rollcall_path="/quan-tri/buoi/$ROLLCALL_SESSION/diem-danh"
week="/tuan-le-hoc-tap/2026" # the edition bench_data.py seeds
names=("C hello /" "static /static/style.css" "catalogue /khoa-hoc" "course /khoa-hoc/$lesson_slug"
       "lesson /khoa-hoc/$lesson_slug/bai/1" "search /tim-kiem?q=lua+dao" "schedule /lich"
       "week programme $week" "week event /su-kien/$WEEK_EVENT" "week print $week/in"
       "week loudspeaker $week/thong-bao" "week feed $week.ics"
       "resident: own page /ca-nhan" "resident: record /ca-nhan/ho-so" "resident: self-assessment /ca-nhan/tu-danh-gia/2026"
       "staff: roll call /quan-tri/buoi/$ROLLCALL_VIEW_SESSION/diem-danh" "staff: class /quan-tri/lop/$ADMIN_CLASS"
       "staff: residents search /quan-tri/nguoi-dan?q=nguyen+van"
       "write: roll-call save POST $rollcall_path" "write: check-in GET /diem-danh/{code}")
paths=("/" "/static/style.css" "/khoa-hoc" "/khoa-hoc/$lesson_slug" "/khoa-hoc/$lesson_slug/bai/1"
       "/tim-kiem?q=lua+dao" "/lich" "$week" "/su-kien/$WEEK_EVENT" "$week/in" "$week/thong-bao" "$week.ics"
       "/ca-nhan" "/ca-nhan/ho-so" "/ca-nhan/tu-danh-gia/2026"
       "/quan-tri/buoi/$ROLLCALL_VIEW_SESSION/diem-danh" "/quan-tri/lop/$ADMIN_CLASS" "/quan-tri/nguoi-dan?q=nguyen+van"
       "$rollcall_path" "/diem-danh")
ports=("$hello_port")
for ((i = 1; i < ${#paths[@]}; i++)); do ports+=("$app_port"); done
targets=(base 60 30 30 30 10 30 30 30 30 30 30 15 15 15 15 15 15 2000/s 2000/s)
kinds=(get get get get get get get get get get get get resident resident resident staff staff staff rollcall checkin)

staff_cookie="hoctap_session=$STAFF_TOKEN; hoctap_csrf=$CSRF_TOKEN"
resident_cookie="hoctap_session=$RESIDENT_TOKEN; hoctap_csrf=$CSRF_TOKEN"
# cookie_for KIND: the cookie a row's requests carry (none for anonymous pages and the writes,
# whose Lua scripts set their own).
cookie_for() {
    case "$1" in
    resident) echo "$resident_cookie" ;;
    staff) echo "$staff_cookie" ;;
    *) echo "" ;;
    esac
}
checkin_offset=0 # tokens of residents.tokens already used by check-ins (one per resident)
rollcall_runs=0  # roll-call wrk runs so far: each marks its own group of residents

# check_keep_alive NAME: warns when the last answer (headers in $work/headers) closes the connection.
check_keep_alive() {
    if grep -qi '^connection: *close' "$work/headers"; then say "warning: $1 answers 'Connection: close'"; fi
}

# A 404 or an error page would be fast and meaningless: check every answer first, and that
# keep-alive holds (a "Connection: close" answer turns the run into a connect benchmark).
# A write must also be seen in the database: a 303 to the sign-in page would look like a save.
for i in "${!names[@]}"; do
    url="http://127.0.0.1:${ports[$i]}${paths[$i]}"
    case "${kinds[$i]}" in
    get | resident | staff)
        read -r code size < <(curl -s -D "$work/headers" -o /dev/null -w '%{http_code} %{size_download}\n' \
            -b "$(cookie_for "${kinds[$i]}")" "$url")
        [ "$code" = 200 ] || die "${paths[$i]} answered $code, not 200"
        say "checked ${names[$i]}: 200, $size bytes"
        ;;
    rollcall)
        # The probe person is outside the pool rollcall.lua cycles through.
        before=$(count_rows rollcall "$ROLLCALL_SESSION")
        code=$(curl -s -D "$work/headers" -o /dev/null -w '%{http_code}' -b "$staff_cookie" \
            --data "csrf=$CSRF_TOKEN&action=mark&person=$ROLLCALL_PROBE_PERSON&status=co-mat" "$url")
        location=$(awk 'tolower($1) == "location:" { print $2 }' "$work/headers" | tr -d '\r')
        [ "$code" = 303 ] && [ "$location" = "$rollcall_path#nguoi-$ROLLCALL_PROBE_PERSON" ] \
            || die "roll-call save answered $code to '$location', not 303 back to the roll call"
        [ "$(count_rows rollcall "$ROLLCALL_SESSION")" = $((before + 1)) ] || die "roll-call save wrote no row"
        say "checked ${names[$i]}: 303, one row written"
        ;;
    checkin)
        # bench_data.py computes the codes itself; the instructor's screen must show the same
        # (this minute's, or the next one's if the minute turned in between).
        read -r _ codes < <(python3 "$here/bench_data.py" codes "$CHECKIN_SECRET" "$CHECKIN_SESSION" 2)
        code=$(curl -s -b "$staff_cookie" "http://127.0.0.1:$app_port/quan-tri/buoi/$CHECKIN_SESSION/ma-diem-danh" \
            | sed -n 's/.*class="checkin-code">\([^<]*\)<.*/\1/p' | tr -d ' ')
        [[ -n "$code" && ",$codes," == *",$code,"* ]] \
            || die "check-in code: bench_data.py made '$codes', the instructor's screen shows '$code'"
        before=$(count_rows checkin "$CHECKIN_SESSION")
        size=$(curl -s -D "$work/headers" -o /dev/null -w '%{http_code} %{size_download}' \
            -b "hoctap_session=$(head -n 1 "$work/residents.tokens"); hoctap_csrf=$CSRF_TOKEN" "$url/$code")
        [ "${size% *}" = 200 ] || die "check-in answered ${size% *}, not 200"
        [ "$(count_rows checkin "$CHECKIN_SESSION")" = $((before + 1)) ] || die "check-in recorded no attendance"
        checkin_offset=1
        say "checked ${names[$i]}: 200, ${size#* } bytes, one attendance recorded"
        ;;
    esac
    check_keep_alive "${names[$i]}"
done

# run_endpoint I DURATION OUT: one wrk run on endpoint I. A write row also leaves in OUT.writes
# the rows the run added, counted in the database, so the table says what really happened.
run_endpoint() {
    local i=$1 duration=$2 out=$3 url="http://127.0.0.1:${ports[$1]}${paths[$1]}" before first_step codes
    case "${kinds[$i]}" in
    get | resident | staff)
        cookie=$(cookie_for "${kinds[$i]}") run_wrk "$url" "$duration" "$out"
        ;;
    rollcall)
        # A fresh group of residents per run: rollcall.lua starts every person at "co-mat", a
        # no-op for anyone a previous run left at "co-mat".
        local first=$((ROLLCALL_FIRST_PERSON + rollcall_runs % ROLLCALL_GROUPS * ROLLCALL_PEOPLE))
        rollcall_runs=$((rollcall_runs + 1))
        before=$(count_rows rollcall "$ROLLCALL_SESSION")
        run_wrk "$url" "$duration" "$out" "$here/rollcall.lua" "$rollcall_path" "$CSRF_TOKEN" "$STAFF_TOKEN" \
            "$first" "$ROLLCALL_PEOPLE" "$threads"
        echo $(($(count_rows rollcall "$ROLLCALL_SESSION") - before)) >"$out.writes"
        ;;
    checkin)
        # The codes of every minute the run can span, so it may last longer than a code lives.
        read -r first_step codes < <(python3 "$here/bench_data.py" codes "$CHECKIN_SECRET" "$CHECKIN_SESSION" \
            $(($(to_seconds "$duration") / 60 + 3)))
        before=$(count_rows checkin "$CHECKIN_SESSION")
        run_wrk "$url" "$duration" "$out" "$here/checkin.lua" "$work/residents.tokens" "$checkin_offset" "$threads" \
            "$CSRF_TOKEN" "$first_step" "$codes"
        echo $(($(count_rows checkin "$CHECKIN_SESSION") - before)) >"$out.writes"
        # The first token no thread reached (checkin.lua prints it when wrk ends), so the next
        # run never repeats a resident.
        checkin_offset=$(sed -n 's/^checkin.lua next offset: //p' "$out")
        [ -n "$checkin_offset" ] || die "checkin.lua printed no next offset (see $out)"
        ;;
    esac
}

if [ "$warmup" != 0 ]; then
    say "warming up (${warmup} per endpoint)"
    for i in "${!names[@]}"; do
        run_endpoint "$i" "$warmup" "$work/wrk/warmup.$i.txt"
    done
fi

# Rounds are the outer loop so that a slow spell of the machine hits every endpoint, the
# baseline included, rather than all rounds of one endpoint.
for ((round = 1; round <= rounds; round++)); do
    for i in "${!names[@]}"; do
        out="$work/wrk/$i.$round.txt"
        run_endpoint "$i" "$duration" "$out"
        line="$(parse_wrk "$out") $(cat "$out.writes" 2>/dev/null || echo -)"
        echo "$line" >>"$work/wrk/$i.results"
        read -r rps _ p99 errors requests writes <<<"$line"
        message="round $round/$rounds  ${names[$i]}: $rps req/s, p99 $p99 ms, errors $errors"
        [ "$writes" = - ] || message+="; $requests answered, $writes rows written"
        say "$message"
    done
done
if ((checkin_offset > SEEDED_RESIDENTS)); then
    say "warning: check-ins used $checkin_offset residents but only $SEEDED_RESIDENTS were seeded: later" \
        "requests repeated residents and wrote nothing. Raise BENCH_RESIDENTS."
fi

# Peak memory and database size of the warning-level run, read before the server stops.
rss_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$app_pid/status")
db_bytes=$(stat -c %s "$work/bench.sqlite")
wal_bytes=$( [ -f "$work/bench.sqlite-wal" ] && stat -c %s "$work/bench.sqlite-wal" || echo 0)
stop_server "$app_pid"
busy_after=$(busy_percent) # the hello server stays up but idle

# median FILE: the middle round by req/s (the lower middle for an even count).
median() {
    local n
    n=$(wc -l <"$1")
    sort -n -k1,1 "$1" | sed -n "$(((n + 1) / 2))p"
}

# --- the table --------------------------------------------------------------------------
for i in "${!names[@]}"; do
    printf '%s\t%s\t%s\n' "${names[$i]}" "${targets[$i]}" "$(median "$work/wrk/$i.results")"
done >"$work/table.tsv"

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "HocTap benchmark — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores ($cpu)"
echo "other work on the machine: ${busy_before}% CPU busy before the rounds, ${busy_after}% after (quiet: under 5%)"
echo "wrk -t$threads -c$connections -d$duration --latency, median of $rounds round(s) by req/s;" \
     "$courses_total courses ($course_count synthetic); server --log-level warning"
echo
awk -F'\t' -v p99max="$p99_limit_ms" '
    { name[NR] = $1; target[NR] = $2; split($3, v, " ")
      rps[NR] = v[1]; p50[NR] = v[2]; p99[NR] = v[3]; err[NR] = v[4]; answered[NR] = v[5]; written[NR] = v[6]
      if ($2 == "base") base = v[1] }
    # ASCII only in cells: awk pads by bytes, so "µs" or "≥" would break the alignment.
    function lat(ms) { return ms < 1 ? sprintf("%.0f us", ms * 1000) : sprintf("%.2f ms", ms) }
    function dashes(n,  s) { s = ""; while (n-- > 0) s = s "-"; return s }
    END {
        fmt = "| %-53s | %7s | %10s | %10s | %6s | %8s | %-26s |\n"
        printf fmt, "endpoint", "req/s", "p50", "p99", "ratio", "target", "met?"
        printf "|%s|%s:|%s:|%s:|%s:|%s:|%s|\n", dashes(55), dashes(8), dashes(11), dashes(11),
               dashes(7), dashes(9), dashes(28)
        for (i = 1; i <= NR; i++) {
            ratio = base > 0 ? 100 * rps[i] / base : 0
            if (target[i] == "base") { goal = "baseline"; met = "-" }
            else {
                # "N/s": an absolute rate (the writes); otherwise a share of the baseline.
                absolute = target[i] ~ /\/s$/
                goal = absolute ? sprintf(">= %d/s", target[i] + 0) : sprintf(">= %d%%", target[i]); why = ""
                if (absolute ? rps[i] < target[i] + 0 : ratio < target[i]) why = why (absolute ? "rate " : "ratio ")
                if (p99[i] >= p99max) why = why "p99 "
                if (err[i] > 0) why = why err[i] " errors "
                sub(/ $/, "", why)
                met = why == "" ? "yes" : "NO (" why ")"
            }
            printf fmt, name[i], sprintf("%.0f", rps[i]), lat(p50[i]), lat(p99[i]),
                   sprintf("%.1f%%", ratio), goal, met
        }
        printf "\np99 target: under %d ms on every HocTap row, writes included (part of met?).\n", p99max
        # What the write rows did, counted in the database after each run (median round):
        # rows can exceed requests by up to one per connection, answered after wrk stopped.
        for (i = 1; i <= NR; i++) if (written[i] != "" && written[i] != "-")
            printf "%s: %d requests answered, %d %s\n", name[i], answered[i], written[i],
                   name[i] ~ /roll-call/ ? "saves recorded (attendance rows inserted + statuses changed, each audited)" \
                                         : "check-ins recorded (attendance rows)"
    }' "$work/table.tsv"

rss_mb=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }')
rss_met=$(awk -v kb="$rss_kb" -v max="$rss_limit_mb" 'BEGIN { print (kb / 1024 < max) ? "yes" : "NO" }')
echo "Peak RSS (VmHWM at the end): $rss_mb MB — target < $rss_limit_mb MB: $rss_met"
if ((commune > 0)); then
    echo "Start-up (process start → first 200 on /khoa-hoc, on the generated commune): $startup_fresh_ms ms" \
         "— target < $startup_limit_ms ms: $( ((startup_fresh_ms < startup_limit_ms)) && echo yes || echo NO)"
    echo "Data: a generated commune of $commune residents over $commune_years years ($attendance_rows attendance rows," \
         "made in $generate_seconds s by hoctap demo-data), plus the benchmark's own classes and signed-in sessions"
else
    echo "Start-up (process start → first 200 on /khoa-hoc, fresh database): $startup_fresh_ms ms" \
         "— target < $startup_limit_ms ms: $( ((startup_fresh_ms < startup_limit_ms)) && echo yes || echo NO)"
fi
awk -v db="$index_db_bytes" -v wal="$index_wal_bytes" -v n="$courses_total" -v generated="$commune" \
    'BEGIN { printf "Database: %.1f MB (+ %.1f MB WAL) for %d courses%s, before seeding\n", db / 1048576, wal / 1048576, n,
                    (generated > 0 ? " and the generated commune" : "") }'
awk -v db="$db_bytes" -v wal="$wal_bytes" -v r="$SEEDED_RESIDENTS" -v c="$SEEDED_CLASSES" -v s="$SEEDED_SESSIONS" \
    -v e="$SEEDED_EVENTS" \
    'BEGIN { printf "Database at the end: %.1f MB (+ %.1f MB WAL) with %d residents signed in, %d classes, %d sessions," \
                    " %d Week events and the rows the write rounds added\n", db / 1048576, wal / 1048576, r, c, s, e }'
# The server logs only warnings and errors here: any line at all deserves a look.
if [ -s "$work/hoctap.log" ]; then
    echo "Server log: $(wc -l <"$work/hoctap.log") line(s) at --log-level warning, the first:"
    head -n 3 "$work/hoctap.log" | cut -c1-200
fi

# --- the cost of the access log ---------------------------------------------------------
# The default level (info) writes one line per request to stderr; measured here with stderr
# to /dev/null so the figure is the logging code's cost, not a terminal's or a disk's.
if [ "$info_rounds" -gt 0 ]; then
    app_port=$(free_port) # a fresh port: the old one may still have sockets in TIME_WAIT
    start_hoctap "$app_port" /dev/null
    startup_info_ms=$startup_ms
    echo
    echo "Access log cost: default --log-level info (stderr → /dev/null), $info_rounds round(s) of $duration:"
    printf '| %-53s | %13s | %10s | %7s |\n' "endpoint" "req/s warning" "req/s info" "change"
    printf '|%s|%s:|%s:|%s:|\n' "$(printf -- '-%.0s' {1..55})" "$(printf -- '-%.0s' {1..14})" \
        "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..8})"
    for i in "${!names[@]}"; do
        # HocTap pages only: the write rows would need fresh residents and change the data.
        [ "${targets[$i]}" != base ] && [ "${kinds[$i]}" = get ] || continue
        url="http://127.0.0.1:$app_port${paths[$i]}"
        [ "$warmup" = 0 ] || run_wrk "$url" "$warmup" "$work/wrk/info-warmup.$i.txt"
        for ((round = 1; round <= info_rounds; round++)); do
            run_wrk "$url" "$duration" "$work/wrk/info.$i.$round.txt"
            parse_wrk "$work/wrk/info.$i.$round.txt" >>"$work/wrk/info.$i.results"
        done
        read -r info_rps _ <<<"$(median "$work/wrk/info.$i.results")"
        read -r warn_rps _ <<<"$(median "$work/wrk/$i.results")"
        awk -v n="${names[$i]}" -v w="$warn_rps" -v f="$info_rps" \
            'BEGIN { printf "| %-53s | %13.0f | %10.0f | %+6.1f%% |\n", n, w, f, 100 * (f - w) / w }'
    done
    echo "Start-up with the database already built (info run): $startup_info_ms ms"
    stop_server "$app_pid"
fi
