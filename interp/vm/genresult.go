package vm

import "github.com/weftrun/weft/interp/objects"

// Generator return values seen by a for loop.
//
// next(gen) raises StopIteration carrying the generator's return value.
// The stackless next() (builtins' stackless.py, _next_gen) resumes the
// generator with a for loop, which drops the value; so when FOR_ITER
// exhausts a generator, the value is kept on the generator until the
// built-in takes it (GeneratorResult) or a later resume finds the
// generator finished and clears it — an exhausted generator's next
// StopIteration carries no value, as in CPython.

// finishedGen records r, the return value of the generator (or of the
// generator behind a built-in iterator) it that a FOR_ITER was iterating.
func finishedGen(it, r objects.Value) {
	if g := asGenerator(it); g != nil {
		g.result = r
	} else if g := asGenerator(objects.IterGenerator(it)); g != nil {
		g.result = r
	}
}

// GeneratorResult returns and forgets the return value recorded for the
// generator v (or the generator behind the built-in iterator v); None when
// there is none.
func GeneratorResult(v objects.Value) objects.Value {
	g := asGenerator(v)
	if g == nil {
		g = asGenerator(objects.IterGenerator(v))
	}
	if g == nil || g.result.IsNil() {
		return objects.None
	}
	r := g.result
	g.result = objects.Value{}
	return r
}
