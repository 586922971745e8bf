// Package vthread runs the interpreter's threads on the scheduler: it binds
// a vm.Thread (a stackless Python thread) to a sched.Task (a run-to-park
// step on a carrier), so that Python threads are virtual threads.
//
// One step of a task is one call of Thread.Run. A built-in that must wait
// (a lock acquire, a sleep, a join) registers a waiter through Park and
// returns objects.ErrPark; Run returns it and the step returns
// sched.Parked, freeing the carrier. A waker completes the wait (Wake), which
// stores the result and Readies the task; the next step hands the result to
// Thread.Resume and runs on. A wait below a native re-entry (Go code calling
// Python, which then blocks) cannot unwind its Go frames: the task pins
// (sched's ParkPinned) and its goroutine sleeps until the wake.
//
// # The wait protocol
//
// A thread waits for at most one thing at a time. Its wait state (waiting,
// the wait's sequence number, the result) is guarded by VThread.mu, and a
// wait ends exactly once: either a waker wins (Wake with the matching
// sequence number while waiting is set) or the deadline passes and the step
// itself ends it (then the wait's cancel function removes the waiter from
// its queue and supplies the timeout result). A waker that loses — its
// waiter already timed out — gets false and passes the wake-up on (a lock
// hands itself to the next waiter). Because every wake is re-checked under
// mu, a spurious Ready (the scheduler allows them) only costs a step that
// parks again.
package vthread

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
	"github.com/weftrun/weft/poller"
	"github.com/weftrun/weft/sched"
)

// Runtime is the set of virtual threads of one interpreter and the scheduler
// they run on.
type Runtime struct {
	in    *vm.Interp
	sched *sched.Scheduler

	// mu guards threads, the live threads in no order: a slice (each
	// thread knows its index) so that promptPreemption's scan is a
	// walk over pointers, and removal is a swap with the last.
	mu      sync.Mutex
	threads []*VThread
	nextID  atomic.Int64

	main     *VThread
	mainDone chan struct{}
	status   int

	// deadlocked is set by the deadlock hook; the report is printed once.
	deadlocked atomic.Bool

	stopWatch chan struct{}

	// tramp is the Python function every started thread runs (see
	// trampolineSrc), compiled on first use.
	trampOnce sync.Once
	tramp     objects.Value
	trampErr  error

	// cancelledType is vthreads.Cancelled, the exception raised in a
	// cancelled scope (set when vthreads is imported).
	cancelledMu   sync.Mutex
	cancelledType *objects.Type
}

// VThread is one Python thread running as a scheduler task.
type VThread struct {
	rt   *Runtime
	th   *vm.Thread
	task *sched.Task
	// Ident is threading.get_ident(): unique among the threads of a
	// process, never reused.
	Ident int64
	// Name is the name the thread was started with, for reports.
	Name string
	// fn is the callable the thread runs (for "Exception ignored in
	// thread started by" reports); nil for the main thread.
	fn objects.Value
	// platform marks a thread bound to its own OS thread (virtual=False).
	platform bool

	// Cancellation state (cancel.go, scope.go), guarded by mu except
	// uncancellable.
	//
	// interrupted marks a wait that Interrupt ended: the step must still
	// run cancel to take the waiter out of its queue (see cancel.go).
	interrupted bool
	// shielded marks a wait that Interrupt may not end (the lock
	// re-acquire of Condition.wait's clean-up), copied from uncancellable
	// when the wait begins.
	shielded bool
	// wakerOnly marks a wait that only its waker may end (registered,
	// without a cancel function; see endWaitLocked).
	wakerOnly bool
	// scopes is the thread's stack of cancel scopes, innermost last;
	// guarded by mu (below) because Interrupt and CancelScope.Cancel read it
	// from other goroutines (see scope.go).
	scopes []*CancelScope

	// ownDeadline is the blocking call's own timeout (zero: none);
	// deadline (below), when the step wakes to check the wait, is
	// earlier when a cancel scope's deadline comes first.
	ownDeadline time.Time

	// uncancellable is step-local: set around a Park that must not be
	// interrupted.
	uncancellable bool

	// slot is the thread's index in Runtime.threads (guarded by
	// Runtime.mu), -1 once it has ended.
	slot int

	// inStep is set while the task's step runs: promptPreemption
	// sets the eval breaker only of running threads.
	inStep atomic.Bool

	// Wait state, guarded by mu (see the package comment).
	mu       sync.Mutex
	waiting  bool
	waitSeq  uint64
	what     string // what the thread waits for, for deadlock reports
	val      objects.Value
	err      error
	deadline time.Time // zero: no timeout
	cancel   func() (objects.Value, error)
	timer    *sched.Timer
	// ioCancel is the in-flight I/O canceller registered by the I/O
	// layer (SetIOCanceller); guarded by mu.
	ioCancel func(reason error)

	// Step-local state (only the task's own step touches it).
	parked   bool // the last Run ended in a park
	yielding bool // the park is a yield (time.sleep(0))

	// Completion, for join.
	doneMu   sync.Mutex
	done     bool
	joiners  waitQueue
	finalize func(*VThread) // extra work when the thread ends (main: exit)
}

