# Start and stop a throwaway PostgreSQL cluster on loopback; sets TEST_DATABASE_URL.
# Sourced by .ci/run; usable by hand: `source .ci/postgres.sh && start_test_postgres`.

start_test_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    echo "[ci] using TEST_DATABASE_URL from the environment"
    return 0
  fi
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "[ci] no PostgreSQL server found; the PostgreSQL store suite will be skipped" >&2
    return 0
  fi
  PG_TMP=$(mktemp -d /tmp/framelens-pg.XXXXXX)
  chmod 755 "$PG_TMP"
  local port
  port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  local as=()
  # initdb refuses to run as root; run the cluster as the unprivileged postgres user when we are root.
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TMP"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bindir/initdb" -D "$PG_TMP/data" -U framelens --auth=trust -E UTF8 >/dev/null
  "${as[@]}" "$bindir/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -k $PG_TMP -c fsync=on" start >/dev/null
  "${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U framelens framelens_test
  export TEST_DATABASE_URL="postgres://framelens@127.0.0.1:$port/framelens_test"
  export PG_CTL_STOP=("${as[@]}" "$bindir/pg_ctl" -D "$PG_TMP/data" -m fast -w stop)
  echo "[ci] PostgreSQL on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_TMP:-}" ]; then
    "${PG_CTL_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
}
