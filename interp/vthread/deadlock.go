package vthread

import (
	"fmt"
	"sort"
	"strings"

	"github.com/weftrun/weft/sched"
)

// onDeadlock is the scheduler's deadlock hook: every live task is parked on
// an in-process wait (a lock, a join; no timer, I/O or blocking call is
// pending), so none can ever run again. Like Go's "all goroutines are
// asleep", weft reports it instead of hanging: each thread's name, what it
// waits for and its Python stack, on stderr. Nothing is woken, so the
// scheduler's Wait returns a DeadlockError and RunMain exits with status 1.
// The hook runs on the scheduler's monitor goroutine while every thread is
// parked, so reading their frames races with nothing.
func (rt *Runtime) onDeadlock(parked []*sched.Task) {
	if !rt.deadlocked.CompareAndSwap(false, true) {
		return
	}
	var vts []*VThread
	for _, t := range parked {
		if vt, ok := t.Value.(*VThread); ok {
			vts = append(vts, vt)
		}
	}
	sort.Slice(vts, func(i, j int) bool { return vts[i].Ident < vts[j].Ident })
	var b strings.Builder
	if len(vts) == 1 {
		b.WriteString("weft: deadlock: the only thread is blocked and nothing can wake it\n")
	} else {
		fmt.Fprintf(&b, "weft: deadlock: all %d threads are blocked, none can wake another\n", len(vts))
	}
	for _, vt := range vts {
		vt.mu.Lock()
		name, what := vt.Name, vt.what
		vt.mu.Unlock()
		if name == "" {
			name = fmt.Sprintf("Thread-%d", vt.Ident)
		}
		if what == "" {
			what = "a wait"
		}
		fmt.Fprintf(&b, "\nThread %q (ident %d) blocked in %s:\n", name, vt.Ident, what)
		b.WriteString(vt.th.FormatStack())
	}
	rt.in.Flush()
	fmt.Fprint(rt.in.Stderr, b.String())
}
