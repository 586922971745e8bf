package bench

import (
	"iter"
	"runtime"
	"sync"
	"time"
	"unsafe"

	"github.com/weftrun/weft/ctxswitch"
	"github.com/weftrun/weft/ctxswitch/abitest"
	"github.com/weftrun/weft/stacks"
)

// The switch suite measures the cost of handing the CPU from one thread of
// control to another and back, per switch (a round trip is two switches),
// for every mechanism a Python runtime could build virtual threads on. The
// baseline is the assembly swap: the floor no mechanism can beat.
func init() {
	Register(&Suite{Name: "switch", Unit: "switch",
		Doc: "context switch cost: asm swap, iter.Pull, goroutines, OS threads, greenlet, gevent, asyncio, threading",
		Run: runSwitch})
}

// target is how long each Go row's timed run lasts; three runs per row keep
// the whole suite to a few seconds.
const target = 50 * time.Millisecond

func runSwitch() []Row {
	rows := []Row{asmRow("asm swap (ctxswitch, loop in asm)", true), asmRow("ctxswitch.Swap called from Go", false)}
	for _, m := range goMechanisms {
		rows = append(rows, Row{Name: m.name, Ns: measure(m.run, 2, target)})
	}
	return append(rows, pythonRows()...)
}

// A Mechanism runs n round trips (2n switches) of one switching method.
type mechanism struct {
	name string
	run  func(n int)
}

var goMechanisms = []mechanism{
	{"iter.Pull (runtime coroswitch)", IterPull},
	{"goroutines, unbuffered channels", ChanPingPong},
	{"goroutines, runtime.Gosched, 1 P", Gosched},
	{"OS threads (locked goroutines)", OSThreadPingPong},
}

// asmRow measures ctxswitch, with the loop in assembly (the floor) or Swap
// called from Go (adding Go's call and ABI wrapper costs).
func asmRow(name string, inAsm bool) Row {
	if !ctxswitch.Supported {
		return Row{Name: name, Skip: "no ctxswitch implementation for " + runtime.GOARCH, Baseline: inAsm}
	}
	swap, done, err := NewAsmPeer()
	if err != nil {
		return Row{Name: name, Skip: err.Error(), Baseline: inAsm}
	}
	defer done()
	op := swap.RoundTrips
	if !inAsm {
		op = swap.GoRoundTrips
	}
	return Row{Name: name, Ns: measure(op, 2, target), Baseline: inAsm}
}

// AsmPeer is a goroutine's context paired with an assembly context that
// switches straight back each time it is resumed.
type AsmPeer struct {
	main, peer *ctxswitch.Context
	arg        *abitest.Peer
}

// NewAsmPeer makes a pair; call done to free the peer's stack.
func NewAsmPeer() (*AsmPeer, func(), error) {
	st, err := stacks.Alloc(16 << 10)
	if err != nil {
		return nil, nil, err
	}
	p := &AsmPeer{main: new(ctxswitch.Context), arg: &abitest.Peer{Swap: ctxswitch.SwapCode()}}
	p.arg.Back = p.main.Slot()
	p.peer, err = ctxswitch.New(st, abitest.PingEntry(), uintptr(unsafe.Pointer(p.arg)), p.main)
	if err != nil {
		st.Free()
		return nil, nil, err
	}
	p.arg.Self = p.peer.Slot()
	return p, func() { runtime.KeepAlive(p); st.Free() }, nil
}

// RoundTrips switches to the peer and back n times in an assembly loop.
func (p *AsmPeer) RoundTrips(n int) {
	abitest.SwapLoop(uint64(n), p.main.Slot(), p.peer.Slot(), ctxswitch.SwapCode())
}

// GoRoundTrips does the same with ctxswitch.Swap called from Go.
func (p *AsmPeer) GoRoundTrips(n int) {
	for range n {
		ctxswitch.Swap(p.main, p.peer)
	}
}

// IterPull resumes a pull iterator n times: each next() switches to the
// iterator's goroutine and its yield switches back (runtime.coroswitch, a
// direct goroutine handoff that bypasses the scheduler).
func IterPull(n int) {
	next, stop := iter.Pull(func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	})
	defer stop()
	for range n {
		next()
	}
}

// ChanPingPong bounces a token between two goroutines over unbuffered
// channels n times.
func ChanPingPong(n int) {
	ping, pong := make(chan struct{}), make(chan struct{})
	go func() {
		for range ping {
			pong <- struct{}{}
		}
	}()
	for range n {
		ping <- struct{}{}
		<-pong
	}
	close(ping)
}

// Gosched alternates two goroutines on one P with runtime.Gosched: with
// GOMAXPROCS(1) each Gosched hands the P to the other goroutine, a
// scheduler round trip through the run queue. GOMAXPROCS is restored after.
func Gosched(n int) {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	var wg sync.WaitGroup
	wg.Add(2)
	for range 2 {
		go func() {
			defer wg.Done()
			for range n {
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
}

// OSThreadPingPong bounces a token between two goroutines each locked to
// its own OS thread, so every hand-off is a kernel thread wake-up (futex on
// Linux) rather than a goroutine switch.
func OSThreadPingPong(n int) {
	ping, pong := make(chan struct{}), make(chan struct{})
	done := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for range ping {
			pong <- struct{}{}
		}
		close(done)
	}()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for range n {
		ping <- struct{}{}
		<-pong
	}
	close(ping)
	<-done
}
