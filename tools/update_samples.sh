#!/usr/bin/env bash
# tools/update_samples.sh [BUILD_DIR]: rewrites samples/X.json from samples/X.txt
# with the newsparse in BUILD_DIR (default: build). Run it when the output
# changes on purpose, and review `git diff samples/` in the same commit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="${1:-$root/build}/newsparse"
[ -x "$bin" ] || { echo "no newsparse at $bin: build first" >&2; exit 1; }
cd "$root/samples"
for txt in *.txt; do
  "$bin" "$txt" > "${txt%.txt}.json"
done
echo "updated $(ls *.txt | wc -l) samples"
