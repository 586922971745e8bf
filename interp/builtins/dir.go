package builtins

import (
	"sort"

	"github.com/weftrun/weft/interp/objects"
)

// customDir is dir(v) when Python code defines the listing: a __dir__
// method on v's class (or, for a class, on its metaclass), or a module-level
// __dir__ function (PEP 562). Its result, any iterable, is returned as a
// sorted list, as CPython's dir() does. ok is false when only the
// built-in listings apply.
func customDir(c ctx, v value) (value, bool, error) {
	var r value
	var err error
	if m := objects.AsModule(v); m != nil {
		f, found := m.Dict.GetStr(objects.Interned("__dir__"))
		if !found {
			return value{}, false, nil
		}
		r, err = c.Call(f, nil, nil)
	} else {
		f, found := v.Type().LookupString("__dir__")
		if !found || objects.AsBuiltin(f) != nil {
			return value{}, false, nil
		}
		r, err = c.Call(f, []value{v}, nil)
	}
	if err != nil {
		return value{}, true, err
	}
	items, err := objects.ToSlice(c, r)
	if err != nil {
		return value{}, true, err
	}
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		if sortErr != nil {
			return false
		}
		lt, err := objects.Compare(c, items[i], items[j], objects.CmpLt)
		if err != nil {
			sortErr = err
			return false
		}
		b, err := objects.Truth(c, lt)
		if err != nil {
			sortErr = err
		}
		return b
	})
	if sortErr != nil {
		return value{}, true, sortErr
	}
	return objects.NewList(items).Value(), true, nil
}
