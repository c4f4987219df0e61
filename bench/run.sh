#!/usr/bin/env bash
# bench/run.sh CORPUS_DIR [BUILD_DIR]: times the whole newsparse command on a
# directory of articles and prints articles/s, MB/s and peak RSS for --jobs 1
# and --jobs 2, the start-up time on one small article, and the time of each
# adversarial input (which must grow linearly with its size).
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
corpus=${1:?usage: bench/run.sh CORPUS_DIR [BUILD_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-$root/build}/newsparse
[ -x "$bin" ] || { echo "no newsparse at $bin: build first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

files=$(find "$corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat | wc -c)
printf 'corpus %s: %d articles, %.1f MB\n' "$corpus" "$files" "$(echo "$bytes / 1000000" | bc -l)"

measure() {  # prints seconds (to the microsecond) and peak RSS (KB) of: newsparse ARGS > /dev/null
  local log start end
  log=$(mktemp)
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$log" "$bin" "$@" > /dev/null 2>/dev/null || true
  end=$(date +%s%N)
  # GNU time's own %e has only centiseconds: a 0.2 s run would be 5% off.
  echo "$(echo "($end - $start) / 1000000000" | bc -l) $(tail -n 1 "$log")"
  rm -f "$log"
}

for jobs in 1 2; do
  best=""
  for run in 1 2 3; do  # best of three: the machine may be busy
    read -r secs rss < <(measure -q -j "$jobs" "$corpus")
    if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc)" = 1 ]; then best=$secs; best_rss=$rss; fi
  done
  secs=$(echo "if ($best < 0.001) 0.001 else $best" | bc -l)
  printf -- '--jobs %d: %.3f s, %.0f articles/s, %.1f MB/s, peak RSS %.1f MB\n' "$jobs" "$secs" \
    "$(echo "$files / $secs" | bc -l)" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(echo "$best_rss / 1024" | bc -l)"
  [ "$jobs" = 1 ] && secs_one=$secs
done
printf -- '--jobs 2 speed-up: %.2f times --jobs 1\n' "$(echo "$secs_one / $secs" | bc -l)"

small=$root/samples/tass-arctic-shipping.txt
start=$(date +%s%N)
for _ in $(seq 100); do "$bin" "$small" > /dev/null; done
end=$(date +%s%N)
printf 'start-up + one small article: %.2f ms (mean of 100 runs)\n' "$(echo "($end - $start) / 100 / 1000000" | bc -l)"
# What starting any process costs on this machine, for scale: on some
# virtual machines fork, exec and page faults alone take several ms.
start=$(date +%s%N)
for _ in $(seq 100); do /bin/true; done
end=$(date +%s%N)
printf '  (for scale, /bin/true: %.2f ms)\n' "$(echo "($end - $start) / 100 / 1000000" | bc -l)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gen() {  # gen NAME UNIT BYTES: a headline and UNIT repeated to BYTES
  # whole units, so a multi-byte character is never cut (yes ends by SIGPIPE: no failure)
  local count=$(( $3 / $(printf '%s' "$2" | wc -c) ))
  { printf 'Adversarial headline\n\n'; (set +o pipefail; yes "$2" | head -n "$count" | tr -d '\n'); printf '\n'; } > "$tmp/$1"
}
for size in 5000000 20000000; do
  gen "quotes-$size.txt" '"a" ' "$size"
  gen "capitals-$size.txt" 'Alpha Bravo Charlie Delta ' "$size"
  gen "said-$size.txt" 'he said, ' "$size"
  gen "nesting-$size.txt" '("[“(' "$size"
  gen "longline-$size.txt" 'word, word; word. ' "$size"
done
for f in "$tmp"/*; do
  read -r secs rss < <(measure -q --max-bytes 64M "$f")
  printf 'adversarial %-22s %5.1f MB: %6.2f s, peak RSS %.1f MB\n' "$(basename "$f")" \
    "$(echo "$(stat -c %s "$f") / 1000000" | bc -l)" "$secs" "$(echo "$rss / 1024" | bc -l)"
done
