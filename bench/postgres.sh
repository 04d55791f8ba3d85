# Sourced by the bench scripts: when REDRESS_BENCH_POSTGRES is not set, starts a throwaway PostgreSQL
# (stopped and removed on exit) and points REDRESS_BENCH_POSTGRES at it.
if [[ -z "${REDRESS_BENCH_POSTGRES:-}" ]]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); PGD=$(mktemp -d); chown postgres: "$PGD"
  PGPORT_BENCH=${REDRESS_BENCH_PG_PORT:-55439}
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGD" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD" -l "$PGD/log" -w -o "-p $PGPORT_BENCH -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
  trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD" -m fast -w stop >/dev/null; rm -rf "$PGD"' EXIT
  export REDRESS_BENCH_POSTGRES="Host=127.0.0.1;Port=$PGPORT_BENCH;Username=postgres"
fi
