package ctxswitch_test

import (
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/arch/arm64/arm64asm"
	"golang.org/x/arch/x86/x86asm"

	"github.com/weftrun/weft/ctxswitch"
)

// The disassembly tests read the machine code of swapcore and trampoline out
// of a test binary's symbol table and check, instruction by instruction,
// that the registers saved into the switch frame and those restored from it
// are exactly the ABI's callee-saved set: no register forgotten (a silent
// corruption of the caller) and none extra (wasted cycles, or on Apple
// arm64 a touch of the reserved x18).

const pkgPath = "github.com/weftrun/weft/ctxswitch."

// abiSets is what each ABI's frame must hold.
type abiSets struct {
	regs    []string // general and vector registers, sorted
	teb     []int64  // TEB offsets (Windows)
	control bool     // MXCSR and x87 control word (amd64)
	noReg   string   // a register that must not appear at all
}

var expect = map[string]abiSets{
	"sysv":        {regs: sorted("RBX", "RBP", "R12", "R13", "R14", "R15"), control: true},
	"win64":       {regs: sorted("RBX", "RBP", "RDI", "RSI", "R12", "R13", "R14", "R15", "X6", "X7", "X8", "X9", "X10", "X11", "X12", "X13", "X14", "X15"), teb: []int64{0x08, 0x10, 0x20, 0x1478}, control: true},
	"aapcs64":     {regs: aapcs64Regs(), noReg: "X18"},
	"win-aapcs64": {regs: aapcs64Regs(), teb: []int64{0x08, 0x10, 0x1478}},
}

func aapcs64Regs() []string {
	var r []string
	for i := 19; i <= 30; i++ {
		r = append(r, fmt.Sprintf("X%d", i))
	}
	for i := 8; i <= 15; i++ {
		r = append(r, fmt.Sprintf("D%d", i))
	}
	return sorted(r...)
}

func sorted(s ...string) []string { slices.Sort(s); return s }

func abiOf(goos, goarch string) string {
	switch {
	case goarch == "amd64" && goos == "windows":
		return "win64"
	case goarch == "amd64":
		return "sysv"
	case goos == "windows":
		return "win-aapcs64"
	}
	return "aapcs64"
}

// TestDisassembleNative checks the routines as loaded in this process: `go
// test` strips the symbol table of the binaries it runs, so the code is read
// from memory at the routines' addresses, up to their final return.
func TestDisassembleNative(t *testing.T) {
	code := map[string][]byte{
		"swapcore":   codeAt(ctxswitch.SwapCode()),
		"trampoline": codeAt(ctxswitch.TrampolineCode()),
	}
	checkCode(t, code, runtime.GOOS, runtime.GOARCH)
}

// codeAt returns the bytes at a code address. 512 bytes is longer than any
// of the routines (the analysers stop at the routine's final return) and
// shorter than what follows them in the text segment.
func codeAt(pc uintptr) []byte {
	// Code addresses point into the binary's text, never into the Go heap.
	p := *(*unsafe.Pointer)(unsafe.Pointer(&pc))
	return unsafe.Slice((*byte)(p), 512)
}

// TestDisassembleAllTargets cross-compiles this package's test binary for
// all six targets and checks each, so that the darwin and windows/arm64
// variants, which cannot run here, are verified too.
func TestDisassembleAllTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP: cross-compiling six test binaries is slow; run without -short")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	host, err := exec.Command(goTool, "env", "GOHOSTOS", "GOHOSTARCH").Output()
	if err != nil {
		t.Skipf("SKIP: cannot run the go tool at %s: %v", goTool, err)
	}
	if f := strings.Fields(string(host)); len(f) != 2 || f[0] != runtime.GOOS || f[1] != runtime.GOARCH {
		// Under qemu or Wine: the native run already covers the targets.
		t.Skipf("SKIP: test runs emulated (%s/%s on a %s host)", runtime.GOOS, runtime.GOARCH, strings.TrimSpace(string(host)))
	}
	dir := t.TempDir()
	for _, target := range []string{"linux/amd64", "linux/arm64", "darwin/amd64", "darwin/arm64", "windows/amd64", "windows/arm64"} {
		goos, goarch, _ := strings.Cut(target, "/")
		t.Run(goos+"_"+goarch, func(t *testing.T) {
			out := filepath.Join(dir, goos+"_"+goarch+".test")
			cmd := exec.Command(goTool, "test", "-c", "-o", out, ".")
			cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("building the %s test binary: %v\n%s", target, err, msg)
			}
			checkBinary(t, out, goos, goarch)
		})
	}
}

