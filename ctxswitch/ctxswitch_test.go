//go:build amd64 || arm64

package ctxswitch_test

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/weftrun/weft/ctxswitch"
	"github.com/weftrun/weft/ctxswitch/abitest"
	"github.com/weftrun/weft/stacks"
)

// newPeer makes a context running entry on a fresh 64 KiB stack, whose Peer
// argument switches back to main.
func newPeer(t testing.TB, entry uintptr, main *ctxswitch.Context) (*ctxswitch.Context, *abitest.Peer) {
	t.Helper()
	st, err := stacks.Alloc(64 << 10)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Free() })
	p := &abitest.Peer{Back: main.Slot(), Swap: ctxswitch.SwapCode()}
	c, err := ctxswitch.New(st, entry, uintptr(unsafe.Pointer(p)), main)
	if err != nil {
		t.Fatal(err)
	}
	p.Self = c.Slot()
	// p and c are reachable from the test until cleanup; the native stack
	// refers to them only by address.
	t.Cleanup(func() { runtime.KeepAlive(p); runtime.KeepAlive(c) })
	return c, p
}

func TestPingPong(t *testing.T) {
	main := new(ctxswitch.Context)
	c, p := newPeer(t, abitest.PingEntry(), main)
	n := 1000000
	if testing.Short() {
		n = 100000
	}
	for i := 0; i < n; i++ {
		ctxswitch.Swap(main, c)
	}
	if p.Count != uint64(n) {
		t.Fatalf("peer ran %d times, want %d", p.Count, n)
	}
	if !c.Suspended() || c.Done() {
		t.Fatal("peer should be suspended, not finished")
	}
}

func TestSwapMisuse(t *testing.T) {
	main := new(ctxswitch.Context)
	c, _ := newPeer(t, abitest.PingEntry(), main)
	other, _ := newPeer(t, abitest.PingEntry(), main)
	defer func() {
		if recover() == nil {
			t.Fatal("Swap from a suspended context did not panic")
		}
	}()
	ctxswitch.Swap(other, c) // other is suspended: it cannot be the caller
}

func TestReturnSwitchesToReturnTo(t *testing.T) {
	main := new(ctxswitch.Context)
	c, p := newPeer(t, abitest.ReturnEntry(), main)
	ctxswitch.Swap(main, c)
	if p.Count != 1 || !c.Done() || c.Suspended() {
		t.Fatalf("after entry returned: count %d done %v suspended %v", p.Count, c.Done(), c.Suspended())
	}
	defer func() {
		if recover() == nil {
			t.Fatal("Swap to a finished context did not panic")
		}
	}()
	ctxswitch.Swap(main, c)
}

// pattern returns a distinct value for register i, tagged by which side
// (1: the Go side, 2: the clobbering context) loaded it.
func pattern(side, i int) uint64 {
	return uint64(side)<<60 | 0x0123_4567_0000_0000 | uint64(i)<<8 | uint64(side)
}

// TestRegistersPreserved fills every callee-saved register with one pattern,
// switches to a context that loads a different pattern into all of them, and
// checks that every register holds the first pattern after switching back.
func TestRegistersPreserved(t *testing.T) {
	main := new(ctxswitch.Context)
	c, p := newPeer(t, abitest.ClobberEntry(), main)
	var in, out abitest.Regs
	for i := 0; i < abitest.NumRegs; i++ {
		in[i] = pattern(1, i)
		p.Pattern[i] = pattern(2, i)
	}
	setControlPatterns(&in, &p.Pattern)
	in[abitest.SwapSlot] = uint64(ctxswitch.SwapCode())
	for round := 0; round < 3; round++ {
		out = abitest.Regs{}
		abitest.FillSwapDump(main.Slot(), c.Slot(), &in, &out)
		if p.Count != uint64(round+1) {
			t.Fatalf("round %d: clobbering context ran %d times", round, p.Count)
		}
		for i := 0; i < abitest.NumRegs; i++ {
			if got, want := maskControl(i, out[i]), maskControl(i, in[i]); got != want {
				t.Errorf("round %d: %s = %#x after the switch, want %#x (the other context's value is %#x)",
					round, abitest.RegNames[i], got, want, maskControl(i, p.Pattern[i]))
			}
		}
	}
}

