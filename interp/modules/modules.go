// Package modules implements the Go-side standard modules sys, math and
// time.
package modules

import (
	"math"
	"math/big"

	"runtime"
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

type value = objects.Value

// Register makes sys, math and time importable in in. argv is sys.argv.
func Register(in *vm.Interp, argv []string, executable string) {
	in.NativeModules["sys"] = func(in *vm.Interp) (*objects.Module, error) { return sysModule(in, argv, executable), nil }
	in.NativeModules["math"] = func(in *vm.Interp) (*objects.Module, error) { return mathModule(), nil }
	in.NativeModules["time"] = func(in *vm.Interp) (*objects.Module, error) { return timeModule(), nil }
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
	set("version_info", objects.NewTuple([]value{objects.Int(3), objects.Int(12), objects.Int(0), objects.StrValue("final"), objects.Int(0)}).Value())
	set("stdout", stream(in, "stdout", false))
	set("stderr", stream(in, "stderr", true))
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
		e := objects.NewException(objects.SystemExitType, args...)
		return value{}, e
	})
	fn(m, "exc_info", func(c objects.Ctx, args []value, kw []string) (value, error) {
		e := c.(*vm.Thread).ExcInfo()
		if e == nil {
			return objects.NewTuple([]value{objects.None, objects.None, objects.None}).Value(), nil
		}
		return objects.NewTuple([]value{e.Type().Value(), e.Value(), objects.TracebackValue(e.Traceback)}).Value(), nil
	})
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
	set("float_info", objects.NewTuple([]value{objects.Float(math.MaxFloat64)}).Value())
	return m
}

