// Package interp ties weft's interpreter together: it makes an
// interpreter with the builtins and native modules installed and runs
// programs the way python3's main does (the __main__ module, sys.argv,
// uncaught exceptions printed as tracebacks, SystemExit codes).
package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/weftrun/weft/interp/builtins"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/modules"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// Interpreter is a ready-to-run interpreter with its main thread.
type Interpreter struct {
	VM   *vm.Interp
	Main *vm.Thread
}

// New makes an interpreter whose sys.argv is argv and whose sys.path
// starts with scriptDir.
func New(argv []string, scriptDir string) *Interpreter {
	in := vm.New()
	builtins.Install(in)
	exe, _ := os.Executable()
	modules.Register(in, argv, exe)
	in.Path.Append(objects.StrValue(scriptDir))
	if p := os.Getenv("PYTHONPATH"); p != "" {
		for _, d := range filepath.SplitList(p) {
			in.Path.Append(objects.StrValue(d))
		}
	}
	// The embedded standard library comes last, where CPython's Lib/ is.
	in.Path.Append(objects.StrValue(vm.StdlibDir))
	return &Interpreter{VM: in, Main: in.NewThread()}
}

// RunSource compiles and runs src as the __main__ module and returns the
// process exit status, printing an uncaught exception's traceback to
// stderr. A Go panic is reported as SystemError with the Go stack: it is
// an interpreter bug and must never crash the process silently.
func (it *Interpreter) RunSource(src, filename string) (status int) {
	in := it.VM
	defer in.Flush()
	defer func() {
		if r := recover(); r != nil {
			in.Flush()
			fmt.Fprintf(in.Stderr, "SystemError: weft internal error: %v\n%s", r, debug.Stack())
			status = 1
		}
	}()
	in.RememberSource(filename, src)
	main := objects.NewModule("__main__")
	main.Dict.SetStr(objects.Interned("__file__"), objects.StrValue(filename))
	main.Dict.SetStr(objects.Interned("__builtins__"), in.Builtins.Value())
	_ = in.Modules.SetItem(nil, objects.StrValue("__main__"), main.Value())
	code, warnings, err := compile.CompileWarnings(src, filename, compile.Exec)
	if err != nil {
		return it.Report(in.SyntaxErrorValue(err))
	}
	// The script's SyntaxWarnings go through the warnings module before it
	// runs, as CPython reports them while compiling it.
	if err := it.Main.ReportCompileWarnings(filename, warnings); err != nil {
		return it.Report(err)
	}
	return it.runMain(code, main.Dict)
}

// Report prints an uncaught exception like CPython's excepthook and
// returns the exit status (SystemExit's code, else 1).
func (it *Interpreter) Report(err error) int {
	in := it.VM
	in.Flush()
	exc := objects.AsPyError(err)
	if exc.Matches(objects.SystemExitType) {
		code := exc.StopValue()
		if code.IsNone() {
			return 0
		}
		if n, ok := objects.AsInt64(code); ok {
			return int(n)
		}
		s, _ := objects.ToStr(it.Main, code)
		fmt.Fprintln(in.Stderr, s)
		return 1
	}
	fmt.Fprint(in.Stderr, in.FormatException(it.Main, exc))
	return 1
}
