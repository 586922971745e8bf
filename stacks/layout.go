package stacks

// Direction is the way a machine stack grows. Every platform weft supports
// grows its stacks down, but the layout arithmetic is written for both
// directions so that the invariants below are stated (and tested) without
// the implicit "down" that makes stack code hard to audit.
type Direction int

const (
	// Down: pushes decrease the stack pointer. The guard sits below the
	// usable region; the base (initial stack pointer side) is the high end.
	Down Direction = iota
	// Up: pushes increase the stack pointer. The guard sits above the usable
	// region; the base is the low end.
	Up
)

func (d Direction) String() string {
	if d == Up {
		return "up"
	}
	return "down"
}

// Layout describes a native stack mapping of Len bytes starting at Start, of
// which Guard bytes at the growth end are inaccessible. It is pure
// arithmetic: it never touches memory.
//
// For a Down stack:
//
//	Start        Start+Guard                         Start+Len
//	|  guard     |  usable ............... <- grows  |
//	             Limit                               Base
//
// For an Up stack:
//
//	Start                             Start+Len-Guard     Start+Len
//	|  grows -> ...............usable |  guard            |
//	Base                              Limit
//
// Base is where the stack starts (the first push goes just past it in the
// growth direction), Limit is the furthest address the stack may reach, and
// a push past Limit touches the guard and faults.
type Layout struct {
	Start, Len, Guard uintptr
	Dir               Direction
}

// Usable returns the half-open range [lo, hi) of memory the stack may use.
func (l Layout) Usable() (lo, hi uintptr) {
	if l.Dir == Up {
		return l.Start, l.Start + l.Len - l.Guard
	}
	return l.Start + l.Guard, l.Start + l.Len
}

// GuardRange returns the half-open range [lo, hi) of the guard.
func (l Layout) GuardRange() (lo, hi uintptr) {
	if l.Dir == Up {
		return l.Start + l.Len - l.Guard, l.Start + l.Len
	}
	return l.Start, l.Start + l.Guard
}

// Base returns the stack's starting end: the high end of the usable range
// for Down, the low end for Up.
func (l Layout) Base() uintptr {
	lo, hi := l.Usable()
	if l.Dir == Up {
		return lo
	}
	return hi
}

// Limit returns the end of the usable range towards which the stack grows;
// the guard lies just beyond it.
func (l Layout) Limit() uintptr {
	lo, hi := l.Usable()
	if l.Dir == Up {
		return hi
	}
	return lo
}

// InitialSP returns the stack pointer after reserving an initial frame of
// frame bytes at the base, aligned to align (a power of two). For Down the
// frame occupies [sp, sp+frame); for Up it occupies [sp-frame, sp). It
// returns ok=false when the frame does not fit in the usable range.
func (l Layout) InitialSP(frame, align uintptr) (sp uintptr, ok bool) {
	lo, hi := l.Usable()
	if align == 0 || align&(align-1) != 0 || frame > hi-lo {
		return 0, false
	}
	if l.Dir == Up {
		sp = (lo + frame + align - 1) &^ (align - 1)
		return sp, sp <= hi
	}
	sp = (hi - frame) &^ (align - 1)
	return sp, sp >= lo
}

// RoundToPages rounds n up to a whole number of pages of size page (a power
// of two); it returns page for n <= 0, so a stack is never empty.
func RoundToPages(n int, page int) uintptr {
	if n <= 0 {
		return uintptr(page)
	}
	return (uintptr(n) + uintptr(page) - 1) &^ (uintptr(page) - 1)
}
