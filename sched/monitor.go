package sched

import (
	"sync/atomic"
	"time"
)

// Monitor timing. The monitor is Go's sysmon: a goroutine outside the Ps that
// watches them. It starts polling every monitorMinDelay and doubles the
// delay while it finds nothing to do, up to monitorIdleDelay when every P is
// idle, or to half the smallest threshold it enforces while some P is busy,
// so a stuck carrier is noticed within 1.5 thresholds.
const (
	monitorMinDelay  = 20 * time.Microsecond
	monitorIdleDelay = 10 * time.Millisecond
	// deadlockQuiet is how long the system must stay unchanged, with every
	// task parked, before a deadlock is reported: long enough for a poller
	// callback that is between reaping a completion and calling Ready.
	deadlockQuiet = int64(time.Millisecond)
)

// monitorState is the monitor's private memory of what it saw last.
type monitorState struct {
	ps []monitorP

	snap     uint64 // progress snapshot for deadlock detection
	snapAt   int64
	reported bool
}

type monitorP struct {
	word       uint64 // last step word seen in a step
	wordSince  int64
	slice      uint32
	sliceSince int64
}

func (ms *monitorState) init(procs int) { ms.ps = make([]monitorP, procs) }

func (s *Scheduler) monitor() {
	defer s.wg.Done()
	busyCap := monitorIdleDelay
	if d := time.Duration(s.preemp) / 2; d < busyCap {
		busyCap = d
	}
	if s.handof > 0 {
		busyCap = min(busyCap, time.Duration(s.handof)/2)
	}
	busyCap = max(busyCap, monitorMinDelay)
	delay := monitorMinDelay
	tm := time.NewTimer(delay)
	defer tm.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-tm.C:
		}
		now := s.now()
		acted, busy := s.watchPs(now)
		if !busy && s.opts.Deadlock != nil {
			s.checkDeadlock(now)
		}
		if acted {
			delay = monitorMinDelay
		} else {
			delay = min(2*delay, monitorIdleDelay)
			if busy {
				delay = min(delay, busyCap)
			}
		}
		tm.Reset(delay)
	}
}

// watchPs is one monitor round over the Ps (Go's retake):
//
//   - Preemption: a P whose slice counter has not moved for PreemptAfter is
//     running one time slice too long (one long step, or a chain of Wake
//     hand-overs): its preempt flag asks the running task to yield and stops
//     the next Wake from inheriting the slice.
//   - Hand-off: a P whose step word is the same, in-step value it was
//     HandoffAfter ago is stuck in one step. If the P has anything else to do
//     (queued tasks, an inbox, timers, pending I/O, or global work that no
//     idle P can take), the monitor CASes the word to "not in a step",
//     which takes the P away from the stuck carrier (invariant 1), and
//     starts another carrier on it. The monitor cannot tell a step blocked
//     in a system call from one computing for long: both are treated alike,
//     which is safe (the stuck carrier finds out when its step returns and
//     files its task through the global queue) and bounds how long queued
//     tasks wait behind any step. A step that holds the P's poller (Poller)
//     is never retaken.
func (s *Scheduler) watchPs(now int64) (acted, busy bool) {
	for i, p := range s.ps {
		mp := &s.mon.ps[i]
		if p.idle.Load() {
			mp.word, mp.sliceSince = 0, 0
			continue
		}
		busy = true
		w := atomic.LoadUint64(&p.word)
		if slice := uint32(w >> sliceShft); slice != mp.slice || mp.sliceSince == 0 {
			mp.slice, mp.sliceSince = slice, now
		} else if now-mp.sliceSince >= s.preemp && !p.preempt.Load() {
			p.preempt.Store(true)
			s.preemptions.Add(1)
			acted = true
			if f := s.opts.OnPreempt; f != nil {
				f()
			}
		}
		if w&inStep == 0 {
			mp.word = 0
			continue
		}
		if w != mp.word {
			mp.word, mp.wordSince = w, now
			continue
		}
		if s.handof < 0 || w&noRetake != 0 || now-mp.wordSince < s.handof || !s.hasWork(p) {
			continue
		}
		if atomic.CompareAndSwapUint64(&p.word, w, w&^inStep) {
			mp.word = 0
			s.retakes.Add(1)
			s.handoffs.Add(1)
			s.startm(p, false)
			acted = true
		}
	}
	return acted, busy
}

// hasWork reports whether a P stuck in a step leaves something waiting.
func (s *Scheduler) hasWork(p *p) bool {
	return !p.q.empty() || !p.in.empty() || p.timers.first.Load() != 0 ||
		p.poller.Pending() > 0 || (!s.gq.empty() && s.npidle.Load() == 0)
}

// checkDeadlock runs when every P is idle. A deadlock is reported when, for
// deadlockQuiet, the progress snapshot (steps, spawns, finishes) has not
// moved, no timer is armed, no poller has I/O pending, no Blocking call is
// running, no queue holds a task, and every live task is parked. The quiet
// period covers the one window the counters cannot see: a poller callback
// that has reaped a completion (Pending dropped) but not yet called Ready.
func (s *Scheduler) checkDeadlock(now int64) {
	ms := &s.mon
	live := s.spawned.Load() - s.finished.Load()
	if live == 0 || s.ntimers.Load() > 0 || s.nblocking.Load() > 0 ||
		!s.gq.empty() || int(s.npidle.Load()) != s.procs || s.pendingIO() > 0 {
		ms.snapAt = 0
		return
	}
	snap := s.spawned.Load()*31 + s.finished.Load()*17 + s.platSteps.Load()*7 + s.lostSteps.Load()
	for _, p := range s.ps {
		snap = snap*131 + atomic.LoadUint64(&p.word)>>tickShift
	}
	if snap != ms.snap || ms.snapAt == 0 {
		ms.snap, ms.snapAt, ms.reported = snap, now, false
		return
	}
	if ms.reported || now-ms.snapAt < deadlockQuiet {
		return
	}
	// Every task that ever parked is in the registry; the others are
	// active, so a deadlock needs as many parked registered tasks as live
	// tasks.
	var parked []*Task
	s.reg.each(func(t *Task) bool {
		if t.state.Load()&stMask == stParked {
			parked = append(parked, t)
		}
		return true
	})
	if uint64(len(parked)) != live {
		return
	}
	ms.reported = true
	s.opts.Deadlock(parked)
	for _, t := range parked {
		if t.state.Load()&stMask != stParked {
			return // the callback woke someone: not a deadlock any more
		}
	}
	s.signalWaiters(&DeadlockError{Parked: parked})
}

// pendingIO sums Pending over every poller.
func (s *Scheduler) pendingIO() int {
	n := 0
	for _, p := range s.ps {
		n += p.poller.Pending()
	}
	s.platMu.Lock()
	for pt := range s.plats {
		n += pt.poller.Pending()
	}
	s.platMu.Unlock()
	return n
}