// TestEntryAlignment checks the ABI's stack alignment at the entry routine.
func TestEntryAlignment(t *testing.T) {
	main := new(ctxswitch.Context)
	c, p := newPeer(t, abitest.ClobberEntry(), main)
	for i := range p.Pattern {
		p.Pattern[i] = 0
	}
	setControlPatterns(new(abitest.Regs), &p.Pattern)
	var in, out abitest.Regs
	setControlPatterns(&in, new(abitest.Regs))
	in[abitest.SwapSlot] = uint64(ctxswitch.SwapCode())
	abitest.FillSwapDump(main.Slot(), c.Slot(), &in, &out)
	checkEntryFrame(t, p)
}

// TestOverflowFaults runs a context that overflows its stack in a child
// process: it must die of a memory fault at the guard page, not corrupt
// memory and carry on.
func TestOverflowFaults(t *testing.T) {
	if os.Getenv("WEFT_CTXSWITCH_OVERFLOW_CHILD") == "1" {
		main := new(ctxswitch.Context)
		c, _ := newPeer(t, abitest.OverflowEntry(), main)
		ctxswitch.Swap(main, c)
		os.Stdout.WriteString("SURVIVED\n")
		os.Exit(0)
	}
	cmd := childCommand("TestOverflowFaults")
	cmd.Env = append(os.Environ(), "WEFT_CTXSWITCH_OVERFLOW_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil || bytes.Contains(out, []byte("SURVIVED")) {
		t.Fatalf("stack overflow into the guard page did not kill the process: %v\n%s", err, out)
	}
	// How Go reports the fault depends on how its signal handler finds g:
	// with g in TLS (amd64) it reports the SIGSEGV at a non-Go PC; with g in
	// x28 (arm64) it injects sigpanic onto the faulting native stack, whose
	// stack check then reports a split stack overflow. Windows reports the
	// access-violation exception. All of them kill the process.
	if !bytes.Contains(out, []byte("SIGSEGV")) && !bytes.Contains(out, []byte("SIGBUS")) &&
		!bytes.Contains(out, []byte("split stack overflow")) &&
		!bytes.Contains(out, []byte("Exception 0xc0000005")) && !bytes.Contains(out, []byte("0xc00000fd")) {
		t.Fatalf("child died, but not of a memory fault: %v\n%s", err, out)
	}
}

func BenchmarkSwapRoundTrip(b *testing.B) {
	main := new(ctxswitch.Context)
	c, _ := newPeer(b, abitest.PingEntry(), main)
	for b.Loop() {
		ctxswitch.Swap(main, c)
	}
}

// BenchmarkSwapLoop measures a round trip (two switches) with the loop in
// assembly, the floor that Swap's Go call adds to.
func BenchmarkSwapLoop(b *testing.B) {
	main := new(ctxswitch.Context)
	c, p := newPeer(b, abitest.PingEntry(), main)
	abitest.SwapLoop(uint64(b.N), main.Slot(), c.Slot(), ctxswitch.SwapCode())
	if p.Count != uint64(b.N) {
		b.Fatalf("peer ran %d times, want %d", p.Count, b.N)
	}
}

// childCommand re-executes the test binary to run one test in a child
// process. Under an emulator (scripts/test-arm64.sh and test-windows.sh run
// the tests through qemu or Wine) the binary cannot be executed directly,
// so WEFT_TEST_EXEC names the wrapper to run it with.
func childCommand(test string) *exec.Cmd {
	args := []string{os.Args[0], "-test.run=^" + test + "$"}
	if w := os.Getenv("WEFT_TEST_EXEC"); w != "" {
		args = append(strings.Fields(w), args...)
	}
	return exec.Command(args[0], args[1:]...)
}
