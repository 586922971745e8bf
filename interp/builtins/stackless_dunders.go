package builtins

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// Stackless len(), hash(), abs(), format(), iter(), next(), getattr(),
// hasattr(), and sorting or min/max of instances of Python classes.
//
// len, hash, abs, format, iter and next call one dunder of their
// argument's class. When that dunder is a Python function, the hook
// returns a vm.DunderCall marker and CALL pushes the method's frame with
// the built-in's check as its return handler (vm/dundercall.go). Those
// needing more than one call (iter(callable, sentinel), next() of a
// generator or with a default, getattr and hasattr through Python
// getters, sorting and min/max of Python objects) run their Python
// versions in stackless.py, helped by the Go functions below. The hooks
// test the arguments' classes only: built-in types, and classes whose
// dunder is inherited from a built-in, keep the Go versions and their
// speed.

// dunderHelpers are the Go functions stackless.py calls on the results.
var dunderHelpers = map[string]objects.BuiltinFn{
	// _attr_step(obj, name): vm.AttrStep, as (True, value) or (False,
	// (function, arguments, fallback __getattr__ or None)).
	"_attr_step": func(c ctx, args []value, kw []string) (value, error) {
		r, f, fallback, fargs, err := vm.AttrStep(c, args[0], objects.AsStr(args[1]))
		if err != nil {
			return value{}, err
		}
		if f == nil {
			return objects.NewTuple([]value{objects.True, r}).Value(), nil
		}
		fb := objects.None
		if fallback != nil {
			fb = fallback.Value()
		}
		call := objects.NewTuple([]value{f.Value(), objects.NewTuple(fargs).Value(), fb})
		return objects.NewTuple([]value{objects.False, call.Value()}).Value(), nil
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

// oneArg reports a call with exactly n positional arguments and no
// keywords.
func oneArg(args []value, kw []string, n int) bool { return len(args) == n && len(kw) == 0 }

// installDunderRedirects sets the Redirect hooks of len, hash, abs,
// format, iter, next, getattr and hasattr, and extends those of sorted, list.sort, min and
// max to instances of Python classes compared without key=.
func installDunderRedirects(in *vm.Interp, py func(string) value) {
	markers := []struct {
		builtin string
		dunder  *objects.Str
		marker  value
	}{
		{"len", objects.Interned("__len__"), vm.DunderCallLen},
		{"hash", objects.Interned("__hash__"), vm.DunderCallHash},
		{"abs", objects.Interned("__abs__"), vm.DunderCallAbs},
	}
	for _, m := range markers {
		dunder, marker := m.dunder, m.marker
		redirectBuiltin(in, m.builtin, func(_ ctx, args []value, kw []string) value {
			if oneArg(args, kw, 1) && vm.PythonDunder(args[0], dunder) {
				return marker
			}
			return value{}
		})
	}
	nameFormat, nameIter, nameNext := objects.Interned("__format__"), objects.Interned("__iter__"), objects.Interned("__next__")
	redirectBuiltin(in, "format", func(_ ctx, args []value, kw []string) value {
		if len(kw) == 0 && (len(args) == 1 || len(args) == 2 && objects.AsStr(args[1]) != nil) && vm.PythonDunder(args[0], nameFormat) {
			return vm.DunderCallFormat
		}
		return value{}
	})
	iterCallable := py("_iter_callable")
	redirectBuiltin(in, "iter", func(_ ctx, args []value, kw []string) value {
		switch {
		case oneArg(args, kw, 1) && vm.PythonDunder(args[0], nameIter):
			return vm.DunderCallIter
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
		case it.Type() == vm.GeneratorType && len(args) == 1:
			return vm.DunderCallNextGen
		case it.Type() == vm.GeneratorType || !objects.IterGenerator(it).IsNil():
			return nextGen
		case vm.PythonDunder(it, nameNext):
			if len(args) == 1 {
				return vm.DunderCallNext
			}
			return nextObj
		}
		return value{}
	})
	getattrImpl, hasattrImpl := py("_getattr"), py("_hasattr")
	attrHook := func(impl value, lo, hi int) func(ctx, []value, []string) value {
		return func(_ ctx, args []value, kw []string) value {
			if len(kw) == 0 && len(args) >= lo && len(args) <= hi {
				if name := objects.AsStr(args[1]); name != nil && args[1].Type() == objects.StrType && vm.AttrRunsPython(args[0], name) {
					return impl
				}
			}
			return value{}
		}
	}
	redirectBuiltin(in, "getattr", attrHook(getattrImpl, 2, 3))
	redirectBuiltin(in, "hasattr", attrHook(hasattrImpl, 2, 2))
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
