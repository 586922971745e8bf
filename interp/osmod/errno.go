package osmod

import (
	"github.com/weftrun/weft/interp/objects"
)

// preferredNames settle errno.errorcode for numbers with two names, as
// CPython does on Linux.
var preferredNames = map[string]bool{"EAGAIN": true, "ENOTSUP": true, "EDEADLK": true}

// errnoModule is the errno module: one int per name and errorcode, the
// reverse mapping.
func errnoModule() *objects.Module {
	m := objects.NewModule("errno")
	codes := objects.NewDict()
	taken := map[int64]string{}
	for name, en := range errnoNames {
		n := int64(en)
		m.Dict.SetStr(objects.Interned(name), objects.Int(n))
		if old, ok := taken[n]; ok && (preferredNames[old] || !preferredNames[name] && old < name) {
			continue
		}
		taken[n] = name
	}
	for n, name := range taken {
		codes.SetItem(nil, objects.Int(n), objects.StrValue(name))
	}
	m.Dict.SetStr(objects.Interned("errorcode"), codes.Value())
	return m
}
