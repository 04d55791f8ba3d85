#!/usr/bin/env bash
# Load benchmark: creating complaints through the API with 32 concurrent clients, on SQLite and on
# PostgreSQL, beside a bare ADO.NET endpoint inserting the same rows. Prints its figures.
#   bench/load.sh [sqlite|postgres|both] [seconds] [warm-up seconds, 15 by default]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}; seconds=${2:-10}; warmup=${3:-15}
dotnet build -c Release src/Redress.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Redress.Bench.Load -v q -nologo >/dev/null
run() { dotnet bench/Redress.Bench.Load/bin/Release/net10.0/Redress.Bench.Load.dll --provider "$1" --seconds "$seconds" --warmup "$warmup" --clients 32; }
if [[ "$which" == sqlite || "$which" == both ]]; then run sqlite; fi
if [[ "$which" == postgres || "$which" == both ]]; then
  source bench/postgres.sh
  run postgres
fi
