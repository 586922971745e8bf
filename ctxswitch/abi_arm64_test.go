package ctxswitch_test

import (
	"testing"

	"github.com/weftrun/weft/ctxswitch/abitest"
)

// arm64 has no floating-point control state in the switched set (FPCR is
// not swapped; see the package documentation).
func setControlPatterns(goSide, ctx *abitest.Regs) {}

func maskControl(i int, v uint64) uint64 { return v }

// checkEntryFrame: AAPCS64 requires sp to be 16-byte aligned at every
// public interface.
func checkEntryFrame(t *testing.T, p *abitest.Peer) {
	if p.EntrySP%16 != 0 {
		t.Fatalf("entry sp %#x not 16-byte aligned", p.EntrySP)
	}
	checkTEB(t, p)
}
