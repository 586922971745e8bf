//go:build !amd64 && !arm64

package weft

import "time"

// processStart anchors the fallback counter.
var processStart = time.Now()

// ticks falls back to the monotonic clock in nanoseconds.
func ticks() uint64 { return uint64(time.Since(processStart)) }

// spinWait has no portable hint; an empty call still bounds the loop rate.
func spinWait() {}

func fixedTickRate() float64 { return 1e9 }
