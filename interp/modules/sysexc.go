package modules

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// addSysException adds sys.exception() (3.11): the exception being
// handled, the same object sys.exc_info()[1] returns, or None.
func addSysException(m *objects.Module) {
	fn(m, "exception", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 0 || len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "exception() takes no arguments (%d given)", len(args))
		}
		if e := c.(*vm.Thread).ExcInfo(); e != nil {
			return e.Value(), nil
		}
		return objects.None, nil
	})
}
