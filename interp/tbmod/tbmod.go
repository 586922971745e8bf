// Package tbmod is the native half of weft's traceback module: the
// Python module (interp/lib/traceback.py) asks the interpreter's own
// exception printer (vm/traceback.go, vm/tbgroup.go) for the text, so
// traceback.print_exc() prints byte for byte what an uncaught exception
// prints, and there is a single implementation of source lines, caret
// lines, chaining and exception-group boxes to keep in step with CPython.
package tbmod

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

type value = objects.Value

// Module builds _weft_traceback for in.
func Module(in *vm.Interp) (*objects.Module, error) {
	m := objects.NewModule("_weft_traceback")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = m.Name()
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	// format_exception(exc, chain) -> str: the whole report.
	def("format_exception", func(c objects.Ctx, args []value, kw []string) (value, error) {
		exc, err := excArg("format_exception", args, 2)
		if err != nil {
			return value{}, err
		}
		truth, err := objects.Truth(c, args[1])
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(in.FormatExceptionChain(c, exc, truth)), nil
	})
	// tb_entries(exc) -> list[str]: one formatted entry per frame.
	def("tb_entries", func(c objects.Ctx, args []value, kw []string) (value, error) {
		exc, err := excArg("tb_entries", args, 1)
		if err != nil {
			return value{}, err
		}
		entries := in.FormatTracebackEntries(exc)
		out := make([]value, len(entries))
		for i, e := range entries {
			out[i] = objects.StrValue(e)
		}
		return objects.NewList(out).Value(), nil
	})
	// exception_only(exc) -> str: "Type: message\n" and the notes.
	def("exception_only", func(c objects.Ctx, args []value, kw []string) (value, error) {
		exc, err := excArg("exception_only", args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(in.FormatExceptionOnly(c, exc)), nil
	})
	// source_line(filename, lineno) -> str: the raw line, "" if unknown.
	def("source_line", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 || objects.AsStr(args[0]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "source_line(filename, lineno) expects a str and an int")
		}
		n, ok := objects.AsInt64(args[1])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "source_line(filename, lineno) expects a str and an int")
		}
		return objects.StrValue(in.SourceLine(objects.AsStr(args[0]).S, int(n))), nil
	})
	return m, nil
}

func excArg(name string, args []value, n int) (*objects.Exception, error) {
	if len(args) != n {
		return nil, objects.Errorf(objects.TypeErrorType, "%s() takes exactly %d arguments (%d given)", name, n, len(args))
	}
	exc := objects.AsException(args[0])
	if exc == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "%s() argument must be an exception, not %s", name, args[0].Type().Name)
	}
	return exc, nil
}
