#!/usr/bin/env bash
# Runs every test of Redress: domain, web (on SQLite and on a real PostgreSQL), and browser tests
# (Playwright driving Debian's chromium, with axe). On a fresh Debian machine it installs PostgreSQL and
# Chromium when missing, and starts a throwaway PostgreSQL server for the run.
# Elsewhere, point REDRESS_TEST_POSTGRES at a server you run (see README.md).
# Ends with one line: "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

RESULTS="$(mktemp -d)"
PGDATA_DIR=""
PGBIN=""

cleanup() {
  if [[ -n "$PGDATA_DIR" ]]; then
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
  fi
  rm -rf "$RESULTS"
}
trap cleanup EXIT

as_postgres() {
  if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
      echo "Installing PostgreSQL (Debian package)..."
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || { echo "Could not install PostgreSQL"; return 1; }
    else
      echo "PostgreSQL is not installed and cannot be installed here: set REDRESS_TEST_POSTGRES (see README.md)."
      return 1
    fi
  fi
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDATA_DIR=$(mktemp -d)
  [[ "$(id -u)" == "0" ]] && chown postgres: "$PGDATA_DIR"
  local port=${REDRESS_TEST_PG_PORT:-55432}
  as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null || { cat "$PGDATA_DIR/log"; return 1; }
  export REDRESS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true"
  echo "PostgreSQL started on 127.0.0.1:$port"
}

ensure_chromium() {
  [[ -x "${REDRESS_CHROMIUM:-/usr/bin/chromium}" ]] && return 0
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "Installing Chromium (Debian package) for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || { echo "Could not install Chromium"; return 1; }
  else
    echo "Chromium is not installed: install it, or set REDRESS_CHROMIUM to a Chromium or Chrome binary (see README.md)."
    return 1
  fi
}

if [[ -z "${REDRESS_TEST_POSTGRES:-}" ]]; then
  start_postgres || echo "PostgreSQL is not available: its tests will fail."
fi
ensure_chromium || echo "Chromium is not available: the browser tests will fail."

dotnet test Redress.slnx --logger "trx" --results-directory "$RESULTS" "$@"
status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$RESULTS"/*.trx; do
  [[ -e "$trx" ]] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  p=$(get passed); f=$(get failed); t=$(get total); e=$(get executed); x=$(get error); to=$(get timeout); ab=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${x:-0} + ${to:-0} + ${ab:-0}))
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  # A test host that crashed or a build that failed leaves no failed count: still a failure.
  failed=1
fi
if [[ $files -eq 0 ]]; then
  failed=$((failed > 0 ? failed : 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
[[ $status -eq 0 && $failed -eq 0 ]]
