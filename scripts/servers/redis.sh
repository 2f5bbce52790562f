#!/usr/bin/env bash
# Makes sure a Redis server answers on 127.0.0.1:${REDIS_PORT:-6379} (idempotent); `status`, `stop`.
# Installs Debian's redis-server when it is missing and starts it only when nothing answers yet;
# a server someone else already runs there is left alone.
set -euo pipefail

port="${REDIS_PORT:-6379}"
dir="${REDIS_DIR:-/var/lib/campusg-redis-$port}"

answers() { redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; }

case "${1:-start}" in
  start) ;;
  status) answers; exit ;;
  stop) redis-cli -h 127.0.0.1 -p "$port" shutdown nosave; exit ;;
  *) echo "usage: $0 [start|status|stop]" >&2; exit 2 ;;
esac

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq redis-server redis-tools >/dev/null
fi

if answers; then
  echo "redis: already answering on 127.0.0.1:$port"
  exit 0
fi

mkdir -p "$dir"
# No snapshots or AOF: it only holds a cache that the databases can rebuild.
redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --dir "$dir" \
  --logfile "$dir/redis.log" --pidfile "$dir/redis.pid" --save '' --appendonly no \
  --maxmemory 256mb --maxmemory-policy allkeys-lru

for _ in $(seq 1 100); do
  if answers; then
    echo "redis: started on 127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "redis: did not answer on 127.0.0.1:$port within 10 s (see $dir/redis.log)" >&2
exit 1
