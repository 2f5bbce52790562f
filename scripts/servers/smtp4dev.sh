#!/usr/bin/env bash
# Makes sure an smtp4dev mail server answers on 127.0.0.1 (idempotent); `status`, `stop`.
# SMTP on ${SMTP4DEV_SMTP_PORT:-2525} (no TLS), its web UI and HTTP API (/api/messages) on ${SMTP4DEV_WEB_PORT:-5025}.
# Installs the dotnet tool Rnwood.Smtp4dev 3.15.0 into .tools/smtp4dev (git-ignored) when it is missing and starts
# it only when nothing answers yet; a server someone else already runs there is left alone. Mail is kept in memory.
set -euo pipefail
cd "$(dirname "$0")/../.."

smtp_port="${SMTP4DEV_SMTP_PORT:-2525}"
web_port="${SMTP4DEV_WEB_PORT:-5025}"
tool_dir=".tools/smtp4dev"
run_dir="${SMTP4DEV_DIR:-/tmp/campusg-smtp4dev-$web_port}"

answers() { curl -fsS "http://127.0.0.1:$web_port/api/messages" >/dev/null 2>&1; }

case "${1:-start}" in
  start) ;;
  status) answers; exit ;;
  stop)
    if [ -f "$run_dir/smtp4dev.pid" ]; then kill "$(cat "$run_dir/smtp4dev.pid")" 2>/dev/null || true; rm -f "$run_dir/smtp4dev.pid"; fi
    exit 0 ;;
  *) echo "usage: $0 [start|status|stop]" >&2; exit 2 ;;
esac

if answers; then
  echo "smtp4dev: already answering on 127.0.0.1:$web_port (SMTP $smtp_port)"
  exit 0
fi

if [ ! -x "$tool_dir/smtp4dev" ]; then
  dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path "$tool_dir" >/dev/null
fi

mkdir -p "$run_dir"
# No IMAP/POP3, no TLS, an in-memory database, no settings file of the user's; loopback only.
XDG_CONFIG_HOME="$run_dir" nohup "$tool_dir/smtp4dev" --urls="http://127.0.0.1:$web_port" --bindaddress=127.0.0.1 \
  --smtpport="$smtp_port" --imapport="" --pop3port="" --tlsmode=None --db="" --nousersettings \
  --messagestokeep=5000 >"$run_dir/smtp4dev.log" 2>&1 &
echo $! >"$run_dir/smtp4dev.pid"

for _ in $(seq 1 300); do
  if answers; then
    echo "smtp4dev: started on 127.0.0.1:$web_port (SMTP $smtp_port)"
    exit 0
  fi
  sleep 0.1
done
echo "smtp4dev: did not answer on 127.0.0.1:$web_port within 30 s (see $run_dir/smtp4dev.log)" >&2
exit 1
