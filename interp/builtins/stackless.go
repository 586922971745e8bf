package builtins

import (
	_ "embed"
	"sync"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// stacklessSource holds the Python versions of the built-ins that drive
// Python code (sum over a generator, sorted with a key function, ...).
//
//go:embed stackless.py
var stacklessSource string

// StacklessFile is the file name of the compiled-in Python built-ins;
// tracebacks leave its frames out, as CPython shows no frame for a C
// built-in.
const StacklessFile = vm.HiddenFile

// installStackless compiles stackless.py into in.PyBuiltins and points
// the Redirect hook of each built-in it covers at its Python version,
// guarded by a test of the arguments: the Go version still runs whenever
// it would call no Python code (a list, a range, a built-in key such as
// len), so the common path keeps its speed. The built-in functions and
// methods are made anew by each Install and get hooks bound to this
// interpreter's Python versions; the built-in types are shared by every
// interpreter in the process, so their hooks are installed once and look
// the Python version up in the calling thread's interpreter.
func installStackless(in *vm.Interp) {
	code, err := compile.Compile(stacklessSource, StacklessFile, compile.Exec)
	if err != nil {
		panic("builtins: stackless.py: " + err.Error())
	}
	g := objects.NewDict()
	g.SetStr(objects.Interned("__name__"), objects.StrValue("builtins"))
	g.SetStr(objects.Interned("_sort_keyed"), objects.NewBuiltin("_sort_keyed", sortKeyedBuiltin, nil).Value())
	g.SetStr(objects.Interned("_builtin_iter"), objects.NewBuiltin("_builtin_iter", genIterBuiltin, nil).Value())
	installDunderHelpers(g)
	if _, err := in.NewThread().RunCode(code, g, g); err != nil {
		panic("builtins: stackless.py: " + err.Error())
	}
	in.PyBuiltins = g
	py := func(name string) objects.Value {
		v, ok := g.GetStr(objects.Interned(name))
		if !ok {
			panic("builtins: stackless.py defines no " + name)
		}
		return v
	}
	sharedHooks.Do(installSharedHooks)
	// Install made the built-in types' method objects anew: hook them.
	method := func(t *objects.Type, name string) *objects.Builtin {
		v, _ := t.Dict.GetStr(objects.Interned(name))
		return objects.AsBuiltin(v)
	}
	listSort := py("_list_sort")
	method(objects.ListType, "sort").Redirect = func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(args)-len(kw) == 1 && objects.AsList(args[0]) != nil && pythonKey(args, kw) {
			return listSort
		}
		return objects.Value{}
	}
	join := py("_join")
	method(objects.StrType, "join").Redirect = func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(args) == 2 && len(kw) == 0 && objects.AsStr(args[0]) != nil && drivesPython(args[1]) {
			return join
		}
		return objects.Value{}
	}

	// Built-ins consuming one iterable.
	for _, name := range []string{"sum", "any", "all"} {
		impl := py("_" + name)
		redirectBuiltin(in, name, func(_ ctx, args []objects.Value, kw []string) objects.Value {
			if len(args) >= 1 && len(args)-len(kw) >= 1 && drivesPython(args[0]) && !startIsString(args, kw) {
				return impl
			}
			return objects.Value{}
		})
	}
	sorted := py("_sorted")
	redirectBuiltin(in, "sorted", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(args)-len(kw) == 1 && (drivesPython(args[0]) || pythonKey(args, kw)) {
			return sorted
		}
		return objects.Value{}
	})
	for _, name := range []string{"min", "max"} {
		impl := py("_" + name)
		redirectBuiltin(in, name, func(_ ctx, args []objects.Value, kw []string) objects.Value {
			npos := len(args) - len(kw)
			if pythonKey(args, kw) || npos == 1 && drivesPython(args[0]) {
				return impl
			}
			return objects.Value{}
		})
	}
	mapImpl := py("_map")
	redirectBuiltin(in, "map", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(kw) == 0 && len(args) >= 2 && (pythonCallable(args[0]) || anyDrivesPython(args[1:])) {
			return mapImpl
		}
		return objects.Value{}
	})
	filterImpl := py("_filter")
	redirectBuiltin(in, "filter", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(kw) == 0 && len(args) == 2 && (pythonCallable(args[0]) || drivesPython(args[1])) {
			return filterImpl
		}
		return objects.Value{}
	})
	enumerateImpl := py("_enumerate")
	redirectBuiltin(in, "enumerate", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(args) >= 1 && len(args)-len(kw) >= 1 && drivesPython(args[0]) {
			return enumerateImpl
		}
		return objects.Value{}
	})
	zipImpl := py("_zip")
	redirectBuiltin(in, "zip", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if anyDrivesPython(args[:len(args)-len(kw)]) {
			return zipImpl
		}
		return objects.Value{}
	})
	installIterClasses(in)
	installDunderRedirects(in, py)
	// repr() and print() of instances of Python classes: the f-string
	// conversions of the Python versions run __str__/__repr__ as frames.
	reprImpl := py("_repr")
	redirectBuiltin(in, "repr", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if len(args) == 1 && len(kw) == 0 && !args[0].Type().Builtin {
			return reprImpl
		}
		return objects.Value{}
	})
	printImpl := py("_print")
	redirectBuiltin(in, "print", func(_ ctx, args []objects.Value, kw []string) objects.Value {
		if anyPythonObject(args[:len(args)-len(kw)]) {
			return printImpl
		}
		return objects.Value{}
	})
}

