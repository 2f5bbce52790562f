#!/usr/bin/env bash
# Runs CampusG distributed on this machine: PostgreSQL, RabbitMQ and Redis on 127.0.0.1 (installed from
# Debian's packages when missing, started when not running), one process per module, and the gateway with the
# web UI at http://127.0.0.1:5080. Ctrl-C stops every process it started, servers included.
#   scripts/run-distributed.sh [--CampusG:DataDirectory=/path] [other --Section:Key=value settings]
set -euo pipefail
cd "$(dirname "$0")/.."

started=()
stop_servers() {
  for server in "${started[@]}"; do
    echo "stopping $server (started by this script)"
    "./scripts/servers/$server.sh" stop || true
  done
}
trap stop_servers EXIT

for server in postgres rabbitmq redis; do
  if ! "./scripts/servers/$server.sh" status >/dev/null 2>&1; then
    "./scripts/servers/$server.sh" start
    started+=("$server")
  fi
done

export CampusG__Mode=Distributed
export ConnectionStrings__PostgreSql="${ConnectionStrings__PostgreSql:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"
export ConnectionStrings__RabbitMq="${ConnectionStrings__RabbitMq:-amqp://guest:guest@127.0.0.1:5672/}"
export ConnectionStrings__Redis="${ConnectionStrings__Redis:-127.0.0.1:6379}"

dotnet build src/CampusG.Host -c Release -v quiet -nologo
# The launcher (this process) starts a child per module and is the gateway; Ctrl-C stops them all. The token
# signing key comes from Auth__SigningKey when set (export one, e.g. from a secret store, to keep tokens valid across
# runs); otherwise the launcher makes one for this run and hands it to its children in their environment, never a file.
dotnet run --no-build -c Release --project src/CampusG.Host -- "$@"
