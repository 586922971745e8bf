package ctxswitch_test

import (
	"testing"

	"github.com/weftrun/weft/ctxswitch/abitest"
)

// checkTEB: the entry routine must see the TEB describe its own stack, so
// that stack probes and exception dispatch work on it.
func checkTEB(t *testing.T, p *abitest.Peer) {
	lo, hi := p.TEB[1], p.TEB[0]
	if !(lo < p.EntrySP && p.EntrySP < hi) {
		t.Fatalf("entry SP %#x outside TEB StackLimit..StackBase %#x..%#x", p.EntrySP, lo, hi)
	}
	if p.TEB[2] >= lo || lo-p.TEB[2] > 1<<16 {
		t.Fatalf("TEB DeallocationStack %#x is not the mapping start below StackLimit %#x", p.TEB[2], lo)
	}
}
