package modules

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// contextvarsModule builds _contextvars, the one thing contextvars (written
// in Python, interp/lib/contextvars.py) cannot do itself: find the calling
// thread's current Context. The context lives on vm.Thread, so every
// virtual thread has its own without a lookup by thread ident, and
// swapping it (Context.run) is a field store.
//
// _get() returns the current Context, or None if the thread has none yet;
// _set(ctx) makes ctx (a Context, or None) current.
func contextvarsModule() *objects.Module {
	m := objects.NewModule("_contextvars")
	fn(m, "_get", func(c objects.Ctx, args []value, kw []string) (value, error) {
		th, ok := c.(*vm.Thread)
		if !ok || th.Context.IsNil() {
			return objects.None, nil
		}
		return th.Context, nil
	})
	fn(m, "_set", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "_set() takes exactly one argument")
		}
		th, ok := c.(*vm.Thread)
		if !ok {
			return value{}, objects.Errorf(objects.RuntimeErrorType, "no current thread")
		}
		th.Context = args[0]
		return objects.None, nil
	})
	return m
}
