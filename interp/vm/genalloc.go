package vm

import "github.com/weftrun/weft/interp/objects"

// A generator owns its frame and its frame's slots for its whole life
// (they cannot live on the thread's value stack, which unwinds while the
// generator is suspended). Allocating the three separately cost three
// heap objects per generator, and a generator expression such as
// sep.join(f(x) for x in xs) makes one per evaluation: on
// bench/py/word_count.py these allocations and the zeroing of the memory
// they took were a fifth of the run. genBlock makes them one object for
// frames of up to genBlockMax slots, the common case; interior pointers
// keep the block alive as long as any of its parts is reachable, which is
// what the three separate objects did anyway.
type genBlock[S any] struct {
	gen   Generator
	frame Frame
	slots S
}

// genBlockMax is the largest slot count that gets a combined block.
const genBlockMax = 16

// allocGenerator returns a zeroed generator, frame and n slots for a
// generator function's call; the caller fills the frame and then calls
// initGenerator.
func allocGenerator(n int) (*Generator, *Frame, []objects.Value) {
	switch {
	case n <= 4:
		b := new(genBlock[[4]objects.Value])
		return &b.gen, &b.frame, b.slots[:n:n]
	case n <= 8:
		b := new(genBlock[[8]objects.Value])
		return &b.gen, &b.frame, b.slots[:n:n]
	case n <= genBlockMax:
		b := new(genBlock[[genBlockMax]objects.Value])
		return &b.gen, &b.frame, b.slots[:n:n]
	}
	return new(Generator), new(Frame), make([]objects.Value, n)
}
