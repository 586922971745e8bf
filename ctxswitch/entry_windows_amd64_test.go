package ctxswitch_test

import (
	"testing"

	"github.com/weftrun/weft/ctxswitch/abitest"
)

// checkEntryFrame: Win64 requires SP+8 to be 16-byte aligned at a
// function's first instruction, with the caller's 32-byte shadow space
// (home area for the four register arguments) just above the return address
// and inside the stack.
func checkEntryFrame(t *testing.T, p *abitest.Peer) {
	if (p.EntrySP+8)%16 != 0 {
		t.Fatalf("entry SP %#x: SP+8 not 16-byte aligned", p.EntrySP)
	}
	if p.EntrySP+8+32 > p.TEB[0] {
		t.Fatalf("entry SP %#x: no 32-byte shadow space below the stack base %#x", p.EntrySP, p.TEB[0])
	}
	checkTEB(t, p)
}
