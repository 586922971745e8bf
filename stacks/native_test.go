package stacks

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

func TestLayoutDown(t *testing.T) {
	l := Layout{Start: 0x10000, Len: 0x5000, Guard: 0x1000, Dir: Down}
	if lo, hi := l.Usable(); lo != 0x11000 || hi != 0x15000 {
		t.Errorf("Usable = %#x..%#x", lo, hi)
	}
	if lo, hi := l.GuardRange(); lo != 0x10000 || hi != 0x11000 {
		t.Errorf("GuardRange = %#x..%#x", lo, hi)
	}
	if l.Base() != 0x15000 || l.Limit() != 0x11000 {
		t.Errorf("Base %#x Limit %#x", l.Base(), l.Limit())
	}
	if sp, ok := l.InitialSP(40, 16); !ok || sp != 0x14fd0 {
		t.Errorf("InitialSP(40,16) = %#x %v, want 0x14fd0", sp, ok)
	}
	if _, ok := l.InitialSP(0x4001, 16); ok {
		t.Error("InitialSP accepted a frame larger than the stack")
	}
	if _, ok := l.InitialSP(8, 24); ok {
		t.Error("InitialSP accepted a non-power-of-two alignment")
	}
}

func TestLayoutUp(t *testing.T) {
	l := Layout{Start: 0x10000, Len: 0x5000, Guard: 0x1000, Dir: Up}
	if lo, hi := l.Usable(); lo != 0x10000 || hi != 0x14000 {
		t.Errorf("Usable = %#x..%#x", lo, hi)
	}
	if lo, hi := l.GuardRange(); lo != 0x14000 || hi != 0x15000 {
		t.Errorf("GuardRange = %#x..%#x", lo, hi)
	}
	if l.Base() != 0x10000 || l.Limit() != 0x14000 {
		t.Errorf("Base %#x Limit %#x", l.Base(), l.Limit())
	}
	if sp, ok := l.InitialSP(40, 16); !ok || sp != 0x10030 {
		t.Errorf("InitialSP(40,16) = %#x %v, want 0x10030", sp, ok)
	}
	if sp, ok := l.InitialSP(0x4000, 16); !ok || sp != 0x14000 {
		t.Errorf("InitialSP of a frame filling the stack = %#x %v", sp, ok)
	}
	odd := Layout{Start: 0x10008, Len: 0x5000, Guard: 0x1000, Dir: Up}
	if _, ok := odd.InitialSP(0x4000, 16); ok {
		t.Error("InitialSP accepted a frame whose aligned end passes the limit")
	}
}

// TestLayoutInvariants checks, for both directions and many shapes, that the
// guard and usable ranges partition the mapping, the guard is adjacent to
// Limit, and the initial frame lies inside the usable range and is aligned.
func TestLayoutInvariants(t *testing.T) {
	for _, dir := range []Direction{Down, Up} {
		for pages := uintptr(2); pages < 40; pages += 3 {
			l := Layout{Start: 0x7f0000000000, Len: pages * 4096, Guard: 4096, Dir: dir}
			ulo, uhi := l.Usable()
			glo, ghi := l.GuardRange()
			if uhi-ulo+ghi-glo != l.Len || (ghi != ulo && uhi != glo) {
				t.Fatalf("%v %d pages: guard and usable do not partition the mapping", dir, pages)
			}
			if (dir == Down && glo != l.Start) || (dir == Up && ghi != l.Start+l.Len) {
				t.Fatalf("%v: guard not at the growth end", dir)
			}
			if (dir == Down && l.Limit() != ghi) || (dir == Up && l.Limit() != glo) {
				t.Fatalf("%v: guard not adjacent to Limit", dir)
			}
			for _, frame := range []uintptr{0, 8, 40, 200} {
				sp, ok := l.InitialSP(frame, 16)
				if !ok || sp%16 != 0 {
					t.Fatalf("%v frame %d: sp %#x ok %v", dir, frame, sp, ok)
				}
				flo, fhi := sp, sp+frame
				if dir == Up {
					flo, fhi = sp-frame, sp
				}
				if flo < ulo || fhi > uhi {
					t.Fatalf("%v frame %d: frame %#x..%#x outside usable %#x..%#x", dir, frame, flo, fhi, ulo, uhi)
				}
			}
		}
	}
}

func TestAllocWriteFree(t *testing.T) {
	s, err := Alloc(10000)
	if err != nil {
		t.Fatal(err)
	}
	if s.Size()%PageSize != 0 || s.Size() < 10000 {
		t.Fatalf("Size %d not rounded to pages", s.Size())
	}
	lo, hi := s.Layout().Usable()
	mem := unsafe.Slice((*byte)(unsafe.Add(s.mem, lo-uintptr(s.mem))), hi-lo)
	for i := range mem {
		mem[i] = byte(i)
	}
	if err := s.Free(); err != nil {
		t.Fatal(err)
	}
	if s.Free() == nil {
		t.Fatal("double Free not reported")
	}
	if _, err := Alloc(-1); err == nil {
		t.Fatal("negative size accepted")
	}
}

func TestPoolReuse(t *testing.T) {
	p := &Pool{Max: 2}
	a, err := p.Get(5000)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Put(a); err != nil {
		t.Fatal(err)
	}
	b, _ := p.Get(6000) // rounds to the same page count on 4K and 16K pages
	if RoundToPages(5000, PageSize) == RoundToPages(6000, PageSize) && b != a {
		t.Fatal("pool did not reuse a stack of the same size class")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				s, err := p.Get(PageSize)
				if err != nil {
					t.Error(err)
					return
				}
				if err := p.Put(s); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if n := len(p.free[PageSize]); n > 2 {
		t.Fatalf("pool kept %d stacks, Max is 2", n)
	}
}

// TestGuardFaults writes into the guard page in a child process, which must
// die with a fault rather than carry on.
func TestGuardFaults(t *testing.T) {
	if os.Getenv("WEFT_STACKS_GUARD_CHILD") == "1" {
		s, err := Alloc(PageSize)
		if err != nil {
			os.Exit(3)
		}
		glo, _ := s.Layout().GuardRange()
		*(*byte)(unsafe.Add(s.mem, glo-uintptr(s.mem)+8)) = 1
		os.Stdout.WriteString("SURVIVED\n")
		os.Exit(0)
	}
	cmd := childCommand("TestGuardFaults")
	cmd.Env = append(os.Environ(), "WEFT_STACKS_GUARD_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil || bytes.Contains(out, []byte("SURVIVED")) {
		t.Fatalf("write to guard page did not fault: err=%v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("fault")) && !bytes.Contains(out, []byte("Exception")) {
		t.Fatalf("child died, but not of a memory fault: %v\n%s", err, out)
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
