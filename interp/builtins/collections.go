package builtins

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// installCollectionsModule registers _collections, the Go half of the
// collections module (interp/lib/collections re-exports it): deque, whose
// operations must each be atomic under free threading.
func installCollectionsModule(in *vm.Interp) {
	in.NativeModules["_collections"] = func(in *vm.Interp) (*objects.Module, error) {
		m := objects.NewModule("_collections")
		m.Dict.SetStr(objects.Interned("deque"), objects.DequeType.Value())
		return m, nil
	}
}
