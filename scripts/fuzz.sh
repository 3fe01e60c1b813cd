#!/usr/bin/env bash
# Bounded fuzzing of the CSV importer and the diary open path (docs/data-safety.md).
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]     default 60
# Builds build/fuzz with clang (-fsanitize=fuzzer,address,undefined) and runs each target
# from the seed corpus in tests/fuzz/corpus/. New inputs go to a scratch folder, so the
# committed corpus only changes on purpose. Exits non-zero on the first crash, leak or
# undefined behaviour, leaving the reproducer in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DNERVEDIARY_FUZZ=ON -DNERVEDIARY_BUILD_TESTS=OFF >/dev/null
cmake --build build/fuzz -j2 --target fuzz_csv_import fuzz_db_open

mkdir -p build/fuzz/artifacts
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_LOGGING_RULES="*.debug=false;*.warning=false"
for target in csv_import db_open; do
    scratch=build/fuzz/corpus-$target
    mkdir -p "$scratch"
    log=build/fuzz/fuzz_$target.log
    echo "fuzzing $target for ${seconds}s"
    if ! build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 \
        "$scratch" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "fuzz_$target found a problem: see $log and build/fuzz/artifacts/" >&2
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed "s/^/  $target /"
done
