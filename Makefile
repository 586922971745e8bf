# weft — the two commands a newcomer needs are `make run` and `make test`.
GO      ?= go
BIN     := bin/weft
# Packages whose tests also run under qemu (linux/arm64) and Wine (windows/amd64):
# the runtime kit, whose code is per OS and architecture.
PORTABLE_PKGS ?= . ./stacks/... ./ctxswitch/... ./ring/... ./poller/... ./sched/...

.PHONY: all build run test vet unit race cross test-arm64 test-windows bench golden clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/weft

# run builds weft and runs it on an example.
run: build
	./$(BIN) examples/hello.py

# test is the one test command: vet, unit + golden tests, race stress,
# cross builds for all six targets, and arm64/windows runs when the tools can be had.
test: vet unit race cross test-arm64 test-windows

vet:
	$(GO) vet ./...

unit:
	$(GO) test -count=1 ./...

race:
	$(GO) test -count=1 -race -short ./...

cross:
	scripts/cross.sh

test-arm64:
	PKGS="$(PORTABLE_PKGS)" scripts/test-arm64.sh

test-windows:
	PKGS="$(PORTABLE_PKGS)" scripts/test-windows.sh

# bench runs every benchmark suite side by side (see docs/bench.md).
bench: build
	./$(BIN) bench all

# golden re-records tests/py/*.out with the machine's CPython (>= 3.11).
golden:
	scripts/golden.sh

clean:
	rm -rf bin
