#!/usr/bin/env bash
# RabbitMQ for the tests: installs Debian's rabbitmq-server when missing and starts a node that
# listens on 127.0.0.1 only (AMQP, Erlang distribution and epmd). Idempotent: does nothing when the
# node already answers. `rabbitmq.sh restart` restarts the broker application (the node stays up),
# which drops every client connection, as the reconnect tests want.
# Connection string for the tests: amqp://guest:guest@127.0.0.1:5672/ (guest may log in from localhost).
set -euo pipefail

# Read by rabbitmq-server and by rabbitmqctl, which starts epmd itself when none runs:
# set before any rabbitmqctl call so that epmd binds to loopback too.
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="${RABBITMQ_NODE_PORT:-5672}"
export RABBITMQ_DIST_PORT="${RABBITMQ_DIST_PORT:-25672}"
export ERL_EPMD_ADDRESS=127.0.0.1
# the node's and the CLI tools' Erlang distribution listeners
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

answers() { rabbitmqctl -q status >/dev/null 2>&1; }

await_startup() {
  local deadline=$((SECONDS + 90))
  until rabbitmqctl -q await_startup --timeout 10 >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "rabbitmq did not start; see /var/log/rabbitmq/" >&2
      exit 1
    fi
    sleep 1
  done
}

install_if_missing() {
  # never `rabbitmq-server --version`: that boots a node
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
    # Debian starts the service with its defaults on install when an init system runs: restart ours below
    if answers; then rabbitmqctl -q stop >/dev/null 2>&1 || true; fi
  fi
}

raise_file_limit() {
  # Debian's rabbitmq-server runs the node through `su rabbitmq`, whose pam_limits gives it a soft limit of
  # 1024 open files; every quorum queue keeps files open, and once the node's file handle cache is full it
  # stops accepting connections without a word in its log. The systemd unit would set 65536; here the
  # node gets as many as this shell may hand on (pam_limits refuses the whole entry above that).
  local limit
  limit=$(ulimit -Hn)
  if [ "$limit" = unlimited ] || [ "$limit" -gt 65536 ]; then limit=65536; fi
  printf 'rabbitmq soft nofile %s\nrabbitmq hard nofile %s\n' "$limit" "$limit" >/etc/security/limits.d/rabbitmq.conf
}

start() {
  install_if_missing
  if answers; then
    return 0
  fi
  raise_file_limit
  rabbitmq-server -detached
  await_startup
}

restart() {
  start
  rabbitmqctl -q stop_app >/dev/null
  rabbitmqctl -q start_app >/dev/null
  await_startup
}

case "${1:-start}" in
  start) start ;;
  restart) restart ;;
  status) answers; exit ;;
  stop) rabbitmqctl -q stop; exit ;;
  *) echo "usage: $0 [start|restart|status|stop]" >&2; exit 2 ;;
esac
echo "rabbitmq: amqp://guest:guest@127.0.0.1:${RABBITMQ_NODE_PORT}/"
