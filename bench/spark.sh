#!/usr/bin/env bash
# Issue 14: the Spark job in local mode against `batch`, on the same generated households, in one run:
# wall time and CPU-seconds (user + system, every thread of the process) per household, each a whole
# process from JVM start (Spark's start-up, the rules from the package cache, Parquet written and the
# summary and manifest for the job; the lean JSON Lines file for batch).
#
#   bench/spark.sh                       # 200,000 households
#   HOUSEHOLDS=50000 bench/spark.sh      # a shorter run
#
# Needs an idle machine: it prints the load average at the start and the end. Spark runs as
# spark-submit does (SparkSubmit on Spark's own class path, the job jar added), with --master local[2].
set -euo pipefail
cd "$(dirname "$0")/.."
N=${HOUSEHOLDS:-200000}
AS_OF=2025-10-01
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
trap '[ -n "${WORK:-}" ] || rm -rf "$work"' EXIT

if [ "${NO_BUILD:-}" != 1 ]; then
  mvn -q -B install -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true
  mvn -q -B -f spark/pom.xml package -DskipTests
fi
mvn -q -B -f spark/pom.xml dependency:build-classpath -DincludeScope=provided -DexcludeGroupIds=org.elige \
  -Dmdep.outputFile="$work/spark.classpath" >/dev/null
export ELIGE_CACHE="$work/cache"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false"

[ -s "$work/register.jsonl" ] || java -jar target/elige.jar generate --households "$N" --seed 1 --as-of $AS_OF -o "$work/register.jsonl"
java -jar target/elige.jar check >/dev/null   # fills the package cache, as a deployed cluster's would be
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $N households, $(du -h "$work/register.jsonl" | cut -f1)"

measure() { # label, command...: wall s, cpu s, households/s, cpu ms per household
  local label=$1; shift
  local code=0
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/$label.log" 2>&1 || code=$?
  # batch exits 2 when some records have input errors (generated caseloads carry a few)
  [ "$code" = 0 ] || [ "$code" = 2 ] || { cat "$work/$label.log"; exit 1; }
  sed -i '/^Command exited/d' "$work/time"
  read -r wall user sys <"$work/time"
  awk -v l="$label" -v n="$N" -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN {
    printf "%-14s wall %7.1f s  %8.0f households/s  cpu %7.1f s  %.3f cpu-ms/household\n", l, w, n / w, u + s, 1000 * (u + s) / n }'
}

measure batch java -Xmx2g -jar target/elige.jar batch "$work/register.jsonl" --detail lean --as-of $AS_OF \
  -o "$work/batch.jsonl" --errors "$work/batch.errors.jsonl"
# shellcheck disable=SC2086
measure spark-local2 java -Xmx2g $opens -cp "$(cat "$work/spark.classpath")" org.apache.spark.deploy.SparkSubmit \
  --master 'local[2]' --conf spark.ui.enabled=false --class org.elige.spark.Main spark/target/elige-spark.jar \
  decide --rules rules --input "$work/register.jsonl" --output "$work/spark" --as-of $AS_OF
grep 'elige-spark decide' "$work/spark-local2.log"
grep -o '"partitions" : [0-9]*' "$work/spark/manifest.json"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
