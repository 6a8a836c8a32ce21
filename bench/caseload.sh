#!/usr/bin/env bash
# Whole-process benchmarks of issue 4, each beside its baseline measured in the same run:
#  1. cold start: `evaluate` of one household and `check` of the catalogue, from a new JVM, with
#     bin/elige and with plain `java -jar`, with the rule cache filled, empty, and after an edit;
#  2. caseloads: `generate`, then `bench` over LEAN households `--detail lean` and FULL households
#     `--detail full`, under a 512 MiB heap: the I/O floor (the same pipeline, parse + write a
#     decision of the mean size) and the batch over the whole catalogue, in one process.
#
#   bench/caseload.sh                          # 1,000,000 lean and 200,000 full (about 25 minutes)
#   LEAN=100000 FULL=20000 bench/caseload.sh   # a shorter run
#
# Needs an idle machine: it prints the load average at the start. Copy its lines into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
LEAN=${LEAN:-1000000}
FULL=${FULL:-200000}
HEAP=${HEAP:-512m}
work=${WORK:-$(mktemp -d)}
cache="$work/cache"
mkdir -p "$work"
trap '[ -n "${WORK:-}" ] && rm -rf "$work/cache" "$work/rules" || rm -rf "$work"' EXIT

[ "${NO_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
times() { local label=$1; shift; local all=""; for _ in 1 2 3 4 5; do all="$all $(seconds "$@")"; done; echo "$label:$all s"; }

echo "== cold start (5 runs each, seconds from JVM start to the printed answer)"
export ELIGE_CACHE="$cache"
echo "evaluate, empty rule cache (compiles): $(seconds java -jar target/elige.jar evaluate examples/household.json) s"
bin/elige evaluate examples/household.json > /dev/null   # fills the class-data archive
times "evaluate, bin/elige" bin/elige evaluate examples/household.json
times "evaluate, java -jar" java -jar target/elige.jar evaluate examples/household.json
times "check, bin/elige" bin/elige check
times "check, java -jar" java -jar target/elige.jar check
rm -rf "$work/rules"; cp -r rules "$work/rules"
sed -i 's/"Is {age}")/"Is {age} years old")/' "$work/rules/pam/age.drl"
echo "check after editing one program, bin/elige: $(seconds bin/elige check "$work/rules") s"
unset ELIGE_CACHE

echo "== caseloads (heap -Xmx$HEAP): bench runs the I/O floor, then the batch, in one process"
run() { # detail, households
    local file="$work/g$2.jsonl"
    [ -s "$file" ] || java -jar target/elige.jar generate --households "$2" --seed 1 -o "$file" 2>&1 | tail -1
    /usr/bin/time -f "peak RSS %M KB" java -Xmx$HEAP -jar target/elige.jar bench --input "$file" --detail "$1" 2>&1 \
        | grep -v WARN
}
run lean "$LEAN"
run full "$FULL"
