// Package modules implements the Go-side standard modules sys, math,
// time and io, and is the one registry of the native modules: Register
// installs them and the Go engines of other packages (_re, _json,
// _decimal, _os, _socket, ...) whose Python surfaces live in interp/lib.
package modules

import (
	"math"
	"os"
	"runtime"
	"time"

	"github.com/weftrun/weft/interp/binasciimod"
	"github.com/weftrun/weft/interp/builtins"
	"github.com/weftrun/weft/interp/datetimemod"
	"github.com/weftrun/weft/interp/decimalmod"
	"github.com/weftrun/weft/interp/gcmod"
	"github.com/weftrun/weft/interp/hashmod"
	"github.com/weftrun/weft/interp/jsonmod"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/osmod"
	"github.com/weftrun/weft/interp/randmod"
	"github.com/weftrun/weft/interp/remod"
	"github.com/weftrun/weft/interp/signalmod"
	"github.com/weftrun/weft/interp/socketmod"
	"github.com/weftrun/weft/interp/structmod"
	"github.com/weftrun/weft/interp/subprocessmod"
	"github.com/weftrun/weft/interp/tbmod"
	"github.com/weftrun/weft/interp/vm"
	"github.com/weftrun/weft/interp/zlibmod"
)

type value = objects.Value

// Register makes every native module importable in in; each is built on
// its first import. argv is sys.argv.
func Register(in *vm.Interp, argv []string, executable string) {
	in.NativeModules["sys"] = func(in *vm.Interp) (*objects.Module, error) { return sysModule(in, argv, executable), nil }
	in.NativeModules["math"] = func(in *vm.Interp) (*objects.Module, error) { return mathModule(), nil }
	in.NativeModules["time"] = func(in *vm.Interp) (*objects.Module, error) { return timeModule(), nil }
	in.NativeModules["io"] = func(in *vm.Interp) (*objects.Module, error) { return ioModule(in), nil }
	in.NativeModules["_decimal"] = decimalmod.Module
	in.NativeModules["_contextvars"] = func(in *vm.Interp) (*objects.Module, error) { return contextvarsModule(), nil }
	in.NativeModules["_re"] = func(in *vm.Interp) (*objects.Module, error) { return remod.NewModule(), nil }
	in.NativeModules["_json"] = func(in *vm.Interp) (*objects.Module, error) { return jsonmod.NewModule(), nil }
	in.NativeModules["_random"] = func(in *vm.Interp) (*objects.Module, error) { return randmod.NewModule(), nil }
	in.NativeModules["_struct"] = func(in *vm.Interp) (*objects.Module, error) { return structmod.NewModule(), nil }
	in.NativeModules["_datetime"] = func(in *vm.Interp) (*objects.Module, error) { return datetimemod.NewModule(), nil }
	in.NativeModules["_subprocess"] = func(in *vm.Interp) (*objects.Module, error) { return subprocessmod.NewModule(), nil }
	in.NativeModules["_hashlib"] = func(in *vm.Interp) (*objects.Module, error) { return hashmod.NewModule(), nil }
	in.NativeModules["_zlib"] = func(in *vm.Interp) (*objects.Module, error) { return zlibmod.NewModule(), nil }
	in.NativeModules["_binascii"] = func(in *vm.Interp) (*objects.Module, error) { return binasciimod.NewModule(), nil }
	in.NativeModules["_weft_traceback"] = tbmod.Module
	in.NativeModules["_signal"] = signalmod.Module
	in.NativeModules["gc"] = func(in *vm.Interp) (*objects.Module, error) { return gcmod.Module(), nil }
	socketmod.Register(in)
	osmod.Register(in)
}

func fn(m *objects.Module, name string, f objects.BuiltinFn) {
	b := objects.NewBuiltin(name, f, nil)
	b.Module = m.Name()
	m.Dict.SetStr(objects.Interned(name), b.Value())
}

func strList(items []string) value {
	out := make([]value, len(items))
	for i, s := range items {
		out[i] = objects.StrValue(s)
	}
	return objects.NewList(out).Value()
}

// stream is sys.stdout / sys.stderr: write() and flush() onto the
// interpreter's streams.
func stream(in *vm.Interp, name string, err bool) value {
	m := objects.NewModule(name)
	fn(m, "write", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || objects.AsStr(args[0]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "write() argument must be str")
		}
		s := objects.AsStr(args[0])
		if err {
			in.Flush()
			in.Stderr.Write([]byte(s.S))
		} else {
			in.WriteStdout(s.S)
		}
		return objects.Int(int64(s.Len())), nil
	})
	fn(m, "flush", func(c objects.Ctx, args []value, kw []string) (value, error) {
		in.Flush()
		return objects.None, nil
	})
	return m.Value()
}

