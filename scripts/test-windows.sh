#!/usr/bin/env bash
# Runs the portable packages' tests for windows/amd64 under Wine, headless.
#
# Go >= 1.22 needs ProcessPrng from bcryptprimitives.dll, which Wine 8
# (Debian bookworm) lacks; when the prefix's DLL does not export it, a shim
# built from scripts/wine/processprng.c with mingw-w64 is installed into the
# prefix and preferred over Wine's builtin.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRIPT_NAME=test-windows
. scripts/apt-ensure.sh
PKGS=${PKGS:-. ./stacks/... ./ctxswitch/...}
if [ "$(go env GOHOSTARCH)" != amd64 ]; then
	echo "SKIP: $SCRIPT_NAME: Wine runs windows/amd64 binaries only on amd64 hosts"; exit 0
fi
apt_ensure /usr/lib/wine/wine64 x86_64-w64-mingw32-gcc -- wine64 gcc-mingw-w64-x86-64
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)

export WINEPREFIX=${WINEPREFIX:-/tmp/weft-wine-prefix}
export WINEDEBUG=-all
export WINEDLLOVERRIDES="bcryptprimitives=n,b;mscoree=;mshtml="
unset DISPLAY WAYLAND_DISPLAY
if [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "$SCRIPT_NAME: creating Wine prefix $WINEPREFIX"
	"$WINE" wineboot --init >/dev/null 2>&1 || true
	if command -v wineserver >/dev/null; then wineserver -w || true; elif [ -x /usr/lib/wine/wineserver64 ]; then /usr/lib/wine/wineserver64 -w || true; fi
fi
sys32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -d "$sys32" ]; then
	echo "SKIP: $SCRIPT_NAME: Wine prefix was not created"; exit 0
fi
dll="$sys32/bcryptprimitives.dll"
if ! { [ -f "$dll" ] && grep -qa ProcessPrng "$dll"; }; then
	echo "$SCRIPT_NAME: installing ProcessPrng shim into $dll"
	x86_64-w64-mingw32-gcc -O2 -shared -o "$dll" scripts/wine/processprng.c scripts/wine/bcryptprimitives.def -ladvapi32
fi
export GOOS=windows GOARCH=amd64
# Child processes the tests start are Windows executables started from
# inside Wine, so they need no wrapper (WEFT_TEST_EXEC stays unset).
unset WEFT_TEST_EXEC
# shellcheck disable=SC2086
go test -count=1 -exec "$WINE" $PKGS
