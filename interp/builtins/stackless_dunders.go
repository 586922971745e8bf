package builtins

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// Stackless len(), hash(), abs(), format(), iter(), next(), and sorting or
// min/max of instances of Python classes.
//
// Each of these built-ins calls one dunder of its argument's class. When
// that dunder is a Python function, the eval loop's CALL runs the
// built-in's Python version instead (stackless.py: _len, _hash ...): it
// calls the method as an ordinary Python call, so the method is a frame of
// the same loop and may park without pinning the thread, and then hands
// the result to one of the Go checks below, which raise CPython's errors.
// The hooks test the argument's class only: built-in types and classes
// whose dunder is inherited from a built-in keep the Go version and its
// speed.

// dunderHelpers are the Go functions stackless.py calls on the results.
var dunderHelpers = map[string]objects.BuiltinFn{
	// _len_result(n): len()'s check of a __len__ result.
	"_len_result": func(c ctx, args []value, kw []string) (value, error) {
		if _, fits := objects.AsInt64(args[0]); objects.IsInt(args[0]) && !fits {
			return value{}, objects.Errorf(objects.OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		n, err := objects.IndexOf(c, args[0])
		if err != nil {
			return value{}, err
		}
		if n < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "__len__() should return >= 0")
		}
		return objects.Int(n), nil
	},
	// _hash_result(h): hash()'s reduction of a __hash__ result, as
	// CPython's slot_tp_hash: a machine-word int is the hash (-1 becomes
	// -2), a larger one is hashed as an int.
	"_hash_result": func(c ctx, args []value, kw []string) (value, error) {
		r := args[0]
		if !objects.IsInt(r) {
			return value{}, objects.Errorf(objects.TypeErrorType, "__hash__ method should return an integer")
		}
		if n, ok := objects.AsInt64(r); ok {
			if n == -1 {
				n = -2
			}
			return objects.Int(n), nil
		}
		h, err := objects.Hash(c, r)
		return objects.Int(h), err
	},
	// _format_result(s): format()'s check of a __format__ result.
	"_format_result": func(c ctx, args []value, kw []string) (value, error) {
		if s := objects.AsStr(args[0]); s != nil {
			return objects.StrValue(s.S), nil
		}
		return value{}, objects.Errorf(objects.TypeErrorType, "__format__ must return a str, not %s", args[0].Type().Name)
	},
	// _iter_result(it): iter()'s check of an __iter__ result.
	"_iter_result": func(c ctx, args []value, kw []string) (value, error) {
		if args[0].Type().Next == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "iter() returned non-iterator of type '%s'", args[0].Type().Name)
		}
		return args[0], nil
	},
	// _generator_stop(gen): the StopIteration next(gen) raises once gen
	// is exhausted, carrying its return value (vm.GeneratorResult).
	"_generator_stop": func(c ctx, args []value, kw []string) (value, error) {
		e := objects.NewException(objects.StopIterationType)
		if r := vm.GeneratorResult(args[0]); !r.IsNone() {
			e = objects.NewException(objects.StopIterationType, r)
		}
		return e.Value(), nil
	},
	// _python_ordered(keys): whether sorting keys compares instances of
	// Python classes (then _lt_sort sorts in Python).
	"_python_ordered": func(c ctx, args []value, kw []string) (value, error) {
		l := objects.AsList(args[0])
		return objects.Bool(l != nil && listHoldsPythonObject(l)), nil
	},
}

// installDunderHelpers puts dunderHelpers in g, stackless.py's globals.
func installDunderHelpers(g *objects.Dict) {
	for name, fn := range dunderHelpers {
		g.SetStr(objects.Interned(name), objects.NewBuiltin(name, fn, nil).Value())
	}
}

// pythonDunder reports whether v's class is a Python class whose method
// name is a Python function (not inherited from a built-in, not None).
func pythonDunder(v value, name string) bool {
	t := v.Type()
	if t.Builtin {
		return false
	}
	f, ok := t.LookupString(name)
	return ok && objects.AsFunction(f) != nil
}

// oneArg reports a call with exactly n positional arguments and no
// keywords.
func oneArg(args []value, kw []string, n int) bool { return len(args) == n && len(kw) == 0 }