func sysModule(in *vm.Interp, argv []string, executable string) *objects.Module {
	m := objects.NewModule("sys")
	set := func(k string, v value) { m.Dict.SetStr(objects.Interned(k), v) }
	set("argv", strList(argv))
	set("path", in.Path.Value())
	set("modules", in.Modules.Value())
	set("executable", objects.StrValue(executable))
	set("platform", objects.StrValue(map[string]string{"windows": "win32", "darwin": "darwin"}[runtime.GOOS]+map[bool]string{true: "linux", false: ""}[runtime.GOOS == "linux"]))
	set("maxsize", objects.Int(math.MaxInt64))
	set("byteorder", objects.StrValue("little"))
	set("version", objects.StrValue("3.12.0 (weft)"))
	set("version_info", versionInfoType.New(objects.Int(3), objects.Int(12), objects.Int(0), objects.StrValue("final"), objects.Int(0)))
	set("float_info", floatInfo())
	set("hash_info", hashInfo())
	set("int_info", intInfoType.New(objects.Int(30), objects.Int(4), objects.Int(4300), objects.Int(640)))
	hook := builtins.DisplayHook(in)
	fn(m, "displayhook", hook)
	fn(m, "__displayhook__", hook)
	stdin := builtins.NewStdin(in.Stdin, os.Stdin)
	set("stdin", stdin)
	set("__stdin__", stdin)
	stdout, stderr := stream(in, "stdout", false), stream(in, "stderr", true)
	set("stdout", stdout)
	set("stderr", stderr)
	set("__stdout__", stdout)
	set("__stderr__", stderr)
	set("builtins", in.Builtins.Value())
	fn(m, "getrecursionlimit", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(in.RecursionLimit())), nil
	})
	fn(m, "setrecursionlimit", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "setrecursionlimit() takes exactly one argument (%d given)", len(args))
		}
		n, ok := objects.AsInt64(args[0])
		if !ok || args[0].IsFloat() {
			return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if n < 1 {
			return value{}, objects.Errorf(objects.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		in.SetRecursionLimit(int(n))
		return objects.None, nil
	})
	fn(m, "exit", func(c objects.Ctx, args []value, kw []string) (value, error) {
		// sys.exit(arg) raises SystemExit with arg as CPython's
		// PyErr_SetObject does: None means no arguments and a tuple
		// becomes the argument tuple itself.
		if len(kw) > 0 || len(args) > 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
		}
		var exc []value
		if len(args) == 1 && !args[0].IsNone() {
			exc = args
			if t := objects.AsTuple(args[0]); t != nil && args[0].Type() == objects.TupleType {
				exc = t.Items
			}
		}
		return value{}, objects.NewException(objects.SystemExitType, exc...)
	})
	fn(m, "exc_info", func(c objects.Ctx, args []value, kw []string) (value, error) {
		e := c.(*vm.Thread).ExcInfo()
		if e == nil {
			return objects.NewTuple([]value{objects.None, objects.None, objects.None}).Value(), nil
		}
		return objects.NewTuple([]value{e.Type().Value(), e.Value(), objects.TracebackValue(e.Traceback)}).Value(), nil
	})
	addSysException(m)
	fn(m, "_getframe", func(c objects.Ctx, args []value, kw []string) (value, error) {
		depth := int64(0)
		if len(args) > 1 || len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "_getframe expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			n, ok := objects.AsInt64(args[0])
			if !ok {
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			depth = n
		}
		if depth < 0 {
			depth = 0
		}
		return c.(*vm.Thread).FrameObject(int(depth))
	})
	fn(m, "intern", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Interned(objects.AsStr(args[0]).S).Value(), nil
	})
	return m
}

var startTime = time.Now()

func timeModule() *objects.Module {
	m := objects.NewModule("time")
	fn(m, "time", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Float(float64(time.Now().UnixNano()) / 1e9), nil
	})
	fn(m, "time_ns", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(time.Now().UnixNano()), nil
	})
	mono := func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Float(time.Since(startTime).Seconds()), nil
	}
	fn(m, "monotonic", mono)
	fn(m, "perf_counter", mono)
	fn(m, "process_time", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Float(processCPUTime().Seconds()), nil
	})
	fn(m, "thread_time", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Float(threadCPUTime().Seconds()), nil
	})
	fn(m, "perf_counter_ns", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(time.Since(startTime))), nil
	})
	fn(m, "sleep", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "sleep() takes exactly one argument (%d given)", len(args))
		}
		f, ok, err := objects.ToFloat(args[0])
		if err != nil || !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if f < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "sleep length must be non-negative")
		}
		// Without the scheduler (sched issue) sleeping blocks the carrier.
		time.Sleep(time.Duration(f * float64(time.Second)))
		return objects.None, nil
	})
	addTimeCalendar(m)
	return m
}
