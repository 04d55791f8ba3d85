#!/usr/bin/env bash
# Reports at volume: seeds 1,000,000 complaints (seeded generator, 8 years) and times the TSM, the measures, the
# dashboard, the annual report and the MRC pack over HTTP, on SQLite and on PostgreSQL, with query plans.
#   bench/reports.sh [sqlite|postgres|both] [complaints]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}; complaints=${2:-1000000}
dotnet build -c Release src/Redress.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Redress.Bench.Volume -v q -nologo >/dev/null
run() { dotnet bench/Redress.Bench.Volume/bin/Release/net10.0/Redress.Bench.Volume.dll --provider "$1" --complaints "$complaints" --years 8 --mode reports; }
if [[ "$which" == sqlite || "$which" == both ]]; then run sqlite; fi
if [[ "$which" == postgres || "$which" == both ]]; then
  source bench/postgres.sh
  run postgres
fi