// New makes a runtime for in, with its scheduler (procs Ps; 0 means
// $WEFT_PROCS, else GOMAXPROCS). It installs the modules _thread and the
// parking time.sleep into in.
func New(in *vm.Interp, procs int) (*Runtime, error) {
	rt := &Runtime{in: in, mainDone: make(chan struct{}), stopWatch: make(chan struct{})}
	s, err := sched.New(sched.Options{Procs: procs, Deadlock: rt.onDeadlock, NewPoller: poller.NewForScheduler, OnPreempt: rt.promptPreemption})
	if err != nil {
		return nil, err
	}
	rt.sched = s
	install(rt)
	return rt, nil
}

// Scheduler returns the scheduler the threads run on (for metrics).
func (rt *Runtime) Scheduler() *sched.Scheduler { return rt.sched }

// Current returns the virtual thread running th, or nil when th does not
// run on a scheduler (a thread driven directly by Go code).
func Current(th *vm.Thread) *VThread {
	vt, _ := th.Data.(*VThread)
	return vt
}

func (rt *Runtime) newThread(th *vm.Thread, name string) *VThread {
	vt := &VThread{rt: rt, th: th, Name: name, Ident: rt.nextID.Add(1)}
	th.Data = vt
	th.PinnedWait = vt.pinnedWait
	th.Preempt = vt.preempt
	rt.mu.Lock()
	vt.slot = len(rt.threads)
	rt.threads = append(rt.threads, vt)
	rt.mu.Unlock()
	return vt
}

// forget removes vt from the live threads.
func (rt *Runtime) forget(vt *VThread) {
	rt.mu.Lock()
	if i := vt.slot; i >= 0 && i < len(rt.threads) && rt.threads[i] == vt {
		last := rt.threads[len(rt.threads)-1]
		rt.threads[i], last.slot = last, i
		rt.threads[len(rt.threads)-1] = nil
		rt.threads = rt.threads[:len(rt.threads)-1]
		vt.slot = -1
	}
	rt.mu.Unlock()
}

