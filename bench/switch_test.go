package bench

import (
	"bytes"
	"strings"
	"testing"

	"github.com/weftrun/weft/ctxswitch"
)

// The Go benchmarks report ns per round trip (two switches) for each
// mechanism; compare them with BenchmarkAsmSwap from the same run.

func BenchmarkAsmSwap(b *testing.B) {
	if !ctxswitch.Supported {
		b.Skip("SKIP: no ctxswitch implementation on this architecture")
	}
	p, done, err := NewAsmPeer()
	if err != nil {
		b.Fatal(err)
	}
	defer done()
	b.ResetTimer()
	p.RoundTrips(b.N)
}

func BenchmarkSwapFromGo(b *testing.B) {
	if !ctxswitch.Supported {
		b.Skip("SKIP: no ctxswitch implementation on this architecture")
	}
	p, done, err := NewAsmPeer()
	if err != nil {
		b.Fatal(err)
	}
	defer done()
	b.ResetTimer()
	p.GoRoundTrips(b.N)
}

func BenchmarkIterPull(b *testing.B)         { IterPull(b.N) }
func BenchmarkChanPingPong(b *testing.B)     { ChanPingPong(b.N) }
func BenchmarkGosched(b *testing.B)          { Gosched(b.N) }
func BenchmarkOSThreadPingPong(b *testing.B) { OSThreadPingPong(b.N) }

// TestMechanismsRun checks each workload completes (a deadlock or a lost
// round trip would hang or panic here) under the race detector too.
func TestMechanismsRun(t *testing.T) {
	for _, m := range goMechanisms {
		m.run(100)
	}
	if ctxswitch.Supported {
		p, done, err := NewAsmPeer()
		if err != nil {
			t.Fatal(err)
		}
		p.RoundTrips(100)
		p.GoRoundTrips(100)
		if p.arg.Count != 200 {
			t.Fatalf("asm peer ran %d times, want 200", p.arg.Count)
		}
		done()
	}
}

// TestPrintTable runs a small suite through the table printer.
func TestPrintTable(t *testing.T) {
	s := &Suite{Name: "t", Unit: "op", Run: func() []Row {
		return []Row{{Name: "floor", Ns: 2, Baseline: true}, {Name: "slow", Ns: 10}, {Name: "gone", Skip: "not here"}}
	}}
	var buf bytes.Buffer
	Print(&buf, s)
	out := buf.String()
	for _, want := range []string{"5.0x", "1.0x", "skipped gone: not here", "floor (baseline)"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if _, ok := Lookup("switch"); !ok {
		t.Error("switch suite not registered")
	}
}
