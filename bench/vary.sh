#!/usr/bin/env bash
# Issue 18: an 80-point `evaluate --vary` of the sample household's income (0 to 19,750 in steps
# of 250), cold from bin/elige beside a plain `evaluate` in the same run, then warm in process
# (bench/VaryWarm.java: one shared rule base, 50 timed rounds after 200).
#
#   bench/vary.sh            # about 3 minutes on a quiet machine
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${NO_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
vary=(bin/elige evaluate examples/household.json --vary /household_monthly_income_mxn --from 0 --to 19750 --step 250)
bin/elige evaluate examples/household.json >/dev/null # fills the rule cache and the class-data archive
echo "== cold (seconds wall, user CPU), alternating"
for _ in 1 2 3 4 5; do
  /usr/bin/time -f "  --vary 80 points: %e s wall, %U s user" "${vary[@]}" >/dev/null
  /usr/bin/time -f "  one evaluate:     %e s wall, %U s user" bin/elige evaluate examples/household.json >/dev/null
done
echo "== warm, in process"
java -cp target/elige.jar bench/VaryWarm.java "${WARMUP:-200}" "${ROUNDS:-50}"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
