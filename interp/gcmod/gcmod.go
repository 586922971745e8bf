// Package gcmod is weft's gc module.
//
// weft has no reference counting and no generational cycle collector:
// every Python object is a Go heap object, reclaimed by Go's concurrent
// tracing collector, which frees cycles like any other garbage. The gc
// module keeps CPython's API so programs that tune or trigger collection
// run unchanged, with these meanings:
//
//   - collect() runs a full Go collection (runtime.GC) and returns 0: the
//     number of unreachable objects is not counted by Go's collector.
//   - enable()/disable()/isenabled() record a flag only. CPython's disable()
//     stops the cycle collector while reference counting still frees most
//     objects; stopping Go's collector (SetGCPercent(-1)) would stop all
//     reclamation, so it is not done.
//   - get_threshold()/set_threshold() store CPython's three thresholds and
//     get_count() reports (0, 0, 0): Go's collector is paced by heap growth
//     (GOGC), not by allocation counts.
//   - freeze()/unfreeze() have nothing to move (Go has no permanent
//     generation); get_freeze_count() is 0.
//   - is_tracked(obj) answers as CPython does for atomic values (None,
//     bool, int, float, complex, str, bytes, and a bare object(): False) and True for the rest.
package gcmod

import (
	"runtime"
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// state is process-wide, as CPython's collector state is per interpreter
// and weft runs one interpreter per process in practice.
var state = struct {
	sync.Mutex
	enabled    bool
	thresholds [3]int64
	collects   [3]int64
	debug      int64
}{enabled: true, thresholds: [3]int64{700, 10, 10}}

// Module builds the gc module.
func Module() *objects.Module {
	m := objects.NewModule("gc")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = m.Name()
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	set := func(name string, v value) { m.Dict.SetStr(objects.Interned(name), v) }
	for name, n := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4, "DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		set(name, objects.Int(n))
	}
	set("garbage", objects.NewList(nil).Value())
	set("callbacks", objects.NewList(nil).Value())
	def("collect", func(c objects.Ctx, args []value, kw []string) (value, error) {
		gen := int64(2)
		if len(args) > 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "collect() takes at most 1 argument (%d given)", len(args))
		}
		if len(args) == 1 {
			n, ok := objects.AsInt64(args[0])
			if !ok {
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			gen = n
		}
		if gen < 0 || gen > 2 {
			return value{}, objects.Errorf(objects.ValueErrorType, "invalid generation")
		}
		runtime.GC()
		state.Lock()
		state.collects[gen]++
		state.Unlock()
		return objects.Int(0), nil
	})
	flag := func(name string, on bool) {
		def(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if err := noArgs(name, args, kw); err != nil {
				return value{}, err
			}
			state.Lock()
			state.enabled = on
			state.Unlock()
			return objects.None, nil
		})
	}
	flag("enable", true)
	flag("disable", false)
	def("isenabled", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := noArgs("isenabled", args, kw); err != nil {
			return value{}, err
		}
		state.Lock()
		defer state.Unlock()
		return objects.Bool(state.enabled), nil
	})
	def("get_count", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return ints(0, 0, 0), nil
	})
	def("get_threshold", func(c objects.Ctx, args []value, kw []string) (value, error) {
		state.Lock()
		defer state.Unlock()
		return ints(state.thresholds[:]...), nil
	})
	def("set_threshold", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) < 1 || len(args) > 3 || len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "set_threshold() takes 1 to 3 positional arguments (%d given)", len(args))
		}
		var t [3]int64
		for i, a := range args {
			n, ok := objects.AsInt64(a)
			if !ok || a.IsFloat() {
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
			t[i] = n
		}
		state.Lock()
		copy(state.thresholds[:len(args)], t[:len(args)])
		state.Unlock()
		return objects.None, nil
	})
	def("get_debug", func(c objects.Ctx, args []value, kw []string) (value, error) {
		state.Lock()
		defer state.Unlock()
		return objects.Int(state.debug), nil
	})
	def("set_debug", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "set_debug() takes exactly one argument (%d given)", len(args))
		}
		n, ok := objects.AsInt64(args[0])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		state.Lock()
		state.debug = n
		state.Unlock()
		return objects.None, nil
	})
	def("get_stats", func(c objects.Ctx, args []value, kw []string) (value, error) {
		state.Lock()
		defer state.Unlock()
		out := make([]value, 3)
		for i := range out {
			d := objects.NewDict()
			d.SetStr(objects.Interned("collections"), objects.Int(state.collects[i]))
			d.SetStr(objects.Interned("collected"), objects.Int(0))
			d.SetStr(objects.Interned("uncollectable"), objects.Int(0))
			out[i] = d.Value()
		}
		return objects.NewList(out).Value(), nil
	})
	none := func(name string) {
		def(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			return objects.None, noArgs(name, args, kw)
		})
	}
	none("freeze")
	none("unfreeze")
	def("get_freeze_count", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(0), nil
	})
	def("is_tracked", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "is_tracked() takes exactly one argument (%d given)", len(args))
		}
		switch args[0].Type() {
		case objects.NoneType, objects.BoolType, objects.IntType, objects.FloatType, objects.ComplexType, objects.StrType, objects.BytesType, objects.ObjectType:
			return objects.False, nil
		}
		return objects.True, nil
	})
	def("is_finalized", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.False, nil
	})
	return m
}

func noArgs(name string, args []value, kw []string) error {
	if len(args) != 0 || len(kw) != 0 {
		return objects.Errorf(objects.TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func ints(ns ...int64) value {
	items := make([]value, len(ns))
	for i, n := range ns {
		items[i] = objects.Int(n)
	}
	return objects.NewTuple(items).Value()
}
