package modules

import (
	"github.com/weftrun/weft/interp/builtins"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// ioModule is the io module: the in-memory streams StringIO and BytesIO,
// the classes of open()'s results (TextIOWrapper, BufferedReader,
// BufferedWriter, BufferedRandom) for isinstance checks, open itself,
// UnsupportedOperation and the SEEK_* constants. The classes live in
// builtins beside open(), which makes their instances.
func ioModule(in *vm.Interp) *objects.Module {
	m := objects.NewModule("io")
	set := func(k string, v value) { m.Dict.SetStr(objects.Interned(k), v) }
	for name, t := range builtins.StreamTypes() {
		set(name, t.Value())
	}
	set("UnsupportedOperation", builtins.UnsupportedOperation().Value())
	set("SEEK_SET", objects.Int(0))
	set("SEEK_CUR", objects.Int(1))
	set("SEEK_END", objects.Int(2))
	set("DEFAULT_BUFFER_SIZE", objects.Int(8192))
	if open, ok := in.Builtins.GetStr(objects.Interned("open")); ok {
		set("open", open)
	}
	return m
}
