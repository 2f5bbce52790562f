#!/usr/bin/env bash
# Starts PostgreSQL 15 on 127.0.0.1:5432 (idempotent: does nothing when it already answers); `status`, `stop`.
# Installs Debian's postgresql package when missing. User postgres gets the password "postgres" so the
# tests' TCP connections (CAMPUSG_TEST_POSTGRES) work. synchronous_commit stays on.
set -euo pipefail

host=127.0.0.1
port=5432

case "${1:-start}" in
  start) ;;
  status) pg_isready -q -h "$host" -p "$port"; exit ;;
  stop) pg_ctlcluster 15 main stop; exit ;;
  *) echo "usage: $0 [start|status|stop]" >&2; exit 2 ;;
esac

if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$host" -p "$port"; then
  exit 0 # already running (ours or someone else's): leave it alone
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql-15 postgresql-client-15 >/dev/null
fi

if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main"' | grep -q .; then
  pg_createcluster 15 main --port "$port" >/dev/null
fi

conf_dir=/etc/postgresql/15/main/conf.d
mkdir -p "$conf_dir"
# Several test hosts each keep a pool per module database, so allow more than the default 100.
cat >"$conf_dir/campusg.conf" <<CONF
listen_addresses = '$host'
port = $port
max_connections = 300
# The server listens on loopback only: TLS there protects nothing, and it was a seventh of PostgreSQL's CPU in
# the distributed saga benchmark (decision 033). A remote server keeps its own setting.
ssl = off
CONF

if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster 15 main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h "$host" -p "$port"; then
    break
  fi
  sleep 1
done
pg_isready -h "$host" -p "$port"

runuser -u postgres -- psql -q -p "$port" -c "ALTER USER postgres WITH PASSWORD 'postgres';"
