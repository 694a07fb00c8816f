#!/usr/bin/env bash
# CI step 3 (issue 7): builds NangoQt::Core and the libFuzzer harnesses with clang
# (build-fuzz/, -fsanitize=fuzzer,address,undefined) and runs each target for a bounded time
# from its seed corpus (tests/fuzz/corpus/<target>). A crash, sanitizer report, broken
# invariant or failed query round trip fails the script and leaves crash-*/leak-* files in
# build-fuzz/findings/<target>/.
#   bash scripts/ci-fuzz.sh [seconds per target, default 30]
# Measured on the 2-core CI machine (2026-11-26): 2 min 9 s from a clean build-fuzz/ with 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${NANGOQT_FUZZ_BUILD_DIR:-$src/build-fuzz}
seconds=${1:-30}

cmake -S "$src" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNANGOQT_BUILD_FUZZERS=ON \
    -DNANGOQT_BUILD_WIDGETS=OFF -DNANGOQT_BUILD_QUICK=OFF -DNANGOQT_BUILD_DEVSERVER=OFF \
    -DNANGOQT_BUILD_DEMO=OFF -DNANGOQT_BUILD_TESTS=OFF
cmake --build "$build" -j2 --target fuzz_frame fuzz_errorparser fuzz_query

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for target in frame errorparser query; do
    findings="$build/findings/$target"
    work="$build/corpus/$target" # the seeds plus what this run found: never written into the repo
    rm -rf "$findings" "$work"
    mkdir -p "$findings" "$work"
    echo "== fuzz_$target: ${seconds}s"
    status=0
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$work" "$src/tests/fuzz/corpus/$target" \
        > "$findings/log.txt" 2>&1 || status=$?
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: seed corpus)' "$findings/log.txt" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$target failed (exit $status); its log and reproducer(s) are in $findings:" >&2
        tail -n 60 "$findings/log.txt" >&2
        exit 1
    fi
done
