#!/usr/bin/env bash
# bench/run.sh CORPUS_DIR [BUILD_DIR]: times the whole newsparse command on a
# directory of articles and prints articles/s, MB/s and peak RSS for --jobs 1
# and --jobs 2, the start-up time on one small article, and the time of each
# adversarial input (which must grow linearly with its size).
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
export LC_ALL=C  # a dot in $EPOCHREALTIME, in bc's numbers and in printf's
corpus=${1:?usage: bench/run.sh CORPUS_DIR [BUILD_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-$root/build}/newsparse
[ -x "$bin" ] || { echo "no newsparse at $bin: build first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "needs bash 5 or later (EPOCHREALTIME)" >&2; exit 1; }

files=$(find "$corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat | wc -c)
printf 'corpus %s: %d articles, %.1f MB\n' "$corpus" "$files" "$(echo "$bytes / 1000000" | bc -l)"

# Wall-clock seconds of one run, read from bash's own microsecond clock
# ($EPOCHREALTIME, bash 5): calling date(1) before and after would add the
# start of two more processes, 3 to 4 ms each on some virtual machines, to
# every figure (and more to the short --jobs 2 run's share than to --jobs 1's).
# A run that crashed would look fast: any exit status but 0 (all parsed)
# and 1 (some inputs failed) stops the script.
check_status() {  # check_status STATUS ARGS...
  local status=$1
  shift
  if [ "$status" -gt 1 ]; then
    echo "newsparse $* exited with status $status" >&2
    exit 1
  fi
}
seconds() {  # seconds (to the microsecond) of: newsparse ARGS > /dev/null
  local start end status=0
  start=$EPOCHREALTIME
  "$bin" "$@" > /dev/null 2>/dev/null || status=$?
  end=$EPOCHREALTIME
  check_status "$status" "$@"
  echo "$end - $start" | bc -l
}
peak_rss() {  # peak RSS (KB) of: newsparse ARGS > /dev/null, from GNU time
  local log rss status=0
  log=$(mktemp)
  /usr/bin/time -f '%M' -o "$log" "$bin" "$@" > /dev/null 2>/dev/null || status=$?
  rss=$(tail -n 1 "$log")
  rm -f "$log"
  check_status "$status" "$@"
  echo "$rss"
}

# Best of five, the two settings taking turns: a busy spell on the
# machine then slows runs of both, not only the five of one, which would
# skew the speed-up.
runs=5
best1="" best2=""
for _ in $(seq $runs); do
  for jobs in 1 2; do
    secs=$(seconds -q -j "$jobs" "$corpus")
    if [ "$jobs" = 1 ]; then
      if [ -z "$best1" ] || [ "$(echo "$secs < $best1" | bc)" = 1 ]; then best1=$secs; fi
    else
      if [ -z "$best2" ] || [ "$(echo "$secs < $best2" | bc)" = 1 ]; then best2=$secs; fi
    fi
  done
done
for jobs in 1 2; do
  if [ "$jobs" = 1 ]; then best=$best1; else best=$best2; fi
  rss=$(peak_rss -q -j "$jobs" "$corpus")
  secs=$(echo "if ($best < 0.001) 0.001 else $best" | bc -l)
  printf -- '--jobs %d: %.3f s, %.0f articles/s, %.1f MB/s, peak RSS %.1f MB\n' "$jobs" "$secs" \
    "$(echo "$files / $secs" | bc -l)" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  [ "$jobs" = 1 ] && secs_one=$secs
done
printf -- '--jobs 2 speed-up: %.2f times --jobs 1\n' "$(echo "$secs_one / $secs" | bc -l)"

small=$root/samples/tass-arctic-shipping.txt
start=$EPOCHREALTIME
for _ in $(seq 100); do "$bin" "$small" > /dev/null; done
end=$EPOCHREALTIME
printf 'start-up + one small article: %.2f ms (mean of 100 runs)\n' "$(echo "($end - $start) * 10" | bc -l)"
# What starting any process costs on this machine, for scale: on some
# virtual machines fork, exec and page faults alone take several ms.
start=$EPOCHREALTIME
for _ in $(seq 100); do /bin/true; done
end=$EPOCHREALTIME
printf '  (for scale, /bin/true: %.2f ms)\n' "$(echo "($end - $start) * 10" | bc -l)"

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
  secs=$(seconds -q --max-bytes 64M "$f")
  rss=$(peak_rss -q --max-bytes 64M "$f")
  printf 'adversarial %-22s %5.1f MB: %6.2f s, peak RSS %.1f MB\n' "$(basename "$f")" \
    "$(echo "$(stat -c %s "$f") / 1000000" | bc -l)" "$secs" "$(echo "$rss / 1024" | bc -l)"
done
