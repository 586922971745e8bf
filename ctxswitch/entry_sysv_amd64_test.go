//go:build !windows

package ctxswitch_test

import (
	"testing"

	"github.com/weftrun/weft/ctxswitch/abitest"
)

// checkEntryFrame: System V requires SP+8 to be 16-byte aligned at a
// function's first instruction (SP%16 == 0 before the CALL).
func checkEntryFrame(t *testing.T, p *abitest.Peer) {
	if (p.EntrySP+8)%16 != 0 {
		t.Fatalf("entry SP %#x: SP+8 not 16-byte aligned", p.EntrySP)
	}
}
