#!/usr/bin/env bash
# Runs every CampusG test. On a fresh Debian machine it first installs what the tests need.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

log "prerequisites"
./scripts/install-test-prerequisites.sh || { echo "0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log "build"
if ! dotnet build CampusG.slnx -c Release -v minimal -clp:NoSummary; then
  echo "0 passed, 1 failed"
  exit 1
fi

log "servers (PostgreSQL, RabbitMQ, Redis, S3, smtp4dev on 127.0.0.1)"
for server in postgres rabbitmq redis s3 smtp4dev; do
  ./scripts/servers/$server.sh start || { echo "0 passed, 1 failed"; exit 1; }
done

output=$(mktemp)
status=0
run() { "$@" 2>&1 | tee -a "$output"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1; }

log "tests: every project, embedded end-to-end suite"
run dotnet test CampusG.slnx -c Release --no-build --filter "Mode!=Distributed&Category!=Exclusive"

# A distributed deployment is nine processes; on a small machine two of them starting at once starve each
# other's deadlines, so these runs take one test class at a time.
sequential="xUnit.ParallelizeTestCollections=false"

# Classes marked Mode=Embedded start an embedded host of their own whatever the mode, so they run once, above.
log "tests: the end-to-end suite again, against distributed deployments (a process per module)"
run env CAMPUSG_TEST_MODE=Distributed dotnet test tests/CampusG.EndToEnd.Tests -c Release --no-build --filter "Category!=Exclusive&Mode!=Embedded" -- "$sequential"

log "tests: the ones that restart a shared server, alone"
run env CAMPUSG_TEST_MODE=Distributed dotnet test tests/CampusG.EndToEnd.Tests -c Release --no-build --filter "Category=Exclusive" -- "$sequential"

# VSTest prints one summary line per test assembly: "Passed!  - Failed: 0, Passed: 21, ..."
passed=$(grep -Eo 'Passed: +[0-9]+' "$output" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$output" | awk '{s+=$2} END {print s+0}')
rm -f "$output"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or the run broke before reporting
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
