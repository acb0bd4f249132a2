#!/usr/bin/env bash
# HocTap report benchmark: how long the reports staff print and the pages a resident opens
# take on a generated commune (`hoctap demo-data`), one request at a time, as a person waits.
#
#   bash Tests/Benchmarks/report_bench.sh                          # 20,000 people, 5 years
#   REPORT_RESIDENTS=100000 bash Tests/Benchmarks/report_bench.sh  # a large merged commune
#
# Generates the commune into a temporary folder, makes an administrator (`hoctap
# create-admin`), starts the release server, signs in through the login form, gives the
# busiest resident a password through the real reset flow (staff print a one-time code, the
# resident sets a password with it), then asks each page REPORT_REPEAT times with curl and
# prints the first, median and slowest answer. See README.md.
#
# Settings (environment):
#   REPORT_RESIDENTS  people in the generated commune (default 20000)
#   REPORT_YEARS      calendar years of activity, ending last year (default 5)
#   REPORT_SEED       the generator's seed (default 2026)
#   REPORT_REPEAT     requests per page, one after another (default 10)
#   REPORT_LIMIT_MS   the commune report's target median (default 500)
#   REPORT_SCRATCH    swift build scratch path (default .build-report-bench)
#   REPORT_KEEP=1     keep the temporary folder (database, cookies, server log)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

residents="${REPORT_RESIDENTS:-20000}"
years="${REPORT_YEARS:-5}"
seed="${REPORT_SEED:-2026}"
repeat="${REPORT_REPEAT:-10}"
limit_ms="${REPORT_LIMIT_MS:-500}"
scratch="${REPORT_SCRATCH:-.build-report-bench}"
# Numbers the generator never hands out (its phones start 03, 05, 07, 08 or 09).
admin_phone=0200000001
password="bao-cao-thu-nghiem-2026"

say() { printf '%s\n' "$*" >&2; }
die() { say "report_bench.sh: $*"; exit 1; }

# curl asks for the pages and python3 reads the database; either is installed from Debian
# only when missing, so a prepared machine is left untouched.
for tool in curl python3; do
    command -v "$tool" >/dev/null && continue
    say "installing $tool"
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "$tool" >&2
    else sudo apt-get update -qq && sudo apt-get install -y -qq "$tool" >&2; fi
done
command -v swift >/dev/null || die "swift is not on PATH"

work="$(mktemp -d "${TMPDIR:-/tmp}/hoctap-report.XXXXXX")"
db="$work/commune.sqlite"
server_pid=""
# The server must never outlive the script, whatever way it ends.
cleanup() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "${REPORT_KEEP:-0}" = 1 ]; then say "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "building hoctap (release, $scratch)"
swift build -c release --product hoctap --scratch-path "$scratch" >&2
hoctap="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/hoctap"
[ -x "$hoctap" ] || die "no binary at $hoctap"
# The caller's HOCTAP_* variables must not change what is measured.
for name in $(compgen -e | grep '^HOCTAP_' || true); do unset "$name"; done

# --- the commune ------------------------------------------------------------------------
say "generating $residents people over $years years (seed $seed)"
started=$(date +%s%N)
"$hoctap" demo-data --database "$db" --residents "$residents" --years "$years" --seed "$seed" --courses "$root/Course" \
    --log-level warning >"$work/generated.txt"
generate_ms=$((($(date +%s%N) - started) / 1000000))
cat "$work/generated.txt" >&2
HOCTAP_ADMIN_PASSWORD="$password" "$hoctap" create-admin --database "$db" --phone "$admin_phone" --name "Quản trị đo thử" \
    --log-level warning

# The busiest year (most attendance rows), the whole span, and the resident with the most
# attendances that year among those who self-assessed: the heaviest record and form.
read -r busy first last phone < <(python3 - "$db" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
year = "CAST(strftime('%Y', class_session.starts_at + 7 * 3600, 'unixepoch') AS INTEGER)"  # Vietnam time
busy = db.execute(f"""SELECT {year} FROM attendance JOIN class_session ON class_session.id = attendance.session_id
                      GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1""").fetchone()[0]
first, last = db.execute("SELECT MIN(year), MAX(year) FROM week_edition").fetchone()
phone = db.execute(f"""SELECT person.phone FROM attendance
                       JOIN class_session ON class_session.id = attendance.session_id
                       JOIN person ON person.id = attendance.person_id AND person.role = 'resident'
                       JOIN self_assessment ON self_assessment.person_id = person.id AND self_assessment.year = ?1
                       WHERE {year} = ?1 GROUP BY person.id ORDER BY COUNT(*) DESC, person.id LIMIT 1""", (busy,)).fetchone()[0]
print(busy, first, last, phone)
EOF
)
[ -n "${phone:-}" ] || die "found no busiest year or resident in $db"

# --- the server -------------------------------------------------------------------------
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$hoctap" serve --host 127.0.0.1 --port "$port" --database "$db" --courses "$root/Course" --public "$root/Public" \
    --log-level warning 2>"$work/server.log" &
server_pid=$!
deadline=$((SECONDS + 60))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/khoa-hoc" || true)" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 20 "$work/server.log" >&2; die "the server stopped before answering"; }
    ((SECONDS < deadline)) || die "no answer from $base within 60 s"
    sleep 0.05
done

