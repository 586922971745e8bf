package builtins

import (
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

// iterObj is the shared shape of the lazy built-in iterators (enumerate,
// zip, map, filter, iter(callable, sentinel)): a Go closure producing the
// next item under a lock, so two threads sharing one iterator never see a
// torn state.
type iterObj struct {
	objects.IterHeader // Gen: see objects/geniter.go and newGenIter
	mu                 sync.Mutex
	next               func(c ctx) (value, error)
	done               bool
}

var iterTypes = map[string]*objects.Type{}

func iterType(name string) *objects.Type {
	if t, ok := iterTypes[name]; ok {
		return t
	}
	t := objects.NewNativeType(name)
	t.Iter = func(c ctx, v value) (value, error) { return v, nil }
	t.Next = func(c ctx, v value) (value, error) {
		it := (*iterObj)(v.Ptr())
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.done {
			return value{}, nil
		}
		r, err := it.next(c)
		if err != nil || r.IsNil() {
			it.done = true
		}
		return r, err
	}
	iterTypes[name] = t
	return t
}

// newGenIter returns a built-in iterator of type name (map, filter, zip,
// enumerate) whose items come from gen, the generator of the built-in's
// Python version: the eval loop resumes gen as a frame (IterGenerator),
// Go callers drive it through Next.
func newGenIter(name string, gen value) value {
	it := &iterObj{next: func(c ctx) (value, error) { return objects.Next(c, gen) }}
	it.Gen = gen
	objects.SetHeaderType(&it.Header, iterType(name))
	return objects.FromHeader(&it.Header)
}

// genIterBuiltin is _builtin_iter(name, gen), newGenIter for stackless.py.
func genIterBuiltin(c ctx, args []value, kw []string) (value, error) {
	if len(args) != 2 || len(kw) != 0 || objects.AsStr(args[0]) == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "_builtin_iter(name, generator) expected")
	}
	return newGenIter(objects.AsStr(args[0]).S, args[1]), nil
}

func newIter(name string, next func(c ctx) (value, error)) value {
	it := &iterObj{next: next}
	objects.SetHeaderType(&it.Header, iterType(name))
	return objects.FromHeader(&it.Header)
}

func newEnumerate(it, start value) value {
	i := start
	return newIter("enumerate", func(c ctx) (value, error) {
		x, err := objects.Next(c, it)
		if err != nil || x.IsNil() {
			return value{}, err
		}
		r := objects.NewTuple([]value{i, x}).Value()
		if i, err = objects.Binary(c, i, objects.Int(1), objects.OpAdd); err != nil {
			return value{}, err
		}
		return r, nil
	})
}

func newZip(its []value, strict bool) value {
	return newIter("zip", func(c ctx) (value, error) {
		if len(its) == 0 {
			return value{}, nil
		}
		items := make([]value, len(its))
		for i, it := range its {
			x, err := objects.Next(c, it)
			if err != nil {
				return value{}, err
			}
			if x.IsNil() {
				if strict {
					if i > 0 {
						return value{}, objects.Errorf(objects.ValueErrorType, "zip() argument %d is shorter than argument%s 1%s", i+1, pluralS(i), rangeNames(i))
					}
					for j := 1; j < len(its); j++ {
						y, err := objects.Next(c, its[j])
						if err != nil {
							return value{}, err
						}
						if !y.IsNil() {
							return value{}, objects.Errorf(objects.ValueErrorType, "zip() argument %d is longer than argument%s 1%s", j+1, pluralS(j), rangeNames(j))
						}
					}
				}
				return value{}, nil
			}
			items[i] = x
		}
		return objects.NewTuple(items).Value(), nil
	})
}

func pluralS(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

func rangeNames(n int) string {
	if n <= 1 {
		return ""
	}
	return "-" + string(rune('0'+n))
}

func newMap(fn value, its []value) value {
	return newIter("map", func(c ctx) (value, error) {
		args := make([]value, len(its))
		for i, it := range its {
			x, err := objects.Next(c, it)
			if err != nil || x.IsNil() {
				return value{}, err
			}
			args[i] = x
		}
		return c.Call(fn, args, nil)
	})
}

func newFilter(fn, it value) value {
	return newIter("filter", func(c ctx) (value, error) {
		for {
			x, err := objects.Next(c, it)
			if err != nil || x.IsNil() {
				return value{}, err
			}
			r := x
			if !fn.IsNone() {
				if r, err = c.Call(fn, []value{x}, nil); err != nil {
					return value{}, err
				}
			}
			b, err := objects.Truth(c, r)
			if err != nil {
				return value{}, err
			}
			if b {
				return x, nil
			}
		}
	})
}

func callableIter(fn, sentinel value) value {
	return newIter("callable_iterator", func(c ctx) (value, error) {
		x, err := c.Call(fn, nil, nil)
		if err != nil {
			return value{}, err
		}
		eq, err := objects.Equal(c, x, sentinel)
		if err != nil || eq {
			return value{}, err
		}
		return x, nil
	})
}
