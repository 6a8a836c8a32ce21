#!/usr/bin/env bash
# An office's decision log (issue 15): POST /api/v1/evaluations with every decision recorded, at
# 8 and 32 clients, on SQLite against PostgreSQL, with one `serve` instance and with two sharing
# the log, all in one run. After each backend × instances point the servers stop and
# `audit verify` walks the log; the records it holds are set beside the 201s answered.
#
#   bench/office.sh                   # 2,000 households, 1,000 warm-up + 2,000 measured requests per point
#   HOUSEHOLDS=4000 REQUESTS=4000 WARMUP=2000 bench/office.sh
#   BACKENDS=postgresql INSTANCES=2 CLIENTS=32 NO_BUILD=1 bench/office.sh
#
# PostgreSQL is a throwaway server started from the machine's binaries (/usr/lib/postgresql/N/bin)
# in a temporary folder, on a free loopback port, password authentication for host connections,
# with its default durability (fsync on, synchronous_commit on); it is stopped and its folder
# removed on exit. The load generator, the service instances and PostgreSQL all share this
# machine's cores: on a 2-core machine they compete for them. Each line therefore also tells the CPU
# milliseconds per measured request of the instances, of PostgreSQL, of the load generator and of
# the whole machine, and how many cores the machine kept busy (other programs' share included),
# and how many records the instances' decision-log transactions carried (their group commit).
set -euo pipefail
cd "$(dirname "$0")/.."
HOUSEHOLDS=${HOUSEHOLDS:-2000}
REQUESTS=${REQUESTS:-2000}
WARMUP=${WARMUP:-1000}
CLIENTS=${CLIENTS:-"8 32"}
BACKENDS=${BACKENDS:-"sqlite postgresql"}
INSTANCES=${INSTANCES:-"1 2"}

