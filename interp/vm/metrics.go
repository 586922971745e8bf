package vm

import (
	"io"
	"strconv"
	"strings"
	"sync/atomic"
)

// Metrics counts the native re-entries of DESIGN.md ("Native re-entry
// pins"): how often Go code called back into Python in a nested eval loop,
// and how many parks happened inside one and so had to pin their thread.
// The eval loop runs the dunders it dispatches and the common Python-
// driving built-ins as frames (docs/stackless.md); what remains shows up
// here, so a regression that puts a nested loop back on a hot path is
// measurable, and -X pinned names the Python code responsible.
type Metrics struct {
	// NativeReentries counts nested eval loops started below a Python
	// frame: a callback from Go (sort keys compared by a Python __lt__,
	// print calling __str__, a Python __hash__ of a dict key ...) or a
	// generator resumed by Go code.
	NativeReentries uint64
	// PinnedParks counts parks inside a nested loop: the thread's
	// goroutine had to block with the Go frames (Thread.PinnedWait)
	// instead of returning to its scheduler.
	PinnedParks uint64
}

// interpMetrics is the counters' storage in Interp (atomic: threads of one
// interpreter run on many goroutines).
type interpMetrics struct {
	reentries atomic.Uint64
	pinned    atomic.Uint64
	// tracePinned, when set, receives a traceback of each pinned park
	// (-X pinned), like Java's jdk.tracePinnedThreads.
	tracePinned atomic.Pointer[io.Writer]
}

// Metrics returns the interpreter's counters so far.
func (in *Interp) Metrics() Metrics {
	return Metrics{NativeReentries: in.metrics.reentries.Load(), PinnedParks: in.metrics.pinned.Load()}
}

// TracePinned makes every pinned park write the Python stack it happened
// in to w (nil turns it off): the -X pinned option.
func (in *Interp) TracePinned(w io.Writer) {
	if w == nil {
		in.metrics.tracePinned.Store(nil)
		return
	}
	in.metrics.tracePinned.Store(&w)
}

// noteReentry counts a nested eval loop about to start on t. The
// outermost loop of a thread (nothing below it) is not a re-entry.
func (t *Thread) noteReentry() {
	if t.frame != nil {
		t.interp.metrics.reentries.Add(1)
	}
}

// notePinned counts a park inside a nested loop and, under -X pinned,
// reports the Python stack (innermost last, as a traceback).
func (t *Thread) notePinned() {
	t.interp.metrics.pinned.Add(1)
	w := t.interp.metrics.tracePinned.Load()
	if w == nil {
		return
	}
	var frames []*Frame
	for fr := t.frame; fr != nil; fr = fr.back {
		if fr.code.Filename != HiddenFile {
			frames = append(frames, fr)
		}
	}
	var b strings.Builder
	b.WriteString("Thread pinned: blocking call inside a callback from native code\nTraceback (most recent call last):\n")
	for i := len(frames) - 1; i >= 0; i-- {
		fr := frames[i]
		b.WriteString("  File \"" + fr.code.Filename + "\", line " + strconv.Itoa(frameLine(fr)) + ", in " + fr.code.Name + "\n")
	}
	io.WriteString(*w, b.String())
}
