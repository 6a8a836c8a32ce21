#!/usr/bin/env bash
# Two jars of the service, alternating, under the HTTP bench (POST /api/v1/evaluations, decision log on,
# SQLite): each run starts a fresh `serve` on a fresh log, warms it with WARMUP requests, then measures
# REQUESTS at CLIENTS closed-loop clients and prints HttpBench's line (rps, p50/p95/p99, CPU per request,
# each step's mean, decisions per commit) with the load average before and after. Issue 16, part 6.
#
#   bench/http-ab.sh OLD.jar NEW.jar                 # 2 rounds, 8 clients, 6,000 warm-up, 4,000 measured
#   ROUNDS=3 WARMUP=2000 JFR=/tmp/prof bench/http-ab.sh OLD.jar NEW.jar   # a JFR profile of each measured part, in that folder
#
# Run from the repository root (the service reads rules/ and fixtures/); the load generator is HttpBench
# from target/test-classes (mvn -q test-compile).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/http-ab.sh OLD.jar NEW.jar" >&2; exit 2; }
ROUNDS=${ROUNDS:-2}; WARMUP=${WARMUP:-6000}; REQUESTS=${REQUESTS:-4000}; CLIENTS=${CLIENTS:-8}
HOUSEHOLDS=${HOUSEHOLDS:-4000}
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
java -jar "$2" generate --households "$HOUSEHOLDS" --seed 11 -o "$work/h.jsonl" 2>/dev/null
bench() { java ${2:-} -cp "target/test-classes:$1" org.elige.http.HttpBench "${@:3}"; }

run() {
  local jar=$1 label=$2 db="$work/$RANDOM.db"
  java -jar "$jar" serve --dev --port 0 --db "$db" > "$work/out" 2> "$work/err" &
  server=$!
  for _ in $(seq 1 240); do grep -q "serving http" "$work/out" && break; sleep 0.5; done
  local url; url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/out" | head -1)
  [ -n "$url" ] || { cat "$work/err" >&2; exit 1; }
  bench "$jar" "" "$url" "$work/h.jsonl" "$CLIENTS" 100 "$WARMUP" > /dev/null
  [ -n "${JFR:-}" ] && jcmd "$server" JFR.start settings=profile filename="$JFR/http-$label-$round.jfr" > /dev/null
  local before; before=$(cut -d' ' -f1 /proc/loadavg)
  local line; line=$(bench "$jar" "-Dbench.cpu=serve=$server" "$url" "$work/h.jsonl" "$CLIENTS" "$REQUESTS" 0)
  [ -n "${JFR:-}" ] && jcmd "$server" JFR.stop > /dev/null
  echo "$(date -u +%H:%M:%S) $label load=$before->$(cut -d' ' -f1 /proc/loadavg) $line"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  rm -f "$db" "$db"-*
}

for round in $(seq 1 "$ROUNDS"); do
  run "$1" old "$round"
  run "$2" new "$round"
done