// sharedHooks installs the hooks of the shared built-in types once.
var sharedHooks sync.Once

// pyBuiltin returns the Python version name of a built-in in the calling
// thread's interpreter.
func pyBuiltin(c ctx, name *objects.Str) objects.Value {
	th, ok := c.(*vm.Thread)
	if !ok || th.Interp().PyBuiltins == nil {
		return objects.Value{}
	}
	v, _ := th.Interp().PyBuiltins.GetStr(name)
	return v
}

// installSharedHooks sets the Redirect hooks of the built-in types
// (shared by all interpreters).
func installSharedHooks() {
	// Constructors from one Python-driven iterable.
	for _, c := range []struct {
		t    *objects.Type
		impl string
	}{
		{objects.ListType, "_list"}, {objects.TupleType, "_tuple"}, {objects.SetType, "_set"},
		{objects.FrozenSetType, "_frozenset"}, {objects.DictType, "_dict"},
	} {
		impl, dict := objects.Interned(c.impl), c.t == objects.DictType
		c.t.Redirect = func(c ctx, args []objects.Value, kw []string) objects.Value {
			// dict() of an instance of a Python class may be a mapping
			// (keys() and __getitem__): only generators go to _dict.
			if len(args) == 1 && len(kw) == 0 && drivesPython(args[0]) && (!dict || args[0].Type() == vm.GeneratorType || !objects.IterGenerator(args[0]).IsNil()) {
				return pyBuiltin(c, impl)
			}
			return objects.Value{}
		}
	}
	truth := objects.Interned("_bool")
	objects.BoolType.Redirect = func(c ctx, args []objects.Value, kw []string) objects.Value {
		if len(args) == 1 && len(kw) == 0 && !args[0].Type().Builtin {
			return pyBuiltin(c, truth)
		}
		return objects.Value{}
	}
	str := objects.Interned("_str")
	objects.StrType.Redirect = func(c ctx, args []objects.Value, kw []string) objects.Value {
		if len(args) == 1 && len(kw) == 0 && !args[0].Type().Builtin {
			return pyBuiltin(c, str)
		}
		return objects.Value{}
	}
}

// redirectBuiltin sets the Redirect hook of this interpreter's built-in
// function name.
func redirectBuiltin(in *vm.Interp, name string, hook func(ctx, []objects.Value, []string) objects.Value) {
	v, _ := in.Builtins.GetStr(objects.Interned(name))
	b := objects.AsBuiltin(v)
	if b == nil {
		panic("builtins: no built-in function " + name)
	}
	b.Redirect = hook
}

// drivesPython reports whether iterating v runs Python code: v is a
// generator or an instance of a Python class. Built-in iterators over
// such objects still call back from Go (a native re-entry, counted).
func drivesPython(v objects.Value) bool {
	t := v.Type()
	return t == vm.GeneratorType || !t.Builtin || !objects.IterGenerator(v).IsNil()
}

// anyPythonObject reports whether some v is an instance of a Python
// class (whose str() may run a Python __str__ or __repr__).
func anyPythonObject(vs []objects.Value) bool {
	for _, v := range vs {
		if !v.Type().Builtin {
			return true
		}
	}
	return false
}

func anyDrivesPython(vs []objects.Value) bool {
	for _, v := range vs {
		if drivesPython(v) {
			return true
		}
	}
	return false
}

// pythonCallable reports whether calling f runs Python code directly.
func pythonCallable(f objects.Value) bool {
	return objects.AsFunction(f) != nil || objects.AsMethod(f) != nil || !f.Type().Builtin
}

// pythonKey reports whether the keyword key= of a call is a Python
// callable.
func pythonKey(args []objects.Value, kw []string) bool {
	for i, k := range kw {
		if k == "key" {
			return pythonCallable(args[len(args)-len(kw)+i])
		}
	}
	return false
}

// startIsString reports whether sum's start argument is a str, which the
// Go version rejects with CPython's message.
func startIsString(args []objects.Value, kw []string) bool {
	npos := len(args) - len(kw)
	if npos >= 2 {
		return objects.AsStr(args[1]) != nil
	}
	for i, k := range kw {
		if k == "start" {
			return objects.AsStr(args[npos+i]) != nil
		}
	}
	return false
}

// sortKeyedBuiltin is _sort_keyed(lst, keys, reverse), the Go half of the
// Python list.sort(key=): the keys were computed by Python frames, the
// sort itself compares them here.
func sortKeyedBuiltin(c ctx, args []value, kw []string) (value, error) {
	l, keys := objects.AsList(args[0]), objects.AsList(args[1])
	if len(args) != 3 || len(kw) != 0 || l == nil || keys == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "_sort_keyed(list, keys, reverse)")
	}
	reverse, err := objects.Truth(c, args[2])
	if err != nil {
		return value{}, err
	}
	items, ks := l.Snapshot(), keys.Snapshot()
	if len(items) != len(ks) {
		return value{}, objects.Errorf(objects.ValueErrorType, "list modified during sort")
	}
	return objects.None, sortKeyed(c, l, items, ks, reverse)
}
