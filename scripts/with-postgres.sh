#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 cluster under /tmp, then remove the cluster.
# Usage: scripts/with-postgres.sh COMMAND...   (exports RAPPORT_DATABASE_URL for COMMAND)
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${RAPPORT_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DIR=$(mktemp -d /tmp/rapport-pg.XXXXXX)

as_postgres() {
    # initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
    if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
cleanup() {
    as_postgres "$PG_BIN/pg_ctl -D $DIR/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
as_postgres "$PG_BIN/initdb -D $DIR/data -A trust -U postgres" >/dev/null
as_postgres "$PG_BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off' -l $DIR/log -w start" >/dev/null
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"

export RAPPORT_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/rapport"
"$@"
