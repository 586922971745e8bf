package sched

import (
	"fmt"
	"io"
	"sync/atomic"
)

// Metrics is a snapshot of the scheduler's counters. Counters are
// monotonic; queue lengths are instantaneous. Switches is published by each
// carrier every 256 steps and whenever it goes idle, so while Ps are busy it
// may lag by up to 256 per P.
type Metrics struct {
	Procs         int
	Carriers      int    // carrier goroutines alive (with or without a P)
	IdleProcs     int    // Ps whose carrier is blocked in the poller
	Spawned       uint64 // tasks created
	Finished      uint64 // tasks whose step returned Done
	Switches      uint64 // steps run (each is one switch to a task)
	Steals        uint64 // tasks taken from another P's run queue or inbox
	Handoffs      uint64 // Ps handed to another carrier (Blocking, ParkPinned, Retakes)
	Retakes       uint64 // of which by the monitor, from a carrier stuck in a step
	LostSteps     uint64 // steps that returned after their P was retaken
	Pins          uint64 // ParkPinned calls that parked
	BlockingCalls uint64 // Blocking calls
	Preemptions   uint64 // yield requests by the monitor (ShouldYield)
	Timers        int64  // armed timers
	GlobalQueue   int    // tasks on the global queue
	LocalQueues   []int  // tasks on each P's run queue
}

// Metrics returns the current counters.
func (s *Scheduler) Metrics() Metrics {
	m := Metrics{
		Procs:         s.procs,
		Carriers:      int(s.nms.Load()),
		IdleProcs:     int(s.npidle.Load()),
		Spawned:       s.spawned.Load(),
		Finished:      s.finished.Load(),
		Steals:        s.steals.Load(),
		Handoffs:      s.handoffs.Load(),
		Retakes:       s.retakes.Load(),
		LostSteps:     s.lostSteps.Load(),
		Pins:          s.pins.Load(),
		BlockingCalls: s.blockingCalls.Load(),
		Preemptions:   s.preemptions.Load(),
		Timers:        s.ntimers.Load(),
		GlobalQueue:   s.gq.size(),
		LocalQueues:   make([]int, s.procs),
	}
	m.Switches = s.lostSteps.Load() + s.platSteps.Load()
	for i, p := range s.ps {
		m.Switches += p.stepsPub.Load()
		m.LocalQueues[i] = p.q.len()
	}
	return m
}

// Dump writes the state of every P with the tasks in its run queue, the
// global queue's tasks, and every live task that has parked at least once,
// for a hang report (like Go's SIGQUIT dump) or a debugger. Together these
// cover every live task except those whose step is running or that a
// running step has just woken or spawned (M-local until the step returns):
// a task that never parked is in a queue, and a task in an inbox has parked.
// Registering tasks at spawn would list those too, but would put a lock on
// every spawn and finish. Dump does not stop the scheduler, so it is a
// consistent picture of each item, not of the whole.
func (s *Scheduler) Dump(w io.Writer) {
	mt := s.Metrics()
	fmt.Fprintf(w, "sched: procs=%d carriers=%d idleprocs=%d spinning=%d global=%d timers=%d blocking=%d spawned=%d finished=%d\n",
		mt.Procs, mt.Carriers, mt.IdleProcs, s.nmspinning.Load(), mt.GlobalQueue, mt.Timers, s.nblocking.Load(), mt.Spawned, mt.Finished)
	for i, p := range s.ps {
		word := atomic.LoadUint64(&p.word)
		fmt.Fprintf(w, "  P%d: idle=%v instep=%v runq=%d inbox=%v preempt=%v\n",
			i, p.idle.Load(), word&inStep != 0, mt.LocalQueues[i], !p.in.empty(), p.preempt.Load())
		fmt.Fprintf(w, "    runq:%s\n", p.q.dumpIDs())
	}
	fmt.Fprintf(w, "  global queue:%s\n", s.gq.dumpIDs())
	s.reg.each(func(t *Task) bool {
		fmt.Fprintf(w, "  task %d: %s", t.id.Load(), stateName(t.state.Load()))
		fl := t.flags.Load()
		if fl&flagPlatform != 0 {
			fmt.Fprint(w, " platform")
		}
		if fl&flagPinned != 0 {
			fmt.Fprint(w, " pinned")
		}
		if fl&flagBlocking != 0 {
			fmt.Fprint(w, " blocking")
		}
		if h := t.home.Load(); h != nil {
			fmt.Fprintf(w, " home=P%d", h.id)
		}
		fmt.Fprintln(w)
		return true
	})
}

// dumpMax bounds the task IDs Dump prints per queue.
const dumpMax = 64

// dumpIDs lists the IDs of the queued tasks (Dump). Slots are atomic and IDs
// are atomic, so reading them races with nothing; a task that leaves the
// queue meanwhile may still be listed.
func (q *runq) dumpIDs() string {
	h, tl := unpackHT(q.ht.Load())
	var b []byte
	n := 0
	for i := h; i != tl && n < runqSize; i++ {
		t := q.slots[i%runqSize].Load()
		if t == nil {
			continue
		}
		if n == dumpMax {
			return string(b) + fmt.Sprintf(" ... (%d queued)", tl-h)
		}
		b = fmt.Appendf(b, " %d", t.id.Load())
		n++
	}
	return string(b)
}

// dumpIDs lists the IDs of the global queue's tasks (Dump), under its lock.
func (g *globalQueue) dumpIDs() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.flushLocked()
	var b []byte
	n := 0
	for t := g.head; t != nil; t = t.link {
		if n == dumpMax {
			return string(b) + fmt.Sprintf(" ... (%d queued)", g.n.Load())
		}
		b = fmt.Appendf(b, " %d", t.id.Load())
		n++
	}
	return string(b)
}
