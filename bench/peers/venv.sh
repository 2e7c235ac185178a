#!/bin/sh
# venv.sh PEER PACKAGE... — create the throwaway virtual environment
# bench/peers/.venv/PEER (once) and pip-install the packages into it; print
# the path of its python. Nothing here is part of the product.
set -eu
peer=$1
shift
dir=$(cd "$(dirname "$0")" && pwd)/.venv/$peer
if [ ! -x "$dir/bin/python" ] || [ ! -f "$dir/.installed" ]; then
	python3 -m venv "$dir" >&2
	"$dir/bin/pip" install --disable-pip-version-check -q "$@" >&2
	touch "$dir/.installed"
fi
echo "$dir/bin/python"