// installDunderRedirects sets the Redirect hooks of len, hash, abs,
// format, iter and next, and extends those of sorted, list.sort, min and
// max to instances of Python classes compared without key=.
func installDunderRedirects(in *vm.Interp, py func(string) value) {
	simple := []struct{ builtin, impl, dunder string }{
		{"len", "_len", "__len__"}, {"hash", "_hash", "__hash__"}, {"abs", "_abs", "__abs__"},
	}
	for _, s := range simple {
		impl, dunder := py(s.impl), s.dunder
		redirectBuiltin(in, s.builtin, func(_ ctx, args []value, kw []string) value {
			if oneArg(args, kw, 1) && pythonDunder(args[0], dunder) {
				return impl
			}
			return value{}
		})
	}
	formatImpl := py("_format")
	redirectBuiltin(in, "format", func(_ ctx, args []value, kw []string) value {
		if len(kw) == 0 && (len(args) == 1 || len(args) == 2 && objects.AsStr(args[1]) != nil) && pythonDunder(args[0], "__format__") {
			return formatImpl
		}
		return value{}
	})
	iterImpl, iterCallable := py("_iter"), py("_iter_callable")
	redirectBuiltin(in, "iter", func(_ ctx, args []value, kw []string) value {
		switch {
		case oneArg(args, kw, 1) && pythonDunder(args[0], "__iter__"):
			return iterImpl
		case oneArg(args, kw, 2) && pythonCallable(args[0]):
			return iterCallable
		}
		return value{}
	})
	nextGen, nextObj := py("_next_gen"), py("_next_obj")
	redirectBuiltin(in, "next", func(_ ctx, args []value, kw []string) value {
		if len(kw) != 0 || len(args) == 0 || len(args) > 2 {
			return value{}
		}
		switch it := args[0]; {
		case it.Type() == vm.GeneratorType || !objects.IterGenerator(it).IsNil():
			return nextGen
		case pythonDunder(it, "__next__"):
			return nextObj
		}
		return value{}
	})
	chain := func(b *objects.Builtin, hook func(ctx, []value, []string) value) {
		prev := b.Redirect
		b.Redirect = func(c ctx, args []value, kw []string) value {
			if r := prev(c, args, kw); !r.IsNil() {
				return r
			}
			return hook(c, args, kw)
		}
	}
	builtin := func(name string) *objects.Builtin {
		v, _ := in.Builtins.GetStr(objects.Interned(name))
		return objects.AsBuiltin(v)
	}
	listSort, _ := objects.ListType.Dict.GetStr(objects.Interned("sort"))
	sortedLt, listSortLt := py("_sorted_lt"), py("_list_sort_lt")
	chain(builtin("sorted"), func(_ ctx, args []value, kw []string) value {
		if len(args)-len(kw) == 1 && !hasKeyword(kw, "key") && comparesPython(args[0]) {
			return sortedLt
		}
		return value{}
	})
	chain(objects.AsBuiltin(listSort), func(_ ctx, args []value, kw []string) value {
		if len(args)-len(kw) == 1 && !hasKeyword(kw, "key") && comparesPython(args[0]) {
			return listSortLt
		}
		return value{}
	})
	for _, name := range []string{"min", "max"} {
		impl := py("_" + name)
		chain(builtin(name), func(_ ctx, args []value, kw []string) value {
			npos := len(args) - len(kw)
			if npos == 1 && comparesPython(args[0]) || npos > 1 && anyPythonObject(args[:npos]) {
				return impl
			}
			return value{}
		})
	}
}

// comparesPython reports whether v is a list or tuple holding an instance
// of a Python class: sorting it or taking its min/max would call Python
// comparison methods from Go.
func comparesPython(v value) bool {
	if l := objects.AsList(v); l != nil {
		return listHoldsPythonObject(l)
	}
	if t := objects.AsTuple(v); t != nil {
		return anyPythonObject(t.Items)
	}
	return false
}

// hasKeyword reports whether name is among a call's keyword names.
func hasKeyword(kw []string, name string) bool {
	for _, k := range kw {
		if k == name {
			return true
		}
	}
	return false
}

// listHoldsPythonObject reports whether some item of l is an instance of
// a Python class. It reads the items lock-free and copies nothing, so the
// test costs the Go sort of a list of built-in values one pass of loads.
func listHoldsPythonObject(l *objects.List) bool {
	for i := 0; ; i++ {
		x, ok := l.At(i)
		if !ok {
			return false
		}
		if !x.Type().Builtin {
			return true
		}
	}
}
