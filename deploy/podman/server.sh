#!/bin/bash
# Runs one server of servers.Containerfile in the foreground, configured like the official image it stands in for.
set -euo pipefail
case "${1:?usage: server.sh postgres|rabbitmq|redis}" in
  postgres)
    conf=/etc/postgresql/15/main/postgresql.conf
    data=/var/lib/postgresql/15/main
    bin=/usr/lib/postgresql/15/bin
    printf "ALTER USER postgres PASSWORD '%s';\n" "${POSTGRES_PASSWORD:?}" \
      | runuser -u postgres -- "$bin/postgres" --single -D "$data" -c config_file="$conf" postgres >/dev/null
    exec runuser -u postgres -- "$bin/postgres" -D "$data" -c config_file="$conf" -c listen_addresses='*' -c port=5432
    ;;
  rabbitmq)
    printf 'default_user = %s\ndefault_pass = %s\n' "${RABBITMQ_DEFAULT_USER:?}" "${RABBITMQ_DEFAULT_PASS:?}" >/etc/rabbitmq/rabbitmq.conf
    exec rabbitmq-server
    ;;
  redis)
    exec runuser -u redis -- redis-server --bind 0.0.0.0 --protected-mode no --save '' --appendonly no
    ;;
  *) echo "unknown server $1" >&2; exit 2 ;;
esac
