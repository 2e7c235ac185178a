#!/bin/sh
# lingua.sh WORKDIR [RUNS] — run the lingua peer benchmark in its throwaway venv
# (bench/peers/.venv/lingua, created and pip-installed on first use) and print
# its figures as JSON. Not part of CI: it needs PyPI and minutes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=$("$here/venv.sh" lingua lingua-language-detector)
exec "$py" "$here/lingua_peer.py" "$@"
