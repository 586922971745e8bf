#!/usr/bin/env bash
# Runs the portable packages' tests for linux/arm64 under qemu user-mode
# emulation, so the arm64 assembly is exercised on an amd64 machine. On an
# arm64 machine it runs them natively.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRIPT_NAME=test-arm64
. scripts/apt-ensure.sh
PKGS=${PKGS:-. ./stacks/... ./ctxswitch/...}
if [ "$(go env GOHOSTARCH)" = arm64 ]; then
	exec go test -count=1 $PKGS
fi
apt_ensure qemu-aarch64-static -- qemu-user-static
QEMU=$(command -v qemu-aarch64-static)
export GOOS=linux GOARCH=arm64
# Tests that re-execute their own binary (guard-page faults) need the
# emulator too: WEFT_TEST_EXEC tells them.
export WEFT_TEST_EXEC=$QEMU
# shellcheck disable=SC2086
go test -count=1 -exec "$QEMU" $PKGS