func checkBinary(t *testing.T, path, goos, goarch string) {
	t.Helper()
	syms, err := readSymbols(path, []string{"swapcore", "trampoline"})
	if err != nil {
		t.Fatal(err)
	}
	checkCode(t, syms, goos, goarch)
}

func checkCode(t *testing.T, syms map[string][]byte, goos, goarch string) {
	t.Helper()
	want := expect[abiOf(goos, goarch)]
	for _, name := range []string{"swapcore", "trampoline"} {
		var got frameUse
		if goarch == "amd64" {
			got = analyzeAMD64(t, syms[name])
		} else {
			got = analyzeARM64(t, syms[name])
		}
		if want.noReg != "" && got.mentioned[want.noReg] {
			t.Errorf("%s/%s %s: touches %s, which this ABI reserves", goos, goarch, name, want.noReg)
		}
		if want.control != got.controlLoad || (name == "swapcore" && want.control != got.controlSave) {
			t.Errorf("%s/%s %s: floating-point control state saved %v restored %v, want %v",
				goos, goarch, name, got.controlSave, got.controlLoad, want.control)
		}
		restored := keys(got.loaded)
		if !slices.Equal(restored, want.regs) {
			t.Errorf("%s/%s %s restores %v, want exactly %v", goos, goarch, name, restored, want.regs)
		}
		if !slices.Equal(ints(got.tebLoad), want.teb) {
			t.Errorf("%s/%s %s installs TEB fields %#x, want %#x", goos, goarch, name, ints(got.tebLoad), want.teb)
		}
		if name != "swapcore" {
			continue // the trampoline only restores
		}
		saved := keys(got.saved)
		if !slices.Equal(saved, want.regs) {
			t.Errorf("%s/%s swapcore saves %v, want exactly %v", goos, goarch, saved, want.regs)
		}
		if !slices.Equal(ints(got.tebSave), want.teb) {
			t.Errorf("%s/%s swapcore saves TEB fields %#x, want %#x", goos, goarch, ints(got.tebSave), want.teb)
		}
	}
}

// frameUse is what a routine does with the switch frame.
type frameUse struct {
	saved, loaded            map[string]bool
	tebSave, tebLoad         map[int64]bool
	controlSave, controlLoad bool
	mentioned                map[string]bool
}

func newFrameUse() frameUse {
	return frameUse{saved: map[string]bool{}, loaded: map[string]bool{}, tebSave: map[int64]bool{},
		tebLoad: map[int64]bool{}, mentioned: map[string]bool{}}
}

