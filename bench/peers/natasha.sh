#!/bin/sh
# natasha.sh WORKDIR [RUNS] — run the natasha peer benchmark in its throwaway venv
# (bench/peers/.venv/natasha, created and pip-installed on first use) and print
# its figures as JSON. Not part of CI: it needs PyPI and minutes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=$("$here/venv.sh" natasha natasha)
# One BLAS thread: natasha's numpy otherwise spins extra threads that, on a
# shared machine, quadruple its CPU time without making it faster.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
exec "$py" "$here/natasha_peer.py" "$@"
