#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store tests and
# prints, on stdout, the variables that point the tests at it:
#
#   eval "$(.ci/postgres.sh)"     # sets LITOPYS_TEST_POSTGRES
#   go test ./postgres/...
#   "$LITOPYS_TEST_POSTGRES_STOP" # stops the server (optional)
#
# It installs Debian's postgresql when no server binaries are present, runs
# the server as the postgres user (when started as root) in a temporary
# directory, with trust authentication on 127.0.0.1 only, and creates the
# database litopys_test. Everything else goes to stderr.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { echo "postgres.sh: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin=$(bindir)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  log "installing postgresql"
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(bindir)
fi
[ -x "$bin/initdb" ] || { log "no initdb found after installing postgresql"; exit 1; }

# As root, the server runs as postgres (it refuses to run as root).
run=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  run=(runuser -u postgres --)
fi

# A free port from 55432 up.
port=${LITOPYS_PG_PORT:-55432}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  port=$((port + 1))
done

dir=$(mktemp -d /tmp/litopys-pg.XXXXXX)
chmod 755 "$dir"
[ ${#run[@]} -eq 0 ] || chown postgres "$dir"

log "initdb in $dir/data"
"${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
log "starting on 127.0.0.1:$port"
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
"${run[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE DATABASE litopys_test" >&2

stop="$dir/stop.sh"
cat >"$stop" <<STOP
#!/bin/sh
${run[*]} "$bin/pg_ctl" -D "$dir/data" -m fast stop && rm -rf "$dir"
STOP
chmod 755 "$stop"

echo "export LITOPYS_TEST_POSTGRES='postgres://postgres@127.0.0.1:$port/litopys_test?sslmode=disable'"
echo "export LITOPYS_TEST_POSTGRES_STOP='$stop'"