// analyzeAMD64 classifies each instruction: a store of a register to [RSP+d]
// saves it; a load of a register from [RAX+d] (RAX holds the resumed
// context's frame address) restores it. A register loaded from gs:[off] and
// then stored to the frame carries a TEB field out; a register loaded from
// the frame and stored to gs:[off] carries it in.
func analyzeAMD64(t *testing.T, code []byte) frameUse {
	u := newFrameUse()
	carrying := map[x86asm.Reg]int64{} // register -> TEB offset it holds
	fromFrame := map[x86asm.Reg]bool{}
	for len(code) > 0 {
		in, err := x86asm.Decode(code, 64)
		if err != nil {
			t.Fatalf("decode at %x: %v", code[:min(len(code), 8)], err)
		}
		code = code[in.Len:]
		switch in.Op {
		case x86asm.STMXCSR, x86asm.FNSTCW:
			u.controlSave = true
		case x86asm.LDMXCSR, x86asm.FLDCW:
			u.controlLoad = true
		case x86asm.MOV, x86asm.MOVUPS:
			dst, src := in.Args[0], in.Args[1]
			dm, dIsMem := dst.(x86asm.Mem)
			sm, sIsMem := src.(x86asm.Mem)
			dr, dIsReg := dst.(x86asm.Reg)
			sr, sIsReg := src.(x86asm.Reg)
			switch {
			case dIsReg && sIsMem && sm.Segment == x86asm.GS:
				carrying[dr] = sm.Disp
			case dIsMem && sIsReg && dm.Segment == x86asm.GS:
				if fromFrame[sr] {
					u.tebLoad[dm.Disp] = true
				}
			case dIsMem && sIsReg && dm.Base == x86asm.RSP && dm.Disp < 8:
				// Offsets 0-7 hold the control words (MXCSR is
				// masked through a scratch register); no register
				// lives there.
			case dIsMem && sIsReg && dm.Base == x86asm.RSP:
				if off, ok := carrying[sr]; ok {
					u.tebSave[off] = true
				} else {
					u.saved[sr.String()] = true
				}
			case dIsReg && sIsMem && sm.Base == x86asm.RAX && sm.Segment == 0 && sm.Disp == 0:
				// Offset 0 holds the control words, compared before
				// they are loaded; no register lives there.
			case dIsReg && sIsMem && sm.Base == x86asm.RAX && sm.Segment == 0:
				if in.Op == x86asm.MOV && dr == x86asm.RCX && isWinScratch(code) {
					fromFrame[dr] = true // a TEB value on its way to gs:
				} else {
					u.loaded[dr.String()] = true
				}
			}
		}
		if in.Op == x86asm.JMP {
			// The restore path ends by jumping through the register it
			// loaded the return address into; that load is not a
			// register restore.
			if r, ok := in.Args[0].(x86asm.Reg); ok {
				delete(u.loaded, r.String())
			}
			break
		}
		if in.Op == x86asm.RET {
			break
		}
	}
	return u
}

// isWinScratch reports whether the next instruction stores RCX to gs:,
// which marks RCX as the Win64 restore path's TEB carrier.
func isWinScratch(code []byte) bool {
	in, err := x86asm.Decode(code, 64)
	if err != nil || in.Op != x86asm.MOV {
		return false
	}
	m, ok := in.Args[0].(x86asm.Mem)
	return ok && m.Segment == x86asm.GS
}

// analyzeARM64 does the same for arm64: STP/STR of registers to [SP,#d]
// save them; LDP/LDR from [SP,#d] restore them; x18-relative loads and
// stores carry TEB fields.
func analyzeARM64(t *testing.T, code []byte) frameUse {
	u := newFrameUse()
	carrying := map[string]int64{}
	fromFrame := map[string]bool{}
	for len(code) >= 4 {
		in, err := arm64asm.Decode(code[:4])
		code = code[4:]
		if err != nil {
			continue // padding between functions
		}
		var regs []string
		var mem *arm64asm.MemImmediate
		for _, a := range in.Args {
			switch a := a.(type) {
			case arm64asm.Reg:
				regs = append(regs, a.String())
				u.mentioned[a.String()] = true
			case arm64asm.RegSP:
				regs = append(regs, a.String())
				u.mentioned[a.String()] = true
			case arm64asm.MemImmediate:
				m := a
				mem = &m
				u.mentioned[m.Base.String()] = true
			}
		}
		if mem != nil {
			off := memOffset(*mem)
			base := mem.Base.String()
			switch in.Op {
			case arm64asm.STP, arm64asm.STR:
				for _, r := range regs {
					switch {
					case base == "X18":
						if fromFrame[r] {
							u.tebLoad[off] = true
						}
					case base == "SP":
						if o, ok := carrying[r]; ok {
							u.tebSave[o] = true
							delete(carrying, r)
						} else {
							u.saved[r] = true
						}
					}
				}
			case arm64asm.LDP, arm64asm.LDR:
				for _, r := range regs {
					switch {
					case base == "X18":
						carrying[r] = off
					case base == "SP" && (r == "X2" || r == "X3"):
						fromFrame[r] = true // scratch carrying a TEB field
					case base == "SP":
						u.loaded[r] = true
					}
				}
			}
		}
		if in.Op == arm64asm.RET || in.Op == arm64asm.B {
			break
		}
	}
	return u
}

