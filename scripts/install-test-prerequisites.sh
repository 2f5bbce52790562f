#!/usr/bin/env bash
# Installs what the test suite needs on a Debian machine (idempotent; quick when all is present).
# The .NET 10 SDK comes with the machine image; the servers (PostgreSQL, RabbitMQ, Redis, S3) are installed by
# scripts/servers/*.sh, Chromium for the browser tests and promtool for the Prometheus rules here, all from Debian's
# packages.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "the .NET 10 SDK (dotnet) is required and not on PATH" >&2
  exit 1
fi
dotnet --version

# The Prometheus rules and dashboards are checked and unit-tested with promtool (Debian's prometheus package; its
# server is not started: the tests only run promtool).
if ! command -v promtool >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
promtool --version 2>&1 | head -1

# The browser tests drive Debian's Chromium through Playwright (no browser download).
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null

# The receipts' PDFs are set in DejaVu Sans (PDFsharp on Linux reads the font file itself).
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-dejavu-core >/dev/null
fi
