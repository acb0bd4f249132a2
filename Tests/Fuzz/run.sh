#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs each target on a copy of its seed corpus.
#
#   bash Tests/Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]      (default: 600 s, every target)
#   FUZZ_PARALLEL=1 bash Tests/Fuzz/run.sh 600                    (all targets at once)
#
# Prints per target the executions, exec/s, corpus size, coverage and whether it crashed;
# exits 1 when any target crashed (or broke a property), printing the crashing input's path.
# Needs only the toolchain and the system packages of .ci/install-system-packages.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-600}
shift || true
all_targets=(form-decoder multipart csv-import front-matter route)
targets=("${@:-${all_targets[@]}}")
for target in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "unknown target: $target (${all_targets[*]})" >&2; exit 2; }
done

# libFuzzer without its main(): SwiftPM links every executable with a main of its own, so the
# entry hands control to libFuzzer through LLVMFuzzerRunDriver (see Tests/Fuzz/README.md).
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
runtime=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -n 1 || true)
[[ -n "$runtime" ]] || { echo "libclang_rt.fuzzer_no_main not found under $toolchain/lib/clang" >&2; exit 2; }

scratch=.build-fuzz
# Coverage instrumentation only where Swift compiles (-Xfrontend), not at link time, where
# -sanitize=fuzzer would add libFuzzer's own main. A debug build keeps the bounds checks
# of unsafe buffer pointers, which a release build drops.
swift build --scratch-path "$scratch" --product hoctap-fuzz \
    -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
    -Xlinker "$runtime" -Xlinker -lstdc++ -Xlinker -lm
binary=$(swift build --scratch-path "$scratch" --show-bin-path)/hoctap-fuzz

work=$(mktemp -d "${TMPDIR:-/tmp}/hoctap-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
results=$scratch/fuzz-results
rm -rf "$results"
mkdir -p "$results"

# One target: seeds copied to a working corpus, crashes kept under $results/<target>/.
fuzz() {
    local target=$1
    mkdir -p "$work/$target" "$results/$target"
    cp Tests/Fuzz/Corpus/"$target"/* "$work/$target/"
    local status=0
    # The Swift runtime's backtracer would take the crash signal before libFuzzer sees it.
    HOCTAP_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no "$binary" "$work/$target" \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$results/$target/" >"$results/$target.log" 2>&1 || status=$?
    echo "$status" >"$results/$target.status"
    ls "$work/$target" | wc -l >"$results/$target.corpus"
}

if [[ "${FUZZ_PARALLEL:-0}" == 1 ]]; then
    for target in "${targets[@]}"; do fuzz "$target" & done
    wait
else
    for target in "${targets[@]}"; do fuzz "$target"; done
fi

echo
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $seconds s per target, $(nproc) cores, $(swift --version 2>/dev/null | head -n 1)"
printf '%-14s %12s %8s %7s %6s  %s\n' target executions exec/s corpus cov result
# A figure from libFuzzer's final statistics (-print_final_stats), or "-".
stat() { grep -o "stat::$2: *[0-9]*" "$1" | grep -o '[0-9]*$' || echo -; }
failed=0
for target in "${targets[@]}"; do
    log=$results/$target.log
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*' || echo -)
    status=$(cat "$results/$target.status")
    result=ok
    if [[ "$status" != 0 ]]; then
        failed=1
        crash=$(grep -o 'Test unit written to .*' "$log" | sed 's/Test unit written to //' | tail -n 1 || true)
        result="CRASHED (exit $status): ${crash:-no input saved}"
    fi
    printf '%-14s %12s %8s %7s %6s  %s\n' "$target" "$(stat "$log" number_of_executed_units)" "$(stat "$log" average_exec_per_sec)" \
        "$(cat "$results/$target.corpus")" "$cov" "$result"
done
if [[ "$failed" == 1 ]]; then
    echo
    for target in "${targets[@]}"; do
        [[ "$(cat "$results/$target.status")" == 0 ]] && continue
        echo "--- $target ($results/$target.log):"
        grep -E 'Fatal error|ERROR: libFuzzer|SUMMARY|Test unit written' "$results/$target.log" | head -n 8
    done
    echo "Reproduce without the sanitizer: swift build --product hoctap-fuzz, then"
    echo "  HOCTAP_FUZZ_TARGET=<target> .build/debug/hoctap-fuzz <crashing input>"
    exit 1
fi
