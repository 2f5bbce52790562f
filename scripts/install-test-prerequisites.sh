#!/usr/bin/env bash
# Installs what the test suite needs on a Debian machine (idempotent; quick when all is present).
# The .NET 10 SDK comes with the machine image; later suites add servers here (PostgreSQL,
# RabbitMQ, Redis, Chromium) from Debian's packages.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "the .NET 10 SDK (dotnet) is required and not on PATH" >&2
  exit 1
fi
dotnet --version
