package sched

import (
	"fmt"
	"io"
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
	Steals        uint64 // tasks taken from another P's run queue
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
		GlobalQueue:   int(s.gq.n.Load()),
		LocalQueues:   make([]int, s.procs),
	}
	m.Switches = s.lostSteps.Load() + s.platSteps.Load()
	for i, p := range s.ps {
		m.Switches += p.stepsPub.Load()
		m.LocalQueues[i] = p.q.len()
	}
	return m
}

// Dump writes the state of every P and of every live task that has parked
// at least once (tasks that never parked are counted in the queues), for a
// hang report
// (like Go's SIGQUIT dump) or a debugger. It does not stop the scheduler, so
// it is a consistent picture of each item, not of the whole.
func (s *Scheduler) Dump(w io.Writer) {
	mt := s.Metrics()
	fmt.Fprintf(w, "sched: procs=%d carriers=%d idleprocs=%d spinning=%d global=%d timers=%d blocking=%d spawned=%d finished=%d\n",
		mt.Procs, mt.Carriers, mt.IdleProcs, s.nmspinning.Load(), mt.GlobalQueue, mt.Timers, s.nblocking.Load(), mt.Spawned, mt.Finished)
	for i, p := range s.ps {
		word := p.word.Load()
		fmt.Fprintf(w, "  P%d: idle=%v instep=%v runq=%d inbox=%v preempt=%v\n",
			i, p.idle.Load(), word&inStep != 0, mt.LocalQueues[i], !p.in.empty(), p.preempt.Load())
	}
	s.reg.each(func(t *Task) bool {
		fmt.Fprintf(w, "  task %d: %s", t.id, stateName(t.state.Load()))
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
