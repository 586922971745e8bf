//go:build !windows && arm64

package ctxswitch_test

import (
	"testing"

	"github.com/weftrun/weft/ctxswitch/abitest"
)

// checkTEB: only Windows has a TEB to swap.
func checkTEB(*testing.T, *abitest.Peer) {}
