package builtins

import (
	"sync"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// map, filter, zip and enumerate are classes in Python: type(map(f, xs))
// is map, isinstance(x, map) works, and repr(map) is "<class 'map'>".
// weft's lazy iterators were built-in functions returning instances of
// the iterator types (iterType); installIterClasses makes each name the
// type itself. Calling the type runs the Go constructor (the function's
// body, unchanged) unless the call would drive Python code, in which case
// the type's Redirect hook runs the stackless Python version, which wraps
// its generator in an instance of the same type (newGenIter). Both kinds
// of instance are therefore of the one class.

// iterClassNames are the built-in functions turned into classes.
var iterClassNames = []string{"map", "filter", "zip", "enumerate"}

var iterClassesOnce sync.Once

// The classes' instances, and iter(callable, sentinel)'s, may be backed by
// a generator (newGenIter): register them, at initialisation as RegisterIterHeaderType requires.
func init() {
	for _, name := range append([]string{"callable_iterator"}, iterClassNames...) {
		objects.RegisterIterHeaderType(iterType(name))
	}
}

// installIterClasses replaces the built-in functions named in
// iterClassNames by their classes in in.Builtins. The functions' Redirect
// hooks must already be set (installStackless): the types are shared by
// every interpreter, so their hooks run the Python version of the calling
// thread's own interpreter.
func installIterClasses(in *vm.Interp) {
	iterClassesOnce.Do(func() {
		for _, name := range iterClassNames {
			v, _ := in.Builtins.GetStr(objects.Interned(name))
			b := objects.AsBuiltin(v)
			if b == nil {
				panic("builtins: no built-in function " + name)
			}
			fn, test, impl := b.Fn, b.Redirect, objects.Interned("_"+name)
			t := iterType(name)
			t.New = func(c ctx, _ *objects.Type, args []value, kw []string) (value, error) {
				return fn(c, args, kw)
			}
			// test is the first interpreter's hook; its decision depends
			// on the arguments only, the Python version it names does not:
			// take the calling thread's interpreter's own.
			t.Redirect = func(c ctx, args []value, kw []string) value {
				if test(c, args, kw).IsNil() {
					return value{}
				}
				return pyBuiltin(c, impl)
			}
		}
	})
	for _, name := range iterClassNames {
		in.Builtins.SetStr(objects.Interned(name), iterType(name).Value())
	}
}
