#!/bin/sh
# natasha.sh WORKDIR [RUNS] — run the natasha peer benchmark in its throwaway venv
# (bench/peers/.venv/natasha, created and pip-installed on first use) and print
# its figures as JSON. Not part of CI: it needs PyPI and minutes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=$("$here/venv.sh" natasha natasha)
exec "$py" "$here/natasha_peer.py" "$@"