[ "${NO_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
servers=()
pg_dir=""
pg_bin=""
as_owner=()
stop_servers() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${servers[@]}"; do wait "$pid" 2>/dev/null || true; done
  servers=()
}
cleanup() {
  stop_servers
  if [ -n "$pg_dir" ]; then
    "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast > /dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

java -jar target/elige.jar generate --households "$HOUSEHOLDS" --seed 11 -o "$work/households.jsonl"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "sizes: $HOUSEHOLDS households, $WARMUP warm-up + $REQUESTS measured requests per point"
echo "load average at the start: $(cut -d" " -f1-3 /proc/loadavg)"

# A throwaway PostgreSQL server, as src/test/java/org/elige/audit/Postgres.java starts it, but with
# the server's default durability.
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL binaries in /usr/lib/postgresql/*/bin" >&2; exit 1; }
  pg_dir=$(mktemp -d /tmp/elige-office-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$pg_dir"
    as_owner=(setpriv --reuid=postgres --regid=postgres --clear-groups --)
  fi
  head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/pg-password"
  chmod 600 "$work/pg-password"
  install -m 644 "$work/pg-password" "$pg_dir/server-password"
  "${as_owner[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U elige --pwfile="$pg_dir/server-password" \
      --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C > "$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  rm -f "$pg_dir/server-password"
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
      -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start > /dev/null \
    || { cat "$pg_dir/server.log" >&2; exit 1; }
  echo "postgresql: $("$pg_bin/postgres" --version), port $pg_port," \
       "fsync=$(psql_do -tAc 'SHOW fsync'), synchronous_commit=$(psql_do -tAc 'SHOW synchronous_commit')," \
       "wal_sync_method=$(psql_do -tAc 'SHOW wal_sync_method')"
  # What one durable commit costs this disk, apart from either database: one 8 kB write and fdatasync.
  echo "disk: one 8 kB write + fdatasync in $(dirname "$pg_dir"):" \
       "$("$pg_bin/pg_test_fsync" -s 1 -f "$work/fsync.test" 2>&1 | grep -m1 -E '^[[:space:]]+fdatasync[[:space:]]' | tr -s ' ' | sed 's/^ //')"
  rm -f "$work/fsync.test"
}
psql_do() { "$pg_bin/psql" -X -q -h "$pg_dir" -p "$pg_port" -U elige -d postgres "$@"; }

# Starts $1 instances of the service on the log $2; their base URLs, comma-separated, in $urls.
start_servers() {
  local n=$1 db=$2 i url
  urls=""
  for i in $(seq 1 "$n"); do
    java -jar target/elige.jar serve --dev --port 0 --db "$db" --db-password-file "$work/pg-password" \
        > "$work/serve-$i.out" 2> "$work/serve-$i.err" &
    servers+=($!)
  done
  for i in $(seq 1 "$n"); do
    for _ in $(seq 1 300); do grep -q "serving http" "$work/serve-$i.out" && break; sleep 1; done
    url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve-$i.out" | head -1)
    [ -n "$url" ] || { echo "instance $i did not start:" >&2; cat "$work/serve-$i.err" >&2; exit 1; }
    urls=${urls:+$urls,}$url
  done
}

# Decision-log transactions committed so far by all the instances (their /api/v1/metrics).
commits() {
  local total=0 u c
  for u in ${urls//,/ }; do
    c=$(curl -s "$u/api/v1/metrics" | awk '$1 == "elige_log_commits_total" { print $2 }')
    total=$((total + ${c:-0}))
  done
  echo "$total"
}

for backend in $BACKENDS; do
  [ "$backend" = postgresql ] && [ -z "$pg_dir" ] && start_postgres
  for n in $INSTANCES; do
    if [ "$backend" = sqlite ]; then
      db="$work/office-$n.db"
    else
      psql_do -c "CREATE DATABASE office_$n"
      db="postgresql://127.0.0.1:$pg_port/office_$n?user=elige"
    fi
    start_servers "$n" "$db"
    # CPU time of the instances and of PostgreSQL (postmaster and its backends) per measured request.
    cpu="service=$(IFS=,; echo "${servers[*]}")"
    [ "$backend" = postgresql ] && cpu="$cpu;postgresql=$(head -1 "$pg_dir/data/postmaster.pid")"
    answered=0
    for c in $CLIENTS; do
      before=$(commits)
      line=$(java -Dbench.cpu="$cpu" -cp target/test-classes:target/elige.jar org.elige.http.HttpBench "$urls" \
             "$work/households.jsonl" "$c" "$REQUESTS" "$WARMUP")
      rps=$(echo "$line" | grep -o 'rps=[0-9.]*' | cut -d= -f2)
      p50=$(echo "$line" | grep -o 'p50_ms=[0-9.]*' | cut -d= -f2)
      p99=$(echo "$line" | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2)
      statuses=$(echo "$line" | grep -o 'statuses={[^}]*}' | cut -d= -f2-)
      created=$(echo "$statuses" | grep -o '201=[0-9]*' | cut -d= -f2 || echo 0)
      point=$((${created:-0} + $(echo "$line" | grep -o 'warmup_201=[0-9]*' | cut -d= -f2)))
      answered=$((answered + point))
      transactions=$(($(commits) - before))
      echo "office: backend=$backend instances=$n clients=$c rps=$rps p50_ms=$p50 p99_ms=$p99 statuses=$statuses" \
           "$(echo "$line" | grep -o 'cpu_ms_.*')" \
           "log: $point records in $transactions transactions (warm-up included)," \
           "$(awk -v r="$point" -v t="$transactions" 'BEGIN { printf "%.1f", t ? r / t : 0 }') per transaction"
      echo "        $line"
    done
    stop_servers
    verify=$(java -jar target/elige.jar audit verify --lang en --db "$db" --db-password-file "$work/pg-password" 2>&1) \
      || { echo "audit verify FAILED on $backend/$n: $verify"; exit 1; }
    echo "verify: backend=$backend instances=$n: $(echo "$verify" | tr '\n' ' ')"
    if [ "$backend" = sqlite ]; then
      records=$(sqlite3 "$db" 'SELECT count(*) FROM decision_log' 2>/dev/null \
                || python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM decision_log').fetchone()[0])" "$db")
    else
      records=$("$pg_bin/psql" -X -q -h "$pg_dir" -p "$pg_port" -U elige -d "office_$n" -tAc 'SELECT count(*) FROM decision_log')
    fi
    echo "records: backend=$backend instances=$n: $records records in the log, $answered answered 201 (warm-up included)"
  done
done
