#!/bin/sh
# readability.sh WORKDIR [RUNS] — run the readability-lxml peer in its throwaway venv
# (bench/peers/.venv/readability, created and pip-installed on first use) and print
# its figures as JSON. Not part of CI: it needs PyPI and minutes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=$("$here/venv.sh" readability readability-lxml lxml_html_clean)
exec "$py" "$here/readability_peer.py" "$@"