# post JAR PATH FIELD=VALUE…: a form as a browser sends it, with the CSRF token the site set
# in the jar's cookie (a GET of the form's page sets it); prints the status, keeps the answer.
post() {
    local jar=$1 path=$2 csrf field fields=()
    shift 2
    csrf=$(awk '$6 == "hoctap_csrf" { print $7 }' "$jar")
    for field in "$@" "csrf=$csrf"; do fields+=(--data-urlencode "$field"); done
    curl -s -b "$jar" -c "$jar" -o "$work/answer" -w '%{http_code}' "${fields[@]}" "$base$path"
}

admin="$work/admin.cookies"
curl -s -c "$admin" -o /dev/null "$base/dang-nhap"
[ "$(post "$admin" /dang-nhap "phone=$admin_phone" "password=$password")" = 303 ] || die "the administrator could not sign in"
# Staff print a one-time code for the resident, who sets a password with it and is signed in.
[ "$(post "$admin" /quan-tri/cap-lai-mat-khau "phone=$phone")" = 200 ] || die "no one-time code for $phone"
code=$(sed -n 's/.*<td class="code">\([0-9 ]*\)<.*/\1/p' "$work/answer" | tr -d ' ')
[ -n "$code" ] || die "the code slip shows no code"
resident="$work/resident.cookies"
curl -s -c "$resident" -o /dev/null "$base/dat-mat-khau"
[ "$(post "$resident" /dat-mat-khau "phone=$phone" "code=$code" "password=$password")" = 303 ] || die "the resident could not set a password"

# --- the measurements -------------------------------------------------------------------
# Other work on the machine (a build, a test run) slows every page; the load average says whether it was there.
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
# Parallel arrays: what is shown, the path, whose cookies ask for it.
names=("commune report, busiest year $busy" "commune report, $first-$last" "commune report CSV, $busy"
       "commune report CSV, $first-$last" "Week report $busy" "resident: learning record" "resident: self-assessment $busy")
whole="tu=01/01/$first&den=31/12/$last"
paths=("/quan-tri/bao-cao?nam=$busy" "/quan-tri/bao-cao?$whole" "/quan-tri/bao-cao.csv?nam=$busy" "/quan-tri/bao-cao.csv?$whole"
       "/quan-tri/tuan-le/$busy/bao-cao" "/ca-nhan/ho-so" "/ca-nhan/tu-danh-gia/$busy")
jars=("$admin" "$admin" "$admin" "$admin" "$admin" "$resident" "$resident")

printf '| %-44s | %8s | %9s | %8s | %9s |\n' page "first ms" "median ms" "max ms" bytes >"$work/table.md"
printf '| %-44s | %8s | %9s | %8s | %9s |\n' --- ---: ---: ---: ---: >>"$work/table.md"
for i in "${!names[@]}"; do
    : >"$work/times"
    for ((n = 0; n < repeat; n++)); do
        read -r status seconds bytes < <(curl -s -b "${jars[$i]}" -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' \
            "$base${paths[$i]}")
        [ "$status" = 200 ] || die "${paths[$i]} answered $status"
        echo "$seconds" >>"$work/times"
    done
    # The first answer, then the median and the slowest of all (times sorted).
    read -r first_ms median_ms max_ms < <({ head -n 1 "$work/times"; sort -g "$work/times"; } | awk '{ ms[NR] = $1 * 1000 } END {
        n = NR - 1; printf "%.1f %.1f %.1f\n", ms[1], (n % 2 ? ms[(n + 3) / 2] : (ms[n / 2 + 1] + ms[n / 2 + 2]) / 2), ms[NR] }')
    if [ "$i" = 0 ]; then year_median=$median_ms; fi
    printf '| %-44s | %8s | %9s | %8s | %9s |\n' "${names[$i]}" "$first_ms" "$median_ms" "$max_ms" "$bytes" >>"$work/table.md"
    say "${names[$i]}: median $median_ms ms"
done
peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status")
db_bytes=$(($(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0)))

echo
echo "HocTap report benchmark, $(date -u +%Y-%m-%d), $(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo))"
echo "commune: $residents people, $years years ($first–$last), seed $seed; $(sed -n 's/^attendance: //p' "$work/generated.txt")" \
    "attendance rows; generated in $(awk -v ms="$generate_ms" 'BEGIN { printf "%.1f", ms / 1000 }') s;" \
    "database $(awk -v b="$db_bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MB"
echo "each page $repeat times in a row with curl, one at a time, signed in (resident: the busiest of $busy, phone $phone)"
echo "load average before the pages: $load_before; after: $(cut -d ' ' -f 1-3 /proc/loadavg) (curl and the server share the cores)"
echo
cat "$work/table.md"
echo
# The peak is the sign-ins' argon2id hashing (64 MiB each), not the pages: the resident set
# after them says what the pages keep.
echo "server memory: peak (VmHWM) $(awk -v kb="$peak_kb" 'BEGIN { printf "%.1f", kb / 1024 }') MB, set by the sign-ins'" \
    "argon2id (64 MiB); resident after the pages (VmRSS) $(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }') MB"
verdict=$(awk -v m="$year_median" -v l="$limit_ms" 'BEGIN { print (m < l) ? "met" : "MISSED" }')
echo "commune report of the busiest year, median $year_median ms: target < $limit_ms ms $verdict"
if [ -s "$work/server.log" ]; then echo "server log:"; head -n 5 "$work/server.log"; fi
