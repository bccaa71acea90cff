# Start and stop a throwaway PostgreSQL cluster on loopback; sets TEST_DATABASE_URL.
# Sourced by .ci/run; usable by hand:
#   source .ci/postgres.sh && start_test_postgres && npx vitest run tests/unit/lib/store; stop_test_postgres
# Works under `set -euo pipefail`. Returns 0 without a cluster when no PostgreSQL server is installed
# (the PostgreSQL store suite then skips with a visible reason); returns 1 when one is installed but fails.

start_test_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    echo "[ci] using TEST_DATABASE_URL from the environment"
    return 0
  fi
  local bindir
  bindir=$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "[ci] no PostgreSQL server found; the PostgreSQL store suite will be skipped" >&2
    return 0
  fi
  PG_TMP=$(mktemp -d /tmp/framelens-pg.XXXXXX)
  chmod 755 "$PG_TMP"
  local port
  port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  PG_AS=()
  # initdb refuses to run as root; run the cluster as the unprivileged postgres user when we are root.
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TMP"
    PG_AS=(runuser -u postgres --)
  fi
  PG_BINDIR=$bindir
  # Loopback only (listen_addresses), trust auth only for local users of this throwaway cluster;
  # fsync stays on so the suite exercises the same durability path as production.
  if ! "${PG_AS[@]}" "$bindir/initdb" -D "$PG_TMP/data" -U framelens --auth=trust -E UTF8 >"$PG_TMP/initdb.log" 2>&1 ||
    ! "${PG_AS[@]}" "$bindir/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -k $PG_TMP -c fsync=on" start >/dev/null ||
    ! "${PG_AS[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U framelens framelens_test; then
    echo "[ci] could not start PostgreSQL; its logs:" >&2
    cat "$PG_TMP/initdb.log" "$PG_TMP/log" >&2 2>/dev/null || true
    stop_test_postgres
    return 1
  fi
  export TEST_DATABASE_URL="postgres://framelens@127.0.0.1:$port/framelens_test"
  echo "[ci] PostgreSQL on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_TMP:-}" ]; then
    if [ -f "$PG_TMP/data/postmaster.pid" ]; then
      "${PG_AS[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TMP"
    unset PG_TMP TEST_DATABASE_URL
  fi
}
