#!/usr/bin/env bash
# The topology of docker-compose.yml from Debian's packages, on loopback, without Docker: a throwaway PostgreSQL
# cluster, redis-server, two api processes and nginx in front of them (round robin, no sticky sessions).
#   deploy/local-cluster.sh start    # then http://127.0.0.1:3500 (the proxy); api instances on 3510 and 3511
#   deploy/local-cluster.sh status
#   deploy/local-cluster.sh stop     # stops everything and deletes the cluster's data
# Ports and paths can be moved: PROXY_PORT, API1_PORT, API2_PORT, PG_PORT, REDIS_PORT, CLUSTER_DIR, PG_BIN.
# The api runs from dist/apps/api/main.js when built (npm run build), else from source (ts-node with swc).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PROXY_PORT=${PROXY_PORT:-3500}
API1_PORT=${API1_PORT:-3510}
API2_PORT=${API2_PORT:-3511}
PG_PORT=${PG_PORT:-5510}
REDIS_PORT=${REDIS_PORT:-6410}
DIR=${CLUSTER_DIR:-/tmp/cocrea-local-cluster}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin}

# PostgreSQL refuses to run as root: its binaries run as the postgres user then.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_for() { # wait_for WHAT COMMAND...
  local what=$1
  shift
  for _ in $(seq 1 240); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "timed out waiting for $what" >&2
  return 1
}

start_api() { # start_api NAME PORT SEED
  local name=$1 port=$2 seed=$3
  local -a cmd
  if [ -f dist/apps/api/main.js ]; then
    cmd=(node dist/apps/api/main.js)
  else
    cmd=(env TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_TRANSPILE_ONLY=1 TS_NODE_SWC=true
      node -r ts-node/register -r tsconfig-paths/register apps/api/src/main.ts)
  fi
  env PORT="$port" HOST=127.0.0.1 DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/cocrea" \
    REDIS_URL="redis://127.0.0.1:$REDIS_PORT" DATA_DIR="$DIR/files" SEED_DEMO="$seed" LOG_LEVEL=warn \
    "${cmd[@]}" >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
  wait_for "$name on $port" curl -sf "http://127.0.0.1:$port/api/health"
  echo "$name: http://127.0.0.1:$port (pid $(cat "$DIR/$name.pid"), log $DIR/$name.log)"
}

start() {
  if [ -e "$DIR" ]; then
    echo "$DIR exists: already started? ($0 stop first)" >&2
    exit 1
  fi
  mkdir -p "$DIR/files" "$DIR/pg" "$DIR/nginx"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR/pg"

  as_pg "$PG_BIN/initdb" -D "$DIR/pg/data" -A trust -U postgres --no-instructions >"$DIR/initdb.log"
  # Durable defaults (fsync, synchronous_commit, full_page_writes on): the api refuses to start without them.
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/log" -w \
    -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
  as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc 'CREATE DATABASE cocrea'
  echo "postgresql: 127.0.0.1:$PG_PORT ($DIR/pg/data)"

  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log"
  wait_for redis redis-cli -p "$REDIS_PORT" ping
  echo "redis: 127.0.0.1:$REDIS_PORT"

  # The first instance migrates and seeds the demo commission; the second starts on the finished schema.
  start_api api1 "$API1_PORT" true
  start_api api2 "$API2_PORT" false

  sed -e "s/api1:3000/127.0.0.1:$API1_PORT/; s/api2:3000/127.0.0.1:$API2_PORT/; s/listen 80;/listen 127.0.0.1:$PROXY_PORT;/" \
    -e "s#^events {}#pid $DIR/nginx/nginx.pid;\nerror_log $DIR/nginx/error.log;\nevents {}#" \
    -e "s#/var/log/nginx/access.log#$DIR/nginx/access.log#" \
    -e "s#^http {#http {\n  client_body_temp_path $DIR/nginx/body;\n  proxy_temp_path $DIR/nginx/proxy;#" \
    deploy/nginx.conf >"$DIR/nginx/nginx.conf"
  nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
  wait_for nginx curl -sf "http://127.0.0.1:$PROXY_PORT/api/health"
  echo "nginx: http://127.0.0.1:$PROXY_PORT -> api1, api2"
}

# ours PID PATTERN: the process PID is alive and its command line still matches PATTERN (after a crash or a reboot a
# stale pid file may name someone else's process, which must never be signalled).
ours() {
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -- "$2"
}

stop_pid() { # stop_pid FILE PATTERN
  if [ -f "$1" ]; then
    local pid
    pid=$(head -1 "$1")
    if ours "$pid" "$2"; then
      kill "$pid"
    else
      echo "$1: pid $pid is no longer ours; not signalled" >&2
    fi
    rm -f "$1"
  fi
}

stop() {
  [ -d "$DIR" ] || { echo "not running ($DIR absent)"; return 0; }
  stop_pid "$DIR/nginx/nginx.pid" "nginx: master process.*$DIR/nginx"
  stop_pid "$DIR/api1.pid" 'main\.[jt]s'
  stop_pid "$DIR/api2.pid" 'main\.[jt]s'
  sleep 1
  stop_pid "$DIR/redis.pid" "redis-server .*:$REDIS_PORT"
  [ -d "$DIR/pg/data" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
  echo "stopped; $DIR removed"
}

status_line() { # status_line NAME PIDFILE PATTERN [HEALTH_URL]
  local pid state
  pid=$(head -1 "$2" 2>/dev/null || true)
  if ours "$pid" "$3"; then state="running, pid $pid"; else state="not running${pid:+ (stale pid $pid)}"; fi
  if [ -n "${4:-}" ]; then state="$state, $4/api/health/ready: $(curl -s -o /dev/null -w '%{http_code}' "$4/api/health/ready" || true)"; fi
  echo "$1: $state"
}

status() {
  [ -d "$DIR" ] || { echo "not running ($DIR absent)"; return 0; }
  status_line nginx "$DIR/nginx/nginx.pid" "nginx: master process.*$DIR/nginx" "http://127.0.0.1:$PROXY_PORT"
  status_line api1 "$DIR/api1.pid" 'main\.[jt]s' "http://127.0.0.1:$API1_PORT"
  status_line api2 "$DIR/api2.pid" 'main\.[jt]s' "http://127.0.0.1:$API2_PORT"
  status_line redis "$DIR/redis.pid" "redis-server .*:$REDIS_PORT"
  status_line postgresql "$DIR/pg/data/postmaster.pid" postgres
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