func mathModule() *objects.Module {
	m := objects.NewModule("math")
	m.Dict.SetStr(objects.Interned("pi"), objects.Float(math.Pi))
	m.Dict.SetStr(objects.Interned("e"), objects.Float(math.E))
	m.Dict.SetStr(objects.Interned("tau"), objects.Float(2*math.Pi))
	m.Dict.SetStr(objects.Interned("inf"), objects.Float(math.Inf(1)))
	m.Dict.SetStr(objects.Interned("nan"), objects.Float(math.NaN()))
	num := func(c objects.Ctx, v value) (float64, error) {
		f, ok, err := objects.ToFloat(v)
		if err != nil {
			return 0, err
		}
		if !ok {
			if fl, has := v.Type().LookupString("__float__"); has {
				r, err := c.Call(fl, []value{v}, nil)
				if err != nil {
					return 0, err
				}
				f, _, _ = objects.ToFloat(r)
				return f, nil
			}
			return 0, objects.Errorf(objects.TypeErrorType, "must be real number, not %s", v.Type().Name)
		}
		return f, nil
	}
	f1 := func(name string, f func(float64) float64, domain func(float64) bool) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) != 1 {
				return value{}, objects.Errorf(objects.TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
			}
			x, err := num(c, args[0])
			if err != nil {
				return value{}, err
			}
			if domain != nil && !domain(x) {
				return value{}, objects.Errorf(objects.ValueErrorType, "math domain error")
			}
			r := f(x)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return value{}, objects.Errorf(objects.OverflowErrorType, "math range error")
			}
			return objects.Float(r), nil
		})
	}
	f1("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 || math.IsNaN(x) })
	f1("exp", math.Exp, nil)
	f1("sin", math.Sin, func(x float64) bool { return !math.IsInf(x, 0) })
	f1("cos", math.Cos, func(x float64) bool { return !math.IsInf(x, 0) })
	f1("tan", math.Tan, func(x float64) bool { return !math.IsInf(x, 0) })
	f1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 })
	f1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 })
	f1("atan", math.Atan, nil)
	f1("sinh", math.Sinh, nil)
	f1("cosh", math.Cosh, nil)
	f1("tanh", math.Tanh, nil)
	f1("log2", math.Log2, func(x float64) bool { return x > 0 })
	f1("log10", math.Log10, func(x float64) bool { return x > 0 })
	f1("fabs", math.Abs, nil)
	f1("degrees", func(x float64) float64 { return x * 180 / math.Pi }, nil)
	f1("radians", func(x float64) float64 { return x * math.Pi / 180 }, nil)
	fn(m, "log", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) < 1 || len(args) > 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "log expected 1 or 2 arguments, got %d", len(args))
		}
		lg := func(v value) (float64, error) {
			if objects.IsInt(v) && !v.IsSmallInt() {
				b := objects.ToBig(v)
				if b.Sign() <= 0 {
					return 0, objects.Errorf(objects.ValueErrorType, "math domain error")
				}
				n := b.BitLen() - 60
				if n < 0 {
					n = 0
				}
				f, _ := new(big.Float).SetInt(new(big.Int).Rsh(b, uint(n))).Float64()
				return math.Log(f) + float64(n)*math.Ln2, nil
			}
			x, err := num(c, v)
			if err != nil {
				return 0, err
			}
			if x <= 0 {
				return 0, objects.Errorf(objects.ValueErrorType, "math domain error")
			}
			return math.Log(x), nil
		}
		r, err := lg(args[0])
		if err != nil {
			return value{}, err
		}
		if len(args) == 2 {
			b, err := lg(args[1])
			if err != nil {
				return value{}, err
			}
			if b == 0 {
				return value{}, objects.Errorf(objects.ZeroDivisionErrorType, "float division by zero")
			}
			r /= b
		}
		return objects.Float(r), nil
	})
	f2 := func(name string, f func(a, b float64) float64) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) != 2 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
			}
			a, err := num(c, args[0])
			if err != nil {
				return value{}, err
			}
			b, err := num(c, args[1])
			if err != nil {
				return value{}, err
			}
			return objects.Float(f(a, b)), nil
		})
	}
	f2("atan2", math.Atan2)
	f2("hypot", math.Hypot)
	f2("copysign", math.Copysign)
	f2("fmod", math.Mod)
	f2("pow", math.Pow)
	toInt := func(name string, f func(float64) float64) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) != 1 {
				return value{}, objects.Errorf(objects.TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
			}
			if objects.IsInt(args[0]) {
				return objects.BigValue(objects.ToBig(args[0])), nil
			}
			x, err := num(c, args[0])
			if err != nil {
				return value{}, err
			}
			if math.IsInf(x, 0) {
				return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(x) {
				return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert float NaN to integer")
			}
			b, _ := new(big.Float).SetFloat64(f(x)).Int(nil)
			return objects.BigValue(b), nil
		})
	}
	toInt("floor", math.Floor)
	toInt("ceil", math.Ceil)
	toInt("trunc", math.Trunc)
	pred := func(name string, f func(float64) bool) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			x, err := num(c, args[0])
			if err != nil {
				return value{}, err
			}
			return objects.Bool(f(x)), nil
		})
	}
	pred("isnan", math.IsNaN)
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	fn(m, "gcd", func(c objects.Ctx, args []value, kw []string) (value, error) {
		g := new(big.Int)
		for _, a := range args {
			if !objects.IsInt(a) {
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
			g.GCD(nil, nil, g, new(big.Int).Abs(objects.ToBig(a)))
		}
		return objects.BigValue(g), nil
	})
	fn(m, "factorial", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || !objects.IsInt(args[0]) {
			return value{}, objects.Errorf(objects.TypeErrorType, "factorial() only accepts integral values")
		}
		n, _ := objects.AsInt64(args[0])
		if n < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "factorial() not defined for negative values")
		}
		return objects.BigValue(new(big.Int).MulRange(1, n)), nil
	})
	fn(m, "isqrt", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || !objects.IsInt(args[0]) {
			return value{}, objects.Errorf(objects.TypeErrorType, "isqrt() argument must be an integer")
		}
		b := objects.ToBig(args[0])
		if b.Sign() < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return objects.BigValue(new(big.Int).Sqrt(b)), nil
	})
	fn(m, "fsum", func(c objects.Ctx, args []value, kw []string) (value, error) {
		items, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		// Neumaier compensated summation.
		var sum, comp float64
		for _, it := range items {
			x, err := num(c, it)
			if err != nil {
				return value{}, err
			}
			t := sum + x
			if math.Abs(sum) >= math.Abs(x) {
				comp += (sum - t) + x
			} else {
				comp += (x - t) + sum
			}
			sum = t
		}
		return objects.Float(sum + comp), nil
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
	fn(m, "process_time", mono)
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
	return m
}
