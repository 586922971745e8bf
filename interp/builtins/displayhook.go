package builtins

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// DisplayHook returns sys.displayhook for in: the interactive echo of an
// expression statement. None prints nothing; anything else is written as
// its repr and a newline, and stored in builtins._ (cleared first, so a
// failing repr leaves _ unset as in CPython).
func DisplayHook(in *vm.Interp) objects.BuiltinFn {
	return func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("displayhook", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		v := args[0]
		if v.IsNone() {
			return objects.None, nil
		}
		under := objects.Interned("_")
		in.Builtins.SetStr(under, objects.None)
		r, err := objects.Repr(c, v)
		if err != nil {
			return value{}, err
		}
		if out := redirectedStdout(in); !out.IsNil() {
			w, err := objects.GetAttr(c, out, objects.Interned("write"))
			if err != nil {
				return value{}, err
			}
			if _, err := c.Call(w, []value{objects.StrValue(r + "\n")}, nil); err != nil {
				return value{}, err
			}
		} else {
			in.WriteStdout(r + "\n")
		}
		in.Builtins.SetStr(under, v)
		return objects.None, nil
	}
}

// installDisplayHook adds __displayhook__, which the compiler's "single"
// mode (exec(compile(src, f, 'single')) and the REPL) calls on every
// expression statement: it defers to sys.displayhook, so a program that
// replaces the hook sees its own called, and uses the default while sys
// has not been imported.
func installDisplayHook(in *vm.Interp, set func(string, objects.BuiltinFn)) {
	def := DisplayHook(in)
	set("__displayhook__", func(c ctx, args []value, kw []string) (value, error) {
		if m, ok := in.Modules.GetStr(objects.Interned("sys")); ok {
			if mod := objects.AsModule(m); mod != nil {
				if h, ok := mod.Dict.GetStr(objects.Interned("displayhook")); ok {
					if b := objects.AsBuiltin(h); b == nil || b.Name != "displayhook" || b.Module != "sys" {
						return c.Call(h, args, kw)
					}
				}
			}
		}
		return def(c, args, kw)
	})
}

// redirectedStdout returns sys.stdout when a program replaced it (with a
// StringIO, contextlib.redirect_stdout...), or nil while it is still the
// interpreter's own stream, which print writes to directly.
func redirectedStdout(in *vm.Interp) value {
	m, ok := in.Modules.GetStr(objects.Interned("sys"))
	if !ok {
		return value{}
	}
	mod := objects.AsModule(m)
	if mod == nil {
		return value{}
	}
	cur, ok := mod.Dict.GetStr(objects.Interned("stdout"))
	if !ok {
		return value{}
	}
	if orig, ok := mod.Dict.GetStr(objects.Interned("__stdout__")); ok && cur.Is(orig) {
		return value{}
	}
	if cur.IsNone() {
		return value{}
	}
	return cur
}

// installQuit adds exit() and quit(), which python3's site module
// provides: they raise SystemExit with their optional code, ending a
// script or the REPL.
func installQuit(set func(string, objects.BuiltinFn)) {
	for _, name := range []string{"exit", "quit"} {
		set(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := nargs(name, args, kw, 0, 1); err != nil {
				return value{}, err
			}
			return value{}, objects.NewException(objects.SystemExitType, args...)
		})
	}
}
