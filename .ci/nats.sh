#!/usr/bin/env bash
# Starts a throwaway NATS server with JetStream on loopback for the queue
# tests and prints, on stdout, the variables that point the tests at it:
#
#   eval "$(.ci/nats.sh)"     # sets LITOPYS_TEST_NATS
#   go test ./natsq/...
#   "$LITOPYS_TEST_NATS_STOP" # stops the server (optional)
#
# It installs Debian's nats-server when none is on PATH, runs it on
# 127.0.0.1 on a free port from 54222 up, with its JetStream store in a
# temporary directory. Everything else goes to stderr.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { echo "nats.sh: $*" >&2; }

if ! command -v nats-server >/dev/null 2>&1; then
  log "installing nats-server"
  apt-get update -qq >&2
  apt-get install -y -qq nats-server >&2
fi
command -v nats-server >/dev/null 2>&1 || { log "no nats-server found after installing it"; exit 1; }

# A free port from 54222 up.
port=${LITOPYS_NATS_PORT:-54222}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  port=$((port + 1))
done

dir=$(mktemp -d /tmp/litopys-nats.XXXXXX)
log "starting on 127.0.0.1:$port, store in $dir/js"
nohup nats-server -js -a 127.0.0.1 -p "$port" -sd "$dir/js" -P "$dir/nats.pid" >"$dir/server.log" 2>&1 </dev/null &

# Wait until it accepts connections (JetStream is ready by then).
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    break
  fi
  sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { cat "$dir/server.log" >&2; log "server did not start"; exit 1; }

stop="$dir/stop.sh"
cat >"$stop" <<STOP
#!/bin/sh
pid=\$(cat "$dir/nats.pid" 2>/dev/null) && kill "\$pid"
for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 "\$pid" 2>/dev/null || break; sleep 0.2; done
rm -rf "$dir"
STOP
chmod 755 "$stop"

echo "export LITOPYS_TEST_NATS='nats://127.0.0.1:$port'"
echo "export LITOPYS_TEST_NATS_STOP='$stop'"
