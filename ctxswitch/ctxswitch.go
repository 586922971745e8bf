package ctxswitch

import (
	"errors"
	"unsafe"

	"github.com/weftrun/weft/stacks"
)

// Context is a machine context: either the goroutine that calls Swap (a zero
// Context, which Swap fills in) or code running on a native stack, made by
// New.
//
// The assembly reads the first three fields at fixed offsets (sp at 0,
// returnTo at 8, done at 16); do not reorder them. A Context must stay
// reachable (it is referenced from native stacks, which the GC does not
// scan) for as long as it can be switched to.
type Context struct {
	// sp is the saved stack pointer while the context is suspended and 0
	// while it runs or before it has ever been saved.
	sp uintptr
	// returnTo is resumed when the entry routine returns.
	returnTo *Context
	// done is set to 1 by the trampoline when the entry routine returns.
	done uint32
	// stack keeps the native stack, and entry's argument, alive.
	stack *stacks.Stack
}

// Supported reports whether this GOOS/GOARCH has a switch implementation.
const Supported = supported

// ErrUnsupported is returned by New where Supported is false.
var ErrUnsupported = errors.New("ctxswitch: no context switch for this platform")

// swapcorePC and trampolinePC hold the code addresses of the assembly
// routines (set by DATA directives in the .s files).
var swapcorePC, trampolinePC uintptr

// SwapCode is the address of the switch routine for assembly and foreign
// code: it takes (save, load *uintptr) in the platform C convention, saves
// the caller's registers and stack pointer into *save, and resumes the
// context whose slot is *load (see Context.Slot).
func SwapCode() uintptr { return swapcorePC }

// Slot returns the address of c's saved stack pointer, the value SwapCode
// takes. It is stable: a Context is never moved.
func (c *Context) Slot() *uintptr { return &c.sp }

// Done reports whether c's entry routine has returned.
func (c *Context) Done() bool { return c.done != 0 }

// Suspended reports whether c has a saved state that Swap can resume.
func (c *Context) Suspended() bool { return c.sp != 0 }

// New prepares a context that, when first switched to, calls the routine at
// entry with arg on stack, and switches to returnTo when that routine
// returns. stack must not be in use by another context; it belongs to the
// returned Context until the caller frees it after Done.
func New(stack *stacks.Stack, entry, arg uintptr, returnTo *Context) (*Context, error) {
	if !Supported {
		return nil, ErrUnsupported
	}
	if stack == nil || entry == 0 || returnTo == nil {
		return nil, errors.New("ctxswitch: New needs a stack, an entry routine and a return-to context")
	}
	c := &Context{returnTo: returnTo, stack: stack}
	l := stack.Layout()
	sp, ok := l.InitialSP(frameSize, 16)
	if !ok {
		return nil, errors.New("ctxswitch: stack too small for the initial frame")
	}
	// The frame lies in mapped memory outside the Go heap; uintptr writes
	// keep Go pointers (c) out of the write barrier's sight, which is
	// correct because the GC never scans this memory anyway.
	frame := unsafe.Slice((*uintptr)(stack.Pointer(sp)), frameSize/8)
	buildFrame(frame, l, entry, arg, uintptr(unsafe.Pointer(c)))
	c.sp = sp
	return c, nil
}

// Swap saves the running goroutine's machine state into from and resumes to.
// It returns when some context switches back to from. to must be suspended
// and from must not be: switching to a running or finished context, or
// saving into a suspended one, panics, because either would resume a stack
// that is in use or gone and corrupt memory.
func Swap(from, to *Context) {
	if to.sp == 0 {
		panic("ctxswitch: Swap to a context that is running or finished")
	}
	if from.sp != 0 {
		panic("ctxswitch: Swap from a context that is suspended, not running")
	}
	swap(&from.sp, &to.sp)
}