// RunMain runs code as the __main__ module on the main virtual thread and
// returns the process exit status once the main thread has finished
// (including, when threading was imported, waiting for non-daemon threads
// as CPython's shutdown does). report prints an uncaught exception and
// returns the status it implies (SystemExit's code, else 1). A deadlock of
// every thread is reported on stderr with each thread's stack, and the
// status is 1.
func (rt *Runtime) RunMain(main *vm.Thread, code *objects.Code, globals *objects.Dict, report func(error) int) int {
	vt := rt.newThread(main, "MainThread")
	rt.main = vt
	main.StartCode(code, globals, globals)
	shutdownStarted := false
	vt.finalize = func(vt *VThread) { close(rt.mainDone) }
	step := func(t *sched.Task) sched.Status {
		for {
			st, v, err := vt.runStep(t)
			if st != sched.Done {
				return st
			}
			_ = v
			if !shutdownStarted {
				shutdownStarted = true
				if err != nil {
					rt.status = report(err)
				}
				// CPython's finalisation: threading._shutdown() joins the
				// non-daemon threads, on the main thread.
				if fn, ok := rt.threadingShutdown(); ok {
					if serr := main.Start(fn, nil); serr == nil {
						continue
					}
				}
			} else if err != nil {
				report(err)
			}
			vt.finish(objects.None, nil)
			return sched.Done
		}
	}
	rt.watchQuit(rt.in.Stderr, rt.stopWatch)
	rt.sched.Spawn(step)
	if err := rt.sched.Start(); err != nil {
		fmt.Fprintf(rt.in.Stderr, "weft: cannot start the scheduler: %v\n", err)
		return 1
	}
	waitErr := make(chan error, 1)
	go func() { waitErr <- rt.sched.Wait() }()
	status := 0
	select {
	case <-rt.mainDone:
		status = rt.status
	case err := <-waitErr:
		select {
		case <-rt.mainDone:
			status = rt.status
		default:
			if err != nil {
				status = 1
			}
		}
	}
	close(rt.stopWatch)
	rt.in.Flush()
	// Daemon threads are abandoned, as at CPython's exit. Shutdown waits for
	// running steps, which a daemon thread in an endless loop never ends, so
	// it gets a moment and is then left to the process exit.
	stopped := make(chan struct{})
	go func() { rt.sched.Shutdown(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(100 * time.Millisecond):
	}
	return status
}

// threadingShutdown returns threading._shutdown if the threading module was
// imported.
func (rt *Runtime) threadingShutdown() (objects.Value, bool) {
	m, ok, err := rt.in.Modules.GetItem(nil, objects.StrValue("threading"))
	if err != nil || !ok {
		return objects.Value{}, false
	}
	mod := objects.AsModule(m)
	if mod == nil {
		return objects.Value{}, false
	}
	fn, ok := mod.Dict.GetStr(objects.Interned("_shutdown"))
	if !ok || objects.AsFunction(fn) == nil {
		return objects.Value{}, false
	}
	return fn, true
}

// runStep is one step of the task: finish the pending wait if it ended,
// then run the thread until it parks, yields or finishes. For Done it
// returns the thread's result.
func (vt *VThread) runStep(t *sched.Task) (sched.Status, objects.Value, error) {
	if vt.task == nil {
		// The first step: the task is known now (a spawned task may run
		// before Spawn returns to its caller).
		vt.task = t
		t.Value = vt
	}
	vt.inStep.Store(true)
	defer vt.inStep.Store(false)
	if vt.parked {
		v, err, ended := vt.endWait()
		if !ended {
			return sched.Parked, objects.Value{}, nil
		}
		vt.parked = false
		vt.th.Resume(v, err)
	}
	v, err := vt.run()
	if err == objects.ErrPark {
		if vt.yielding {
			vt.yielding = false
			vt.th.Resume(objects.None, nil)
			return sched.Yielded, objects.Value{}, nil
		}
		vt.parked = true
		return sched.Parked, objects.Value{}, nil
	}
	return sched.Done, v, err
}

// run is Thread.Run with a Go panic (an interpreter bug) turned into a
// SystemError that ends the thread, as the command does for the main
// thread: a panic on a carrier would otherwise kill the process without a
// report.
func (vt *VThread) run() (v objects.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = objects.Value{}, objects.Errorf(objects.SystemErrorType, "weft internal error: %v\n%s", r, debug.Stack())
		}
	}()
	return vt.th.Run()
}

