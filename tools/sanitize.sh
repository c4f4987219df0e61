#!/usr/bin/env bash
# tools/sanitize.sh [SECONDS]: the sanitizer job of CI. Builds newsparse with
# clang, AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer coverage,
# runs the whole test suite under them, then each fuzz target for SECONDS
# (default 60) from its committed seed corpus. Any crash, leak or sanitizer
# report fails the job; a crashing input is left in build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
tools/deps.sh --sanitize
CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSPARSE_FUZZ=ON \
  -DNEWSPARSE_SANITIZE=address,undefined >/dev/null
cmake --build build-fuzz -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build-fuzz --output-on-failure
mkdir -p build-fuzz/crashes
for target in parse input; do
  work=build-fuzz/corpus-$target
  mkdir -p "$work"
  cp fuzz/corpus/$target/* "$work"/
  echo "fuzzing ${target}_fuzz for ${seconds} s"
  build-fuzz/fuzz/${target}_fuzz -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 \
    -artifact_prefix=build-fuzz/crashes/ "$work" fuzz/corpus/$target 2>&1 | grep -E "^(stat::number_of_executed_units|Done|==|SUMMARY)" || true
  if ls build-fuzz/crashes/* >/dev/null 2>&1; then
    echo "fuzzing found a crash: build-fuzz/crashes/" >&2
    exit 1
  fi
done
echo "sanitizers and fuzzing: clean"
