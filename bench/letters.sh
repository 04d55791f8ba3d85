#!/usr/bin/env bash
# What issuing a letter adds to the step that issues it (acknowledge, respond), on SQLite and PostgreSQL:
#   bench/letters.sh [sqlite|postgres|both] [rounds, 300 by default]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}; rounds=${2:-300}
dotnet build -c Release src/Redress.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Redress.Bench.Load -v q -nologo >/dev/null
run() { dotnet bench/Redress.Bench.Load/bin/Release/net10.0/Redress.Bench.Load.dll --provider "$1" --letters --rounds "$rounds"; }
if [[ "$which" == sqlite || "$which" == both ]]; then run sqlite; fi
if [[ "$which" == postgres || "$which" == both ]]; then
  source bench/postgres.sh
  run postgres
fi
