#!/bin/sh
# dateparser.sh WORKDIR [RUNS] — run the dateparser peer benchmark in its throwaway venv
# (bench/peers/.venv/dateparser, created and pip-installed on first use) and print
# its figures as JSON. Not part of CI: it needs PyPI and minutes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=$("$here/venv.sh" dateparser dateparser)
exec "$py" "$here/dateparser_peer.py" "$@"
