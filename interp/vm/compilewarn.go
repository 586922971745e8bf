package vm

import (
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// ReportCompileWarnings issues the compiler's SyntaxWarnings through
// warnings.warn_explicit, so that the warnings filters (ignore, error,
// once...) and warnings.showwarning apply as they do in CPython. A
// filter that turns the warning into an error makes it propagate.
func (t *Thread) ReportCompileWarnings(filename string, ws []compile.Warning) error {
	if len(ws) == 0 {
		return nil
	}
	category, ok := t.interp.Builtins.GetStr(objects.Interned("SyntaxWarning"))
	if !ok {
		return nil
	}
	mod, err := t.Import("warnings")
	if err != nil {
		return err
	}
	warn, err := objects.GetAttr(t, mod, objects.Interned("warn_explicit"))
	if err != nil {
		return err
	}
	for _, w := range ws {
		args := []objects.Value{objects.StrValue(w.Msg), category, objects.StrValue(filename), objects.Int(int64(w.Lineno))}
		if _, err := t.Call(warn, args, nil); err != nil {
			return err
		}
	}
	return nil
}
