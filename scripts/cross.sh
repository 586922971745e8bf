#!/usr/bin/env bash
# Builds and vets every package for the six supported GOOS/GOARCH pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for target in linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64; do
  os=${target%/*} arch=${target#*/}
  if GOOS=$os GOARCH=$arch go build ./... && GOOS=$os GOARCH=$arch go vet ./...; then
    echo "cross: $target ok"
  else
    echo "cross: $target FAILED"; status=1
  fi
done
exit $status
