#!/bin/sh
# tools/deps.sh [--sanitize]: installs the Debian packages newsparse is built
# and tested with, when any is missing (run as root on Debian 12 or later).
# --sanitize adds clang and its sanitizer/libFuzzer runtime (tools/sanitize.sh).
set -e
packages="cmake make g++ libcli11-dev nlohmann-json3-dev libicu-dev libfmt-dev libgtest-dev libvalijson-dev jq parallel"
[ "${1:-}" = "--sanitize" ] && packages="$packages clang libclang-rt-14-dev"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "deps: missing:$missing; run as root (or: sudo apt-get install$missing)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "deps: installed$missing"
