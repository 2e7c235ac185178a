#!/bin/sh
# trafilatura.sh WORKDIR [RUNS] — run the trafilatura peer benchmark in its throwaway venv
# (bench/peers/.venv/trafilatura, created and pip-installed on first use) and print
# its figures as JSON. Not part of CI: it needs PyPI and minutes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=$("$here/venv.sh" trafilatura trafilatura lxml_html_clean)
exec "$py" "$here/trafilatura_peer.py" "$@"