// memOffset extracts the immediate offset of an arm64 memory operand from
// its canonical text form "[Xn,#imm]".
func memOffset(m arm64asm.MemImmediate) int64 {
	var off int64
	s := m.String()
	if i := strings.Index(s, "#"); i >= 0 {
		fmt.Sscanf(strings.TrimRight(s[i+1:], "]!"), "%v", &off)
	}
	return off
}

func keys(m map[string]bool) []string {
	var k []string
	for s := range m {
		k = append(k, s)
	}
	return sorted(k...)
}

func ints(m map[int64]bool) []int64 {
	var k []int64
	for v := range m {
		k = append(k, v)
	}
	slices.Sort(k)
	return k
}

// readSymbols returns the machine code of the named ctxswitch functions in
// an ELF, Mach-O or PE executable. Mach-O and PE symbol tables carry no
// sizes, so a function ends where the next text symbol begins.
func readSymbols(path string, names []string) (map[string][]byte, error) {
	type sym struct {
		name       string
		addr, size uint64
	}
	var syms []sym
	var read func(addr, size uint64) ([]byte, error)
	if f, err := elf.Open(path); err == nil {
		defer f.Close()
		es, err := f.Symbols()
		if err != nil {
			return nil, err
		}
		for _, s := range es {
			syms = append(syms, sym{s.Name, s.Value, s.Size})
		}
		text := f.Section(".text")
		read = func(addr, size uint64) ([]byte, error) {
			b := make([]byte, size)
			_, err := text.ReadAt(b, int64(addr-text.Addr))
			return b, err
		}
	} else if f, err := macho.Open(path); err == nil {
		defer f.Close()
		if f.Symtab == nil {
			return nil, errors.New("no Mach-O symbol table")
		}
		for _, s := range f.Symtab.Syms {
			syms = append(syms, sym{strings.TrimPrefix(s.Name, "_"), s.Value, 0})
		}
		text := f.Section("__text")
		read = func(addr, size uint64) ([]byte, error) {
			b := make([]byte, size)
			_, err := text.ReadAt(b, int64(addr-text.Addr))
			return b, err
		}
	} else if f, err := pe.Open(path); err == nil {
		defer f.Close()
		text := f.Section(".text")
		if text == nil {
			return nil, errors.New("no PE .text section")
		}
		for _, s := range f.Symbols {
			if int(s.SectionNumber) >= 1 && f.Sections[s.SectionNumber-1] == text {
				syms = append(syms, sym{s.Name, uint64(s.Value), 0})
			}
		}
		read = func(addr, size uint64) ([]byte, error) {
			b := make([]byte, size)
			_, err := text.ReadAt(b, int64(addr))
			return b, err
		}
	} else {
		return nil, fmt.Errorf("%s: not an ELF, Mach-O or PE executable", path)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i].addr < syms[j].addr })
	out := map[string][]byte{}
	for i, s := range syms {
		short, ok := strings.CutPrefix(s.name, pkgPath)
		short = strings.TrimSuffix(short, ".abi0")
		if !ok || !slices.Contains(names, short) {
			continue
		}
		size := s.size
		if size == 0 {
			for _, n := range syms[i+1:] {
				if n.addr > s.addr {
					size = n.addr - s.addr
					break
				}
			}
		}
		if size == 0 || size > 4096 {
			return nil, fmt.Errorf("%s: cannot size symbol %s", path, s.name)
		}
		b, err := read(s.addr, size)
		if err != nil {
			return nil, fmt.Errorf("%s: reading %s: %v", path, s.name, err)
		}
		out[short] = b
	}
	for _, n := range names {
		if out[n] == nil {
			return nil, fmt.Errorf("%s: symbol %s%s not found", path, pkgPath, n)
		}
	}
	return out, nil
}
