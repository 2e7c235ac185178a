#!/bin/sh
# run.sh [FLAGS] — run litopys and every peer (natasha, trafilatura,
# dateparser, lingua) on the same inputs and rewrite the peers section of
# docs/EVAL.md. Needs python3 and PyPI (the peers' throwaway venvs under
# bench/peers/.venv) and several minutes; not part of CI.
set -eu
cd "$(dirname "$0")/../.."
exec nice go run ./bench/compare "$@"
