#!/usr/bin/env bash
# Pages at volume: seeds 100,000 complaints (seeded generator, 8 years) and times My work and the team
# list over HTTP with a signed-in session, on SQLite and on PostgreSQL. Prints p50/p95/p99 per page.
#   bench/pages.sh [sqlite|postgres|both] [complaints]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}; complaints=${2:-100000}
dotnet build -c Release src/Redress.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Redress.Bench.Volume -v q -nologo >/dev/null
run() { dotnet bench/Redress.Bench.Volume/bin/Release/net10.0/Redress.Bench.Volume.dll --provider "$1" --complaints "$complaints"; }
if [[ "$which" == sqlite || "$which" == both ]]; then run sqlite; fi
if [[ "$which" == postgres || "$which" == both ]]; then
  source bench/postgres.sh
  run postgres
fi
