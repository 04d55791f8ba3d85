#!/usr/bin/env bash
# Benchmarks at volume, on SQLite and PostgreSQL, printing their figures:
#   pages:   100,000 complaints; My work and the team list over HTTP, signed in (issue 3)
#   reports: 1,000,000 complaints; the TSM, measures, dashboard, annual report, MRC pack, with query plans (issue 4)
#   bench/volume.sh pages|reports [sqlite|postgres|both] [complaints]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1; which=${2:-both}
if [[ "$mode" == reports ]]; then complaints=${3:-1000000}; else complaints=${3:-100000}; fi
dotnet build -c Release src/Redress.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Redress.Bench.Volume -v q -nologo >/dev/null
run() { dotnet bench/Redress.Bench.Volume/bin/Release/net10.0/Redress.Bench.Volume.dll --provider "$1" --complaints "$complaints" --years 8 --mode "$mode"; }
if [[ "$which" == sqlite || "$which" == both ]]; then run sqlite; fi
if [[ "$which" == postgres || "$which" == both ]]; then
  source bench/postgres.sh
  run postgres
fi
