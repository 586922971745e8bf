package vm

import "github.com/weftrun/weft/interp/objects"

// Attribute hooks written in Python (a property getter, a descriptor's
// __get__/__set__, __getattr__, __setattr__) come back from loadAttr and
// storeAttr as a function and its arguments for the eval loop to push as
// a frame. Those argument lists are short-lived: the loop hands them to
// pushDunder at once, and newCallFrame copies them into the new frame's
// locals (a *args tuple copies its part too) before any Python code can
// run. So they need not be allocated per access: the thread's hookArgs
// array carries them, and is overwritten by the next hook. Only the
// thread itself touches it, so no synchronisation is needed.

// hookArgs1 returns the one-argument list a.
func (t *Thread) hookArgs1(a value) []value {
	t.hookArgs[0] = a
	return t.hookArgs[:1:1]
}

// hookArgs2 returns the two-argument list a, b.
func (t *Thread) hookArgs2(a, b value) []value {
	t.hookArgs[0], t.hookArgs[1] = a, b
	return t.hookArgs[:2:2]
}

// hookArgs3 returns the three-argument list a, b, c.
func (t *Thread) hookArgs3(a, b, c value) []value {
	t.hookArgs[0], t.hookArgs[1], t.hookArgs[2] = a, b, c
	return t.hookArgs[:3:3]
}

// newInitFrame is newCallFrame for __init__(inst, *args): the argument
// list with inst in front is built in the thread's initArgs buffer rather
// than a new slice per instantiation, since newCallFrame copies it into
// the frame. The buffer is taken while in use, so a re-entrant call (none
// is expected while arguments are bound, but an error message could run
// code) simply allocates its own.
// maxKeptInitArgs bounds the buffer a thread keeps, so that one call
// with a huge *args does not pin its array for the thread's lifetime.
const maxKeptInitArgs = 64

func (t *Thread) newInitFrame(f *objects.Function, inst value, args []value, kwnames []string) (*Frame, error) {
	buf := t.initArgs
	t.initArgs = nil
	buf = append(append(buf[:0], inst), args...)
	fr, err := t.newCallFrame(f, buf, kwnames)
	clear(buf)
	if cap(buf) <= maxKeptInitArgs {
		t.initArgs = buf
	}
	return fr, err
}
