#!/usr/bin/env bash
# Benchmark of POST /api/v1/evaluations with the decision log on, at 8 and 32 concurrent clients,
# beside the in-process batch throughput for the same households (issue 6: p99 under 25 ms at 8
# clients; HTTP throughput at least 40 % of the in-process batch).
#
#   bench/http.sh                 # 4,000 households, 4,000 requests per run after 1,000 warm-up
#   HOUSEHOLDS=20000 REQUESTS=20000 WARMUP=2000 bench/http.sh
#   QUERY='?next_dates=false' bench/http.sh   # without the prospects answered beside each decision
#
# Prints one line per measurement; copy them into BENCHMARKS.md with the machine and the date.
set -euo pipefail
cd "$(dirname "$0")/.."
HOUSEHOLDS=${HOUSEHOLDS:-4000}
REQUESTS=${REQUESTS:-4000}
WARMUP=${WARMUP:-1000}
CLIENTS=${CLIENTS:-"8 32"}

# Build the jar and the load generator (set NO_BUILD=1 to use what target/ holds).
[ "${NO_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

java -jar target/elige.jar generate --households "$HOUSEHOLDS" --seed 11 -o "$work/households.jsonl"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

# In-process: the batch command on every core, without and with the decision log.
rate() { grep -o '[0-9,.]* households/s' "$1" | head -1 | tr -d ',' | cut -d' ' -f1; }
java -jar target/elige.jar batch "$work/households.jsonl" -o /dev/null --errors /dev/null 2> "$work/batch.txt" || true
java -jar target/elige.jar batch "$work/households.jsonl" -o /dev/null --errors /dev/null --record --db "$work/batch.db" \
     2> "$work/batch-log.txt" || true
batch=$(rate "$work/batch.txt" || echo 0); batch_log=$(rate "$work/batch-log.txt" || echo 0)
echo "in-process batch: ${batch} households/s without the log, ${batch_log} households/s with --record"

# The service, logging every decision, on loopback.
java -jar target/elige.jar serve --dev --port 0 --db "$work/serve.db" > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 300); do grep -q "serving http" "$work/serve.out" && break; sleep 1; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve.out" | head -1)
[ -n "$url" ] || { cat "$work/serve.err"; exit 1; }
for c in $CLIENTS; do
  line=$(java -Dbench.query="${QUERY:-}" -cp target/test-classes:target/elige.jar org.elige.http.HttpBench "$url" "$work/households.jsonl" "$c" "$REQUESTS" "$WARMUP")
  rps=$(echo "$line" | grep -o 'rps=[0-9.]*' | cut -d= -f2)
  echo "http POST /api/v1/evaluations (log on): $line of_batch=$(awk -v a="$rps" -v b="$batch" 'BEGIN { printf "%.2f", a / b }')" \
       "of_batch_with_log=$(awk -v a="$rps" -v b="$batch_log" 'BEGIN { printf "%.2f", a / b }')"
done
curl -s "$url/api/v1/audit/verify" | head -c 300; echo