// endWait checks, after a wake-up, whether the thread's wait is over: a
// waker completed it, or its deadline passed (then the step ends it and
// takes the timeout result). ended is false for a spurious wake-up.
func (vt *VThread) endWait() (objects.Value, error, bool) {
	vt.mu.Lock()
	if vt.waiting {
		now := time.Now()
		if vt.deadline.IsZero() || now.Before(vt.deadline) {
			vt.mu.Unlock()
			return objects.Value{}, nil, false
		}
		// The wake-up time has come: a cancel scope's deadline or the
		// call's own timeout (see Park).
		if !vt.shielded {
			if cerr := vt.pendingCancelLocked(); cerr != nil {
				if vt.wakerOnly {
					// An I/O wait ends through its canceller.
					hook := vt.ioCancel
					vt.deadline = time.Time{}
					vt.mu.Unlock()
					if hook != nil {
						hook(cerr)
					}
					return objects.Value{}, nil, false
				}
				vt.endWaitLocked(cerr)
				vt.mu.Unlock()
				return vt.endWait()
			}
		}
		if vt.ownDeadline.IsZero() || now.Before(vt.ownDeadline) {
			// Not the call's own timeout: wait on until it.
			vt.deadline = vt.ownDeadline
			vt.mu.Unlock()
			if !vt.ownDeadline.IsZero() {
				tm := vt.task.ReadyAfter(vt.ownDeadline.Sub(now))
				vt.mu.Lock()
				vt.timer = tm
				vt.mu.Unlock()
			}
			return objects.Value{}, nil, false
		}
		vt.waiting = false
		cancel := vt.cancel
		vt.cancel, vt.timer, vt.what = nil, nil, ""
		vt.mu.Unlock()
		if cancel == nil {
			return objects.None, nil, true
		}
		v, err := cancel()
		return v, err, true
	}
	v, err, tm := vt.val, vt.err, vt.timer
	var cancel func() (objects.Value, error)
	if vt.interrupted {
		cancel = vt.cancel
	}
	vt.val, vt.err, vt.cancel, vt.timer, vt.what = objects.Value{}, nil, nil, nil, ""
	vt.interrupted, vt.shielded, vt.wakerOnly = false, false, false
	vt.mu.Unlock()
	if tm != nil {
		tm.Stop()
	}
	if cancel != nil {
		// An interrupted wait: take the waiter out of its queue. A waker
		// that already popped it found the wait over and passed what it
		// had on, so the timeout result cancel returns is not used.
		cancel()
	}
	return v, err, true
}

// finish records that the thread ended and wakes its joiners.
func (vt *VThread) finish(v objects.Value, err error) {
	vt.doneMu.Lock()
	vt.done = true
	ws := vt.joiners.takeAll()
	vt.doneMu.Unlock()
	for _, w := range ws {
		w.wake(objects.True, nil)
	}
	vt.rt.forget(vt)
	if vt.finalize != nil {
		vt.finalize(vt)
	}
}

// Done reports whether the thread has finished.
func (vt *VThread) Done() bool {
	vt.doneMu.Lock()
	defer vt.doneMu.Unlock()
	return vt.done
}

// pinnedWait is the vm's hook for a park inside a nested eval loop: the
// goroutine keeps its Go frames and sleeps (sched.ParkPinned) until the
// wait ends.
func (vt *VThread) pinnedWait(th *vm.Thread) (objects.Value, error) {
	if vt.yielding {
		vt.yielding = false
		vt.yieldPinned()
		return objects.None, nil
	}
	for {
		if !vt.task.ParkPinned() {
			return objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "interpreter shutdown")
		}
		if v, err, ended := vt.endWait(); ended {
			return v, err
		}
	}
}

// yieldPinned gives the carrier to the other runnable threads while the
// thread holds Go frames: it releases its P as for an announced blocking
// call and queues for one again, behind the threads already waiting.
func (vt *VThread) yieldPinned() {
	vt.task.Blocking(runtime.Gosched)
}

// preempt is the eval breaker's callback: if the scheduler's monitor says
// the time slice is over, the thread yields. The eval loop calls it between
// instructions with Go frames below, so the yield goes through the P
// hand-off of yieldPinned.
func (vt *VThread) preempt(th *vm.Thread) {
	if vt.task != nil && vt.task.ShouldYield() {
		vt.yieldPinned()
	}
}

// promptPreemption is the scheduler's OnPreempt: the monitor has just
// ended the time slice of the task running on some P, and this sets the
// eval breaker of every thread inside a step. The vm polls its breaker on
// calls and backward jumps, and the callback (preempt) asks the scheduler
// (ShouldYield) whether this thread's slice is really over, so only the
// thread whose slice ended yields. The monitor owns the decision; this only
// makes the vm look, without a timer of its own. With one thread there is
// nothing to yield to. It runs on the monitor goroutine: rt.mu is held
// only to copy the list, never across a wait.
func (rt *Runtime) promptPreemption() {
	rt.mu.Lock()
	if len(rt.threads) > 1 {
		for _, vt := range rt.threads {
			if vt.inStep.Load() {
				vt.th.RequestBreak()
			}
		}
	}
	rt.mu.Unlock()
}
