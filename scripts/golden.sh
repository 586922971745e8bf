#!/bin/sh
# golden.sh regenerates tests/py/*.out with the machine's CPython (python3,
# or $PYTHON). The running, normalising and encoding is done by the Go
# harness itself (go test -regenerate) so that the recorded files and the
# comparison can never disagree about the format. Programs marked
# "# golden: hand-written — reason" keep their .out. Every program runs twice
# and must print the same both times.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
GO=${GO:-go}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
	echo "golden: $PYTHON not found; the .out files are recorded with CPython >= 3.11" >&2
	exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
	echo "golden: $PYTHON is $("$PYTHON" -c 'import sys; print(sys.version.split()[0])'); the .out files need CPython >= 3.11 (tracebacks with ^^^ markers)" >&2
	exit 1
fi
# Run the real executable, not a wrapper such as a pyenv shim: a shell-script
# shim costs more start-up time than most programs of the corpus take.
exe=$("$PYTHON" -c 'import sys; print(sys.executable)')
echo "golden: recording with $exe ($("$exe" -c 'import sys; print(sys.version.split()[0])'))"
exec "$GO" test -count=1 -run '^TestGolden$' ./tests -regenerate -python="$exe"
