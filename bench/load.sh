#!/usr/bin/env bash
# Load benchmark: creating complaints through the API with 32 concurrent clients, on SQLite and on
# PostgreSQL, beside a bare ADO.NET endpoint inserting the same rows. Prints its figures.
#   bench/load.sh [sqlite|postgres|both] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}; seconds=${2:-10}
dotnet build -c Release src/Redress.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Redress.Bench.Load -v q -nologo >/dev/null
run() { dotnet bench/Redress.Bench.Load/bin/Release/net10.0/Redress.Bench.Load.dll --provider "$1" --seconds "$seconds" --clients 32; }
if [[ "$which" == sqlite || "$which" == both ]]; then run sqlite; fi
if [[ "$which" == postgres || "$which" == both ]]; then
  if [[ -z "${REDRESS_BENCH_POSTGRES:-}" ]]; then
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); D=$(mktemp -d); chown postgres: "$D"
    runuser -u postgres -- "$PGBIN/initdb" -D "$D" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$D" -l "$D/log" -w -o "-p 55433 -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
    trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$D" -m fast -w stop >/dev/null; rm -rf "$D"' EXIT
    export REDRESS_BENCH_POSTGRES="Host=127.0.0.1;Port=55433;Username=postgres"
  fi
  run postgres
fi
