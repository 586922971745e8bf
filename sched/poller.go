package sched

import "time"

// Poller is what an idle carrier blocks in; one per P, created by
// Options.NewPoller(p). The I/O layer implements it over io_uring, epoll,
// kqueue or IOCP; the scheduler only needs these four calls.
//
// Concurrency contract: Wait and Close are called by the goroutine that holds
// the poller's P (one at a time); Wake and Pending may be called from any
// goroutine (wakep, the monitor, deadlock detection).
type Poller interface {
	// Wait submits everything queued on this poller and blocks for at most timeout
	// (timeout < 0: no limit; 0: do not block) until a completion arrives or Wake is called.
	// Completion callbacks run on the calling goroutine before Wait returns; they
	// typically call (*Task).Ready for tasks whose I/O finished.
	Wait(timeout time.Duration) error
	// Wake makes a blocked (or the next) Wait return promptly. Safe from any goroutine.
	Wake()
	// Pending reports operations in flight; deadlock detection treats Pending() > 0 as "progress possible".
	Pending() int
	Close() error
}

// idlePoller is the built-in no-I/O poller: a wake-up token and a timer.
// Wake leaves at most one token, so a Wake before Wait is not lost and many
// Wakes cost one return.
type idlePoller struct {
	wake  chan struct{}
	timer *time.Timer
}

func newIdlePoller() *idlePoller {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return &idlePoller{wake: make(chan struct{}, 1), timer: t}
}

func (ip *idlePoller) Wait(timeout time.Duration) error {
	switch {
	case timeout == 0:
		select {
		case <-ip.wake:
		default:
		}
	case timeout < 0:
		<-ip.wake
	default:
		ip.timer.Reset(timeout)
		select {
		case <-ip.wake:
		case <-ip.timer.C:
		}
		ip.timer.Stop()
	}
	return nil
}

func (ip *idlePoller) Wake() {
	select {
	case ip.wake <- struct{}{}:
	default:
	}
}

func (ip *idlePoller) Pending() int { return 0 }

func (ip *idlePoller) Close() error {
	ip.timer.Stop()
	return nil
}

// stoppedPoller is what Poller returns to a step that lost its P during
// Shutdown: every operation fails, so the step unwinds.
type stoppedPoller struct{}

func (stoppedPoller) Wait(time.Duration) error { return ErrShutdown }
func (stoppedPoller) Wake()                    {}
func (stoppedPoller) Pending() int             { return 0 }
func (stoppedPoller) Close() error             { return nil }
