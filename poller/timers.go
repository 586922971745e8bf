package poller

import (
	"container/heap"
	"time"
)

// timerHeap orders Timeout operations by deadline for the backends that
// have no kernel timers of their own (epoll, kqueue, IOCP): their wait
// sleeps no longer than the earliest deadline, then fires what expired.
type timerHeap []*Op

func (h timerHeap) Len() int           { return len(h) }
func (h timerHeap) Less(i, j int) bool { return h[i].sys.deadline.Before(h[j].sys.deadline) }
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].sys.heapIndex = i
	h[j].sys.heapIndex = j
}
func (h *timerHeap) Push(x any) {
	op := x.(*Op)
	op.sys.heapIndex = len(*h)
	*h = append(*h, op)
}
func (h *timerHeap) Pop() any {
	old := *h
	op := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	op.sys.heapIndex = -1
	return op
}

func (h *timerHeap) add(op *Op) {
	op.sys.deadline = time.Now().Add(op.dur)
	heap.Push(h, op)
}

func (h *timerHeap) remove(op *Op) {
	if op.sys.heapIndex >= 0 && op.sys.heapIndex < len(*h) && (*h)[op.sys.heapIndex] == op {
		heap.Remove(h, op.sys.heapIndex)
	}
}

// clamp shortens timeout so the wait ends at the earliest deadline.
func (h timerHeap) clamp(timeout time.Duration) time.Duration {
	if len(h) == 0 {
		return timeout
	}
	until := max(time.Until(h[0].sys.deadline), 0)
	if timeout < 0 || until < timeout {
		// Round up so we do not wake a little early and spin.
		return until + time.Microsecond
	}
	return timeout
}

// fire completes every expired timer with ErrTimedOut.
func (h *timerHeap) fire(p *Poller) {
	now := time.Now()
	for len(*h) > 0 && !(*h)[0].sys.deadline.After(now) {
		op := heap.Pop(h).(*Op)
		p.complete(op, 0, ErrTimedOut)
	}
}
