//go:build !amd64 && !arm64

// Package abitest holds the assembly test routines for ctxswitch; on this
// architecture ctxswitch has no implementation, so neither has abitest.
package abitest
