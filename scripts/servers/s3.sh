#!/usr/bin/env bash
# Makes sure an S3-compatible server answers on 127.0.0.1:${S3_PORT:-4569} (idempotent); `status`, `stop`.
# It is s3rver 3.7.1 (npm), installed into .tools/s3rver (ignored by git) when missing, with the receipts bucket
# configured at start (the Receipts module also creates it when missing). Access key and secret: S3RVER / S3RVER.
# A server someone else already runs there is left alone.
set -euo pipefail

port="${S3_PORT:-4569}"
dir="${S3_DIR:-/tmp/campusg-s3-$port}"
bucket="${S3_BUCKET:-campusg-receipts}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.tools/s3rver"

answers() { curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; }

case "${1:-start}" in
  start) ;;
  status) answers; exit ;;
  stop)
    if [ -f "$dir/s3rver.pid" ]; then kill "$(cat "$dir/s3rver.pid")" && rm -f "$dir/s3rver.pid"; fi
    exit ;;
  *) echo "usage: $0 [start|status|stop]" >&2; exit 2 ;;
esac

if answers; then
  echo "s3: already answering on 127.0.0.1:$port"
  exit 0
fi

if ! command -v node >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -x "$tools/node_modules/.bin/s3rver" ]; then
  mkdir -p "$tools"
  (cd "$tools" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund s3rver@3.7.1 >/dev/null)
fi

mkdir -p "$dir/data"
nohup "$tools/node_modules/.bin/s3rver" --address 127.0.0.1 --port "$port" --directory "$dir/data" \
  --configure-bucket "$bucket" --silent >"$dir/s3rver.log" 2>&1 &
echo $! >"$dir/s3rver.pid"

for _ in $(seq 1 100); do
  if answers; then
    echo "s3: started on 127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "s3: did not answer on 127.0.0.1:$port within 10 s (see $dir/s3rver.log)" >&2
exit 1
